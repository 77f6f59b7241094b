// npm run check -- FILE...: each WasmPlugin manifest is valid for Istio's CRD, and the built
// plugin accepts its pluginName and pluginConfig. A refusal quotes the plugin's own message.
import { readFile } from "node:fs/promises";
import { ensureBuilt, RELEASE_OUTPUT } from "../lib/build/compile.ts";
import { runCli } from "../lib/cli/run.ts";
import { checkManifestFile } from "../lib/deploy/check.ts";
import { CRD_HELP, loadValidator } from "../lib/deploy/validate.ts";

runCli(
  "check",
  { npm: "run check", summary: "check WasmPlugin manifests against the CRD and the built plugin", positionals: "FILE..." },
  {
    crd: { type: "string", help: CRD_HELP, placeholder: "FILE" },
  },
  async ({ values, positionals }) => {
    if (positionals.length === 0) throw new Error("name at least one manifest: npm run check -- wasmplugin.yaml (see --help)");
    if (positionals.includes("")) throw new Error('a manifest\'s name is empty (""): name each file (see --help)');
    const validator = loadValidator(values.crd);
    await ensureBuilt();
    const wasm = await readFile(RELEASE_OUTPUT);
    let failed = 0;
    for (const file of positionals) {
      const result = await checkManifestFile(file, wasm, validator);
      for (const note of result.notes ?? []) console.error(`${file}: note: ${note}`);
      if (result.ok) {
        console.log(`${file}: OK, ${result.started}`);
      } else {
        failed++;
        for (const problem of result.problems) console.error(`${file}: ${problem}`);
      }
    }
    if (failed > 0) {
      process.exitCode = 1;
    }
  },
);
