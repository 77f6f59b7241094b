// npm run inspect: the release module passes with its 13 imports and their types; modules
// Envoy would refuse exit 1 with one line that names the reason.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { RELEASE_OUTPUT } from "../../lib/build/compile.ts";
import { assemble } from "../../lib/build/wat.ts";

function inspect(...args: string[]) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "bin/inspect.ts", ...args], { encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), "request-tracker-inspect-"));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function moduleFile(name: string, source: string): Promise<string> {
  const file = join(dir, `${name}.wasm`);
  await writeFile(file, await assemble(source));
  return file;
}

test("npm run inspect -- build/plugin.wasm: ABI 0.2.1, malloc, the 13 imports with their types, the exports", () => {
  const { code, stdout, stderr } = inspect(RELEASE_OUTPUT);
  assert.equal(code, 0, stderr);
  assert.match(stdout, /^ABI: 0\.2\.1 \(proxy_abi_version_0_2_1\)$/m);
  assert.match(stdout, /^allocator: malloc$/m);
  assert.match(stdout, /^imports \(13\):$/m);
  const imports = [...stdout.matchAll(/^ {2}((?:env|wasi_snapshot_preview1)\.\w+) +(.+)$/gm)].map((m) => [m[1], m[2]]);
  assert.equal(imports.length, 13, stdout);
  assert.deepEqual(
    imports.find(([name]) => name === "env.proxy_log"),
    ["env.proxy_log", "i32 i32 i32 -> i32"],
  );
  assert.deepEqual(
    imports.find(([name]) => name === "env.proxy_increment_metric"),
    ["env.proxy_increment_metric", "i32 i64 -> i32"],
  );
  assert.match(stdout, /^ {2}proxy_on_request_headers +i32 i32 i32 -> i32 {2}\(called by Envoy\)$/m);
  // No start section (V8 would run it with no context); _initialize reaches host functions only
  // through abort, on an allocation that failed while the VM starts.
  assert.doesNotMatch(stdout, /start section/);
  assert.match(stdout, /^ {2}_initialize \(_initialize\): can reach env\.proxy_log, wasi_snapshot_preview1\.proc_exit$/m);
});

const ABI = `(func (export "proxy_abi_version_0_2_1"))`;
const MALLOC = `(func (export "malloc") (param i32) (result i32) (i32.const 1024))`;
const MEMORY = `(memory (export "memory") 1)`;
const refused: [string, string, string][] = [
  [
    "wrong-signature",
    `(module (import "env" "proxy_log" (func (param i32 i32 i32) (result i64))) ${MEMORY} ${ABI} ${MALLOC})`,
    "import type mismatch: env.proxy_log, want: i32 i32 i32 -> i64, but host exports: i32 i32 i32 -> i32",
  ],
  ["unknown-import", `(module (import "env" "proxy_teleport" (func)) ${MEMORY} ${ABI} ${MALLOC})`, "missing import env.proxy_teleport"],
  ["no-abi", `(module ${MEMORY} ${MALLOC})`, "missing or unknown Proxy-Wasm ABI version"],
  ["no-allocator", `(module ${MEMORY} ${ABI})`, "missing malloc function"],
];

for (const [name, source, reason] of refused) {
  test(`npm run inspect on a module with ${name.replace("-", " ")} exits 1 with one line naming it`, async () => {
    const file = await moduleFile(name, source);
    const { code, stdout, stderr } = inspect(file);
    assert.equal(code, 1);
    assert.equal(stdout, "");
    const lines = stderr.trimEnd().split("\n");
    assert.equal(lines.length, 1, stderr);
    assert.ok(lines[0].startsWith(`inspect: ${file}: `), lines[0]);
    assert.ok(lines[0].includes(reason), lines[0]);
  });
}

test("npm run inspect on a file that is not Wasm, or on nothing, exits 1 with one line", () => {
  const notWasm = inspect("package.json");
  assert.equal(notWasm.code, 1);
  assert.match(notWasm.stderr, /^inspect: package\.json is not a valid Wasm module: .+\n$/);
  const nothing = inspect();
  assert.equal(nothing.code, 1);
  assert.match(nothing.stderr, /^inspect: name one module/);
});
