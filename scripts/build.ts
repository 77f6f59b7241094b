// npm run build: compiles the plugin with asc (release target: build/plugin.wasm), then
// checks the module as Envoy will (scripts/check-module.ts). Exits non-zero with one line.
import { readFile, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { parseArgs } from "node:util";
import { checkModule } from "./check-module.js";

export const RELEASE_OUTPUT = "build/plugin.wasm";

/** Compiles a target of asconfig.json, optionally to another file; returns the output path. */
export async function compile(target: "release" | "debug" = "release", outFile?: string): Promise<string> {
  const args = ["assembly/index.ts", "--config", "asconfig.json", "--target", target];
  if (outFile) args.push("--outFile", outFile);
  let output = "";
  const sink = { write: (chunk: string | Uint8Array) => { output += chunk.toString(); return true; } };
  // Loaded only when needed: the compiler is large, and its binaryen installs a process-wide
  // uncaughtException handler that would turn any later error into pages of minified code.
  const { default: asc } = await import("assemblyscript/asc");
  const { error } = await asc.main(args, { stdout: sink, stderr: sink });
  if (error) {
    const first = output.split("\n").find((l) => /ERROR|error/.test(l)) ?? error.message;
    throw new Error(`asc failed: ${first.trim()}`);
  }
  return outFile ?? (target === "release" ? RELEASE_OUTPUT : "build/debug.wasm");
}

async function newestSource(): Promise<number> {
  let newest = (await stat("asconfig.json")).mtimeMs;
  for (const dir of ["assembly", "patches"]) {
    for (const name of await readdir(dir)) newest = Math.max(newest, (await stat(join(dir, name))).mtimeMs);
  }
  return newest;
}

/** Builds the release module when it is missing or older than its sources. */
export async function ensureBuilt(): Promise<void> {
  const built = await stat(RELEASE_OUTPUT).then((s) => s.mtimeMs, () => 0);
  if (built < (await newestSource())) {
    console.error(`building ${RELEASE_OUTPUT}...`);
    await compile("release");
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { target: { type: "string", default: "release" } } });
  const target = values.target === "debug" ? "debug" : "release";
  const file = await compile(target);
  const bytes = await readFile(file);
  const report = await checkModule(bytes, file);
  console.log(`${file}: ${bytes.length} bytes (${gzipSync(bytes, { level: 9 }).length} gzipped), ${report.abiVersion}, allocator ${report.allocator}`);
  console.log(`imports: ${report.imports.join(", ")}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e: Error) => {
    console.error(`build: ${e.message}`);
    process.exit(1);
  });
}
