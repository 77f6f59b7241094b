// The build: the module Envoy gets is valid, imports only what Envoy provides, and is reproducible.

import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import wabtInit from "wabt";
import { LoadError, PluginVm } from "../../host/index.ts";
import { checkModule } from "../../host/module-check.ts";
import { compile, RELEASE_OUTPUT } from "../../lib/build/compile.ts";

async function wat(source: string): Promise<Uint8Array> {
  const wabt = await wabtInit();
  const module = wabt.parseWat("test.wat", source);
  try {
    return module.toBinary({}).buffer;
  } finally {
    module.destroy();
  }
}

const ABI_AND_ALLOCATOR = `(memory (export "memory") 1)
  (func (export "proxy_abi_version_0_2_1"))
  (func (export "malloc") (param i32) (result i32) (i32.const 1024))`;

test("the release module imports only Envoy's host functions and exports ABI 0.2.1 and malloc", async () => {
  const report = await checkModule(await readFile(RELEASE_OUTPUT), RELEASE_OUTPUT);
  assert.equal(report.abiVersion, "proxy_abi_version_0_2_1");
  assert.equal(report.allocator, "malloc");
  for (const name of report.imports) assert.match(name, /^(env\.proxy_|wasi_snapshot_preview1\.)/);
  assert.ok(!report.imports.includes("env.proxy_clear_route_cache"));
});

test("an AssemblyScript runtime import is refused with the reason", async () => {
  const bytes = await wat(`(module (import "env" "abort" (func (param i32 i32 i32 i32))) ${ABI_AND_ALLOCATOR})`);
  await assert.rejects(
    checkModule(bytes, "m.wasm"),
    /m\.wasm imports what Envoy does not provide: env\.abort is an AssemblyScript runtime import/,
  );
  await assert.rejects(PluginVm.load(bytes), (e: Error) => e instanceof LoadError && /env\.abort/.test(e.message));
});

test("env.seed, an unknown module and an unimplemented WASI call are refused, each named", async () => {
  const bytes = await wat(`(module
    (import "env" "seed" (func (result f64)))
    (import "other" "f" (func))
    (import "wasi_snapshot_preview1" "sock_open" (func))
    ${ABI_AND_ALLOCATOR})`);
  await assert.rejects(
    checkModule(bytes),
    (e: Error) =>
      /env\.seed is an AssemblyScript runtime import/.test(e.message) &&
      /other\.f comes from module "other"/.test(e.message) &&
      /wasi_snapshot_preview1\.sock_open is a WASI function Envoy does not implement/.test(e.message),
  );
});

test("0.2.0-only imports are refused for an ABI 0.2.1 module", async () => {
  const bytes = await wat(`(module (import "env" "proxy_clear_route_cache" (func (result i32))) ${ABI_AND_ALLOCATOR})`);
  await assert.rejects(checkModule(bytes), /env\.proxy_clear_route_cache exists only in Proxy-Wasm ABI 0\.2\.0/);
});

test("a module without an ABI version or without an allocator is refused", async () => {
  await assert.rejects(
    checkModule(await wat(`(module (memory (export "memory") 1) (func (export "malloc") (param i32) (result i32) (i32.const 0)))`)),
    /no Proxy-Wasm ABI version/,
  );
  await assert.rejects(
    checkModule(await wat(`(module (memory (export "memory") 1) (func (export "proxy_abi_version_0_2_0")))`)),
    /no allocator/,
  );
  await assert.rejects(checkModule(new Uint8Array([0, 0x61, 0x73, 0x6d, 2, 0, 0, 0])), /not a valid Wasm module/);
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
