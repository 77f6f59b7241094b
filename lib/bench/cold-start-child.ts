// One cold start, in a process of its own: compile, instantiate (with _initialize), VM start
// and configure, timed from the module's bytes in memory. Prints the milliseconds. Given a
// warm-up module, it first starts that one, so the host's JavaScript is compiled already.
//
//   node --import tsx cold-start-child.ts MODULE.wasm CONFIG ROOT_ID [WARM_UP.wasm]
import { readFileSync } from "node:fs";
import { PluginVm } from "../../host/index.ts";

const [file, config, rootId, warmUpFile] = process.argv.slice(2);
if (warmUpFile) {
  const warmUp = await PluginVm.load(readFileSync(warmUpFile), { rootId: "warm-up" });
  if (!warmUp.start('{"warm": "up"}').ok) {
    console.error(`the warm-up module did not start: ${warmUp.logs().join(" ")}`);
    process.exit(1);
  }
}
const bytes = readFileSync(file);
const start = performance.now();
const vm = await PluginVm.load(bytes, { rootId });
const started = vm.start(config);
const elapsed = performance.now() - start;
if (!started.ok) {
  console.error(`the module did not start: ${started.reason}`);
  process.exit(1);
}
console.log(elapsed.toFixed(3));
