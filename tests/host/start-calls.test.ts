// The static answer to "does the start function call host functions": the start section and
// the functions cpp-host runs to start a VM, followed through direct and indirect calls,
// across the instructions modules use (SIMD, bulk memory, branch tables).

import assert from "node:assert/strict";
import { test } from "node:test";
import { startCalls } from "../../host/start-calls.ts";
import { readModule } from "../../host/wasm-reader.ts";
import { assemble } from "../../lib/build/wat.ts";

const IMPORTS = `
  (import "env" "proxy_log" (func $log (param i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "random_get" (func $random_get (param i32 i32) (result i32)))`;

const reach = (calls: ReturnType<typeof startCalls>) => calls.entries.map((e) => [e.name, e.hostCalls.map((h) => h.name)]);

test("the start section and _initialize are followed through direct calls; main runs after _initialize, _start does not", async () => {
  const info = readModule(
    await assemble(`(module ${IMPORTS}
      (memory 1)
      (func $helper (drop (call $log (i32.const 0) (i32.const 0) (i32.const 0))))
      (func $init (call $helper))
      (start $init)
      (func (export "_initialize") (drop (call $random_get (i32.const 0) (i32.const 0))))
      (func (export "main") (param i32 i32) (result i32) (i32.const 0))
      (func (export "_start") (drop (call $fd_write (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0)))))`),
  );
  const calls = startCalls(info);
  assert.deepEqual(reach(calls), [
    ["start section", ["env.proxy_log"]],
    ["_initialize", ["wasi_snapshot_preview1.random_get"]],
    ["main", []],
  ]);
  assert.equal(calls.certain, true);
  // The chain: start function, helper, import.
  assert.deepEqual(calls.entries[0].hostCalls[0].path, [4, 3, 0]);
});

test("an indirect call may reach any function a table holds with the call's signature", async () => {
  const info = readModule(
    await assemble(`(module ${IMPORTS}
      (memory 1)
      (type $three (func (param i32 i32 i32) (result i32)))
      (table 4 funcref)
      (elem (i32.const 0) $log $fd_write $quiet)
      (func $quiet (param i32 i32 i32) (result i32) (i32.const 0))
      (func (export "_start")
        (drop (call_indirect (type $three) (i32.const 1) (i32.const 2) (i32.const 3) (i32.const 0)))))`),
  );
  assert.deepEqual(reach(startCalls(info)), [["_start", ["env.proxy_log"]]]);
});

test("the walk reads SIMD, bulk-memory, branch-table and constant instructions and still finds the call after them", async () => {
  const info = readModule(
    await assemble(`(module ${IMPORTS}
      (memory 1)
      (func (export "_start") (local $v v128) (local $x i64)
        (local.set $v (v128.const i32x4 1 2 3 4))
        (local.set $v (i8x16.shuffle 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 (local.get $v) (local.get $v)))
        (drop (i32x4.extract_lane 2 (local.get $v)))
        (local.set $v (v128.load offset=16 (i32.const 0)))
        (local.set $v (v128.load32_lane 1 (i32.const 0) (local.get $v)))
        (memory.copy (i32.const 0) (i32.const 8) (i32.const 8))
        (memory.fill (i32.const 0) (i32.const 0) (i32.const 4))
        (local.set $x (i64.const 0x7fffffffffffffff))
        (drop (f64.const 1.5))
        (drop (select (result i32) (i32.const 1) (i32.const 2) (i32.const 0)))
        (block $a (block $b (br_table $a $b $a (i32.const 1))))
        (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 0) (i32.const 0)))))`),
  );
  const calls = startCalls(info);
  assert.deepEqual(reach(calls), [["_start", ["wasi_snapshot_preview1.fd_write"]]]);
  assert.equal(calls.certain, true, calls.note);
});

test("an instruction the walk does not know makes the answer uncertain, not wrong", async () => {
  const bytes = await assemble(`(module ${IMPORTS}
    (func (export "_start") (drop (i32.const 7)) (drop (call $log (i32.const 0) (i32.const 0) (i32.const 0)))))`);
  // i32.const 7; drop (41 07 1a) becomes a GC-prefixed instruction (fb 07 1a).
  const at = Buffer.from(bytes).indexOf(Buffer.from([0x41, 0x07, 0x1a]));
  assert.ok(at > 0);
  const patched = Uint8Array.from(bytes);
  patched[at] = 0xfb;
  const calls = startCalls(readModule(patched));
  assert.equal(calls.certain, false);
  assert.match(calls.note ?? "", /opcode 0xfb/);
});
