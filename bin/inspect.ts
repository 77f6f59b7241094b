// npm run inspect -- FILE.wasm: loads a Proxy-Wasm module as Envoy's loader would and prints
// its ABI version, allocator, imports and exports with their types, and which host functions
// its start functions can reach; exits 1 with one line naming the first thing Envoy refuses.
import { readGivenFile } from "../lib/cli/files.ts";
import { runCli } from "../lib/cli/run.ts";
import { inspectModule, MAX_MODULE_BYTES } from "../lib/inspect/report.ts";

runCli(
  "inspect",
  {
    npm: "run inspect",
    summary: "judge a Proxy-Wasm module as Envoy's loader would, and show what it imports and exports",
    positionals: "FILE.wasm",
  },
  {},
  async ({ positionals }) => {
    if (positionals.length !== 1) throw new Error("name one module: npm run inspect -- build/plugin.wasm (see --help)");
    const file = positionals[0];
    for (const line of await inspectModule(await readGivenFile(file, MAX_MODULE_BYTES), file)) console.log(line);
  },
);
