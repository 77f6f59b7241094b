// The private directory that holds a registry auth file while a builder pushes: its mode, where
// it lives, and that it is gone however the work ends.

import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { withPrivateDir } from "../../lib/deploy/private-dir.ts";

test("a private directory is mode 0700, in XDG_RUNTIME_DIR, and removed after the work returns or throws", async () => {
  const runtime = mkdtempSync(join(tmpdir(), "request-tracker-runtime-"));
  const saved = process.env.XDG_RUNTIME_DIR;
  process.env.XDG_RUNTIME_DIR = runtime;
  try {
    let seen = "";
    await withPrivateDir("request-tracker-test-", async (dir) => {
      seen = dir;
      assert.equal(dirname(dir), runtime);
      assert.equal(statSync(dir).mode & 0o777, 0o700);
    });
    assert.equal(existsSync(seen), false, "left behind after a return");
    await assert.rejects(
      withPrivateDir("request-tracker-test-", async (dir) => {
        seen = dir;
        throw new Error("the push failed");
      }),
      /the push failed/,
    );
    assert.equal(existsSync(seen), false, "left behind after an error");
  } finally {
    if (saved === undefined) delete process.env.XDG_RUNTIME_DIR;
    else process.env.XDG_RUNTIME_DIR = saved;
    rmSync(runtime, { recursive: true, force: true });
  }
});

test("without XDG_RUNTIME_DIR it is in /dev/shm, memory, when the machine has it", {
  // Under CI the machine is Debian, which has it: a missing one fails there instead of hiding.
  skip: process.env.CI === "true" || existsSync("/dev/shm") ? false : "no /dev/shm",
}, async () => {
  const saved = process.env.XDG_RUNTIME_DIR;
  delete process.env.XDG_RUNTIME_DIR;
  try {
    await withPrivateDir("request-tracker-test-", async (dir) => {
      assert.equal(dirname(dir), "/dev/shm");
      assert.equal(statSync(dir).mode & 0o777, 0o700);
    });
  } finally {
    if (saved !== undefined) process.env.XDG_RUNTIME_DIR = saved;
  }
});
