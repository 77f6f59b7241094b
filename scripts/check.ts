// npm run check -- FILE...: each WasmPlugin manifest is valid for Istio's CRD, and the built
// plugin accepts its pluginName and pluginConfig. A refusal quotes the plugin's own message.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { checkWasmPlugin } from "../deploy/check.js";
import { parseWasmPluginYaml } from "../deploy/wasmplugin.js";
import { ensureBuilt, RELEASE_OUTPUT } from "./build.js";
import { loadCrd, runCli } from "./cli.js";

runCli("check", async () => {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { crd: { type: "string" } } });
  if (positionals.length === 0) throw new Error("usage: npm run check -- wasmplugin.yaml [more.yaml...] [--crd FILE]");
  const crd = loadCrd(values.crd);
  await ensureBuilt();
  const wasm = await readFile(RELEASE_OUTPUT);
  let failed = false;
  for (const file of positionals) {
    const { plugin } = parseWasmPluginYaml(await readFile(file, "utf8"), file);
    const result = await checkWasmPlugin(plugin, wasm, crd);
    if (result.ok) {
      console.log(`${file}: OK, ${result.started}`);
    } else {
      failed = true;
      for (const problem of result.problems) console.error(`${file}: ${problem}`);
    }
  }
  if (failed) process.exit(1);
});
