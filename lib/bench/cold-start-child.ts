// One cold start, in a process of its own: compile, instantiate (with _initialize), VM start
// and configure, timed from the module's bytes in memory. Prints the milliseconds.
import { readFileSync } from "node:fs";
import { PluginVm } from "../../host/index.ts";

const [file, config, rootId] = process.argv.slice(2);
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
