// Compiling the plugin with asc (the targets of asconfig.json), and rebuilding it when its
// sources are newer than build/plugin.wasm.

import { readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";

export const RELEASE_OUTPUT = "build/plugin.wasm";
export const DEBUG_OUTPUT = "build/debug.wasm";

export type Target = "release" | "debug";

/**
 * The compiler, loaded only when needed (it is large). Its binaryen installs a process-wide
 * uncaughtException handler that rethrows, so that any later error would print pages of
 * minified source: that handler is taken off again.
 */
export async function loadCompiler(): Promise<typeof import("assemblyscript/asc")> {
  const before = new Set(process.listeners("uncaughtException"));
  const asc = await import("assemblyscript/asc");
  for (const listener of process.listeners("uncaughtException")) if (!before.has(listener)) process.off("uncaughtException", listener);
  return asc;
}

/**
 * asc's first error as "file(line,col): ERROR TSnnnn: message": it prints the message, the
 * source line with a marker, then "└─ in file(line,col)".
 */
export function firstDiagnostic(output: string): string | undefined {
  const lines = output.split("\n");
  const at = lines.findIndex((l) => /^\s*ERROR\b/.test(l));
  if (at < 0) return lines.find((l) => /error/i.test(l))?.trim();
  const where = lines
    .slice(at + 1, at + 8)
    .map((l) => /\bin (\S+\(\d+,\d+\))/.exec(l)?.[1])
    .find(Boolean);
  return where ? `${where}: ${lines[at].trim()}` : lines[at].trim();
}

/** Compiles a target of asconfig.json, optionally to another file; returns the output path. */
export async function compile(target: Target = "release", outFile?: string): Promise<string> {
  // No colours: asc turns them on wherever CI is set, and its output is read here, not shown.
  const args = ["assembly/index.ts", "--config", resolve("asconfig.json"), "--target", target, "--noColors"];
  // The debug target also writes its text form: beside the output, not into build/.
  if (outFile) args.push("--outFile", outFile, ...(target === "debug" ? ["--textFile", `${outFile.replace(/\.wasm$/, "")}.wat`] : []));
  let output = "";
  const sink = {
    write: (chunk: string | Uint8Array) => {
      output += chunk.toString();
      return true;
    },
  };
  const asc = await loadCompiler();
  const { error } = await asc.main(args, { stdout: sink, stderr: sink });
  if (error) throw new Error(`asc failed: ${firstDiagnostic(output) ?? error.message}`);
  return outFile ?? (target === "release" ? RELEASE_OUTPUT : DEBUG_OUTPUT);
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
  const built = await stat(RELEASE_OUTPUT).then(
    (s) => s.mtimeMs,
    () => 0,
  );
  if (built < (await newestSource())) {
    console.error(`building ${RELEASE_OUTPUT}...`);
    await compile("release");
  }
}
