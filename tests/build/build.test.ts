// The build: the module Envoy gets is valid, imports only what Envoy provides, and is reproducible.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { test } from "node:test";
import { hostFunctionSignature, LoadError, PluginVm } from "../../host/index.ts";
import { checkModule } from "../../host/module-check.ts";
import { compile, RELEASE_OUTPUT } from "../../lib/build/compile.ts";
import { assemble as wat } from "../../lib/build/wat.ts";

const ABI_AND_ALLOCATOR = `(memory (export "memory") 1)
  (func (export "proxy_abi_version_0_2_1"))
  (func (export "malloc") (param i32) (result i32) (i32.const 1024))`;

test("the release module imports only Envoy's host functions, with their types, and exports ABI 0.2.1 and malloc", async () => {
  const report = await checkModule(await readFile(RELEASE_OUTPUT), RELEASE_OUTPUT);
  assert.equal(report.abiVersion, "proxy_abi_version_0_2_1");
  assert.equal(report.allocator, "malloc");
  assert.equal(report.imports.length, 13);
  for (const i of report.imports) {
    assert.match(`${i.module}.${i.name}`, /^(env\.proxy_|wasi_snapshot_preview1\.)/);
    assert.ok(i.signature, `${i.module}.${i.name} has a type`);
    assert.deepEqual(i.signature, hostFunctionSignature(i.module, i.name, "0.2.1"), `${i.module}.${i.name}`);
  }
});

// Each module below is refused for one reason; the message names it as cpp-host does.
const REFUSED: [string, string, RegExp][] = [
  [
    "an AssemblyScript runtime import",
    `(import "env" "abort" (func (param i32 i32 i32 i32))) ${ABI_AND_ALLOCATOR}`,
    /^m\.wasm: missing import env\.abort: an AssemblyScript runtime import Envoy does not provide/,
  ],
  [
    "env.seed",
    `(import "env" "seed" (func (result f64))) ${ABI_AND_ALLOCATOR}`,
    /^m\.wasm: missing import env\.seed: an AssemblyScript runtime import/,
  ],
  // Names an object has by inheritance are not host functions.
  [
    "an import named toString",
    `(import "env" "toString" (func)) ${ABI_AND_ALLOCATOR}`,
    /^m\.wasm: missing import env\.toString: not a Proxy-Wasm host function$/,
  ],
  [
    "an unknown module",
    `(import "other" "f" (func)) ${ABI_AND_ALLOCATOR}`,
    /^m\.wasm: missing import other\.f: Envoy provides no module "other"$/,
  ],
  [
    "a WASI function Envoy does not implement",
    `(import "wasi_snapshot_preview1" "sock_open" (func)) ${ABI_AND_ALLOCATOR}`,
    /^m\.wasm: missing import wasi_snapshot_preview1\.sock_open: not a WASI function Envoy implements$/,
  ],
  [
    "an import of another ABI version",
    `(import "env" "proxy_clear_route_cache" (func (result i32))) ${ABI_AND_ALLOCATOR}`,
    /^m\.wasm: missing import env\.proxy_clear_route_cache: Envoy provides it only to ABI 0\.1\.0 modules, and this one declares 0\.2\.1$/,
  ],
  [
    "a known import with another type",
    `(import "env" "proxy_log" (func (param i32 i32) (result i32))) ${ABI_AND_ALLOCATOR}`,
    /^m\.wasm: import type mismatch: env\.proxy_log, want: i32 i32 -> i32, but host exports: i32 i32 i32 -> i32$/,
  ],
  [
    "no ABI version",
    `(memory (export "memory") 1) (func (export "malloc") (param i32) (result i32) (i32.const 0))`,
    /^m\.wasm: missing or unknown Proxy-Wasm ABI version/,
  ],
  ["no allocator", `(memory (export "memory") 1) (func (export "proxy_abi_version_0_2_0"))`, /^m\.wasm: missing malloc function/],
];

for (const [what, body, reason] of REFUSED) {
  test(`a module with ${what} is refused, by the check and by the loader`, async () => {
    const bytes = await wat(`(module ${body})`);
    await assert.rejects(checkModule(bytes, "m.wasm"), (e: Error) => e instanceof LoadError && reason.test(e.message));
    await assert.rejects(PluginVm.load(bytes), LoadError);
  });
}

test("bytes that are not Wasm are refused with V8's reason", async () => {
  await assert.rejects(
    checkModule(new Uint8Array([0, 0x61, 0x73, 0x6d, 2, 0, 0, 0]), "m.wasm"),
    (e: Error) => e instanceof LoadError && /^m\.wasm is not a valid Wasm module: .*expected version/.test(e.message),
  );
});

test("the debug build, with names and a source map, also imports only what Envoy provides", async () => {
  const dir = await mkdtemp(join(tmpdir(), "request-tracker-debug-"));
  try {
    const report = await checkModule(await readFile(await compile("debug", join(dir, "debug.wasm"))), "debug.wasm");
    assert.equal(report.abiVersion, "proxy_abi_version_0_2_1");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("two builds of the same source are byte-identical", async () => {
  const dir = await mkdtemp(join(tmpdir(), "request-tracker-build-"));
  try {
    const first = await readFile(await compile("release", join(dir, "a.wasm")));
    const second = await readFile(await compile("release", join(dir, "b.wasm")));
    assert.ok(first.equals(second), "two builds differ");
    assert.ok(first.equals(await readFile(RELEASE_OUTPUT)), "build/plugin.wasm is not what this source builds");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("a compile error is one line with asc's file, line and column", async () => {
  // A copy of what npm run build needs, with a syntax error in the plugin; the tree is not touched.
  const dir = await mkdtemp(join(tmpdir(), "request-tracker-broken-"));
  try {
    for (const entry of ["assembly", "asconfig.json", "bin", "host", "lib", "package.json"])
      await cp(entry, join(dir, entry), { recursive: true });
    await symlink(resolve("node_modules"), join(dir, "node_modules"));
    const index = await readFile(join(dir, "assembly/index.ts"), "utf8");
    const line = index.split("\n").findIndex((l) => l.startsWith("export function ")) + 1;
    await writeFile(join(dir, "assembly/index.ts"), index.replace(/^export function /m, "export function ( "));
    const result = spawnSync(process.execPath, ["--import", "tsx", "bin/build.ts"], { cwd: dir, encoding: "utf8", timeout: 120_000 });
    assert.equal(result.status, 1);
    assert.equal(result.stderr.trim(), `build: asc failed: assembly/index.ts(${line},16): ERROR TS1003: Identifier expected.`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
