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

/** Compiles a target of asconfig.json, optionally to another file; returns the output path. */
export async function compile(target: Target = "release", outFile?: string): Promise<string> {
  const args = ["assembly/index.ts", "--config", resolve("asconfig.json"), "--target", target];
  if (outFile) args.push("--outFile", outFile);
  let output = "";
  const sink = {
    write: (chunk: string | Uint8Array) => {
      output += chunk.toString();
      return true;
    },
  };
  const asc = await loadCompiler();
  const { error } = await asc.main(args, { stdout: sink, stderr: sink });
  if (error) {
    const first = output.split("\n").find((l) => /ERROR|error/.test(l)) ?? error.message;
    throw new Error(`asc failed: ${first.trim()}`);
  }
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
