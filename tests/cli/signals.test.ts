// A command interrupted by a signal cleans up before it goes: npm run test:mutants, stopped
// while a step runs in its copy of the project, stops that step and removes the copy, and exits
// with 128 + the signal's number. (A push's auth directory: tests/deploy/registry-stubs.test.ts.)

import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtemp, readdir, readlink, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";

/** Processes whose working directory is in `dir`. */
async function processesIn(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const pid of (await readdir("/proc")).filter((p) => /^\d+$/.test(p))) {
    const cwd = await readlink(`/proc/${pid}/cwd`).catch(() => "");
    if (cwd.startsWith(dir)) found.push(pid);
  }
  return found;
}

/** Polls `check` every 50 ms, at most 600 times (30 s); resolves with its first truthy answer. */
async function poll<T>(check: () => Promise<T | undefined>): Promise<T | undefined> {
  for (let i = 0; i < 600; i++) {
    const answer = await check();
    if (answer) return answer;
    await new Promise((r) => setTimeout(r, 50));
  }
  return undefined;
}

for (const [signal, code] of [
  ["SIGINT", 130],
  ["SIGTERM", 143],
  ["SIGHUP", 129],
] as const) {
  test(`npm run test:mutants stopped by ${signal} stops its step, removes its copy of the project and exits ${code}`, async () => {
    const temp = await mkdtemp(join(tmpdir(), "request-tracker-signals-"));
    try {
      const child = spawn(process.execPath, ["--import", "tsx", "bin/mutants.ts", "--only", "UUID version nibble"], {
        env: { ...process.env, TMPDIR: temp },
        stdio: "ignore",
      });
      const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
      const copies = async () => (await readdir(temp)).filter((n) => n.startsWith("request-tracker-mutants-"));
      // Once a step (the build) runs in the copy, the signal comes.
      const copy = await poll(async () => {
        const [name] = await copies();
        return name && (await processesIn(join(temp, name))).length > 0 ? join(temp, name) : undefined;
      });
      assert.ok(copy, "no step ever ran in a copy of the project");
      child.kill(signal);
      assert.equal(await exited, code);
      assert.deepEqual(await copies(), [], "the copy of the project is left behind");
      assert.equal(await poll(async () => ((await processesIn(copy)).length === 0 ? true : undefined)), true, "a step outlived the run");
    } finally {
      await rm(temp, { recursive: true, force: true });
    }
  });
}
