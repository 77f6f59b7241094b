// One timing process: every mode's plugin and floor loaded here, batches of 1,000 requests
// alternating between them. Prints each mode's floor and plugin figures as JSON.
//
//   node --import tsx timing-child.ts PLUGIN.wasm FLOOR.wasm TIMED WARMUP
import { readFileSync } from "node:fs";
import { PluginVm } from "../../host/index.ts";
import { type PairStats, type Subject, startedVm, stats, subject, timePairs } from "./measure.ts";
import { MODES } from "./modes.ts";

const BATCH = 1_000;
const [pluginFile, floorFile, timedArg, warmUpArg] = process.argv.slice(2);
const wasm = readFileSync(pluginFile);
const floorWasm = readFileSync(floorFile);
const timed = Number(timedArg);

// Each mode gets a floor of its own on the same requests, so the two see the same maps.
const pairs: [Subject, Subject][] = [];
for (const mode of MODES) {
  const floor = await PluginVm.load(floorWasm);
  floor.start("");
  pairs.push([
    subject(`floor (${mode.name})`, floor, mode.input, timed),
    subject(mode.name, await startedVm(wasm, mode.config), mode.input, timed),
  ]);
}
timePairs(pairs, Number(warmUpArg), timed, BATCH);
const figures: PairStats[] = pairs.map(([floor, plugin]) => ({ floor: stats(floor), plugin: stats(plugin) }));
console.log(JSON.stringify(figures));
