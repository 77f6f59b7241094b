// Fresh processes for the benchmark: each measurement that must not inherit compiled code or
// JIT state from another runs in a Node process of its own, given the modules as files.

import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** Runs a TypeScript script of lib/bench in a fresh Node process; returns what it printed. */
export function runChild(script: string, args: string[]): string {
  const path = fileURLToPath(new URL(script, import.meta.url));
  return execFileSync(process.execPath, ["--import", "tsx", path, ...args], { encoding: "utf8", maxBuffer: 16 << 20 });
}

/** Calls `use` with each module written to a file of a temporary directory, removed afterwards. */
export function withModuleFiles<T>(modules: Record<string, Uint8Array>, use: (files: Record<string, string>) => T): T {
  const dir = mkdtempSync(join(tmpdir(), "request-tracker-bench-"));
  try {
    const files: Record<string, string> = {};
    for (const [name, bytes] of Object.entries(modules)) {
      files[name] = join(dir, `${name}.wasm`);
      writeFileSync(files[name], bytes);
    }
    return use(files);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
