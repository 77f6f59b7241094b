// npm run build [-- --target debug]: compiles the plugin and checks the module as Envoy's
// loader will; prints its size, ABI version, allocator and imports.
import { readFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { checkModule } from "../host/module-check.ts";
import { compile } from "../lib/build/compile.ts";
import { runCli } from "../lib/cli/run.ts";

runCli(
  "build",
  { npm: "run build", summary: "compile the plugin and check the module as Envoy will" },
  {
    target: { type: "string", default: "release", help: "release (build/plugin.wasm) or debug (build/debug.wasm)" },
  },
  async ({ values }) => {
    const target = values.target;
    if (target !== "release" && target !== "debug") throw new Error(`--target must be release or debug, got ${target}`);
    const file = await compile(target);
    const bytes = await readFile(file);
    const report = await checkModule(bytes, file);
    console.log(
      `${file}: ${bytes.length} bytes (${gzipSync(bytes, { level: 9 }).length} gzipped), ${report.abiVersion}, allocator ${report.allocator}`,
    );
    console.log(`imports: ${report.imports.map((i) => `${i.module}.${i.name}`).join(", ")}`);
  },
);
