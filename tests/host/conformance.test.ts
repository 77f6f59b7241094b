// The Proxy-Wasm host itself, checked against Envoy's behaviour with tiny hand-written
// WAT modules, so that a host bug cannot hide (or fake) a plugin bug. Each module writes
// what it observed into its own memory; the test reads it back from there.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { createImports } from "../../host/imports/index.ts";
import {
  checkModule,
  deserializePairs,
  envFunctions,
  envoyLogLine,
  envoyMessage,
  formatSignature,
  HeaderMap,
  LoadError,
  PluginVm,
  Status,
  serializePairs,
  sourceAddress,
  startPlugin,
  type VmOptions,
  WASI_MODULES,
  WASI_SIGNATURES,
} from "../../host/index.ts";
import { allEnvFunctions } from "../../host/signatures.ts";
import { HostState } from "../../host/state.ts";
import { assemble } from "../../lib/build/wat.ts";

// ---------------------------------------------------------------------------------------
// Module builder
//
// Guest memory layout (3 pages):
//   0x000-0x07f  result slots: `(call $put (i32.const n) value)` stores value at n*4
//   0x080        number of malloc calls
//   0x084        when non-zero, malloc fails (returns 0)
//   0x088-0x0ff  size of each malloc request, in call order
//   0x100-0x1ff  out-parameters (pointer/size pairs the host writes)
//   0x200-0xfff  data strings (see dataStrings)
//   0x1000-      bump heap that malloc hands out
//   0x10000      input the test places for the guest: u32 length, then the bytes
// ---------------------------------------------------------------------------------------

const MALLOC_CALLS = 0x80;
const MALLOC_FAIL = 0x84;
const MALLOC_SIZES = 0x88;
const HEAP = 0x1000;
const INPUT = 0x10000;

/** Imports, included in a module only when its body calls them. */
const HOST_FUNCTIONS: Record<string, string> = {
  $log: `(import "env" "proxy_log" (func $log (param i32 i32 i32) (result i32)))`,
  $get_value: `(import "env" "proxy_get_header_map_value" (func $get_value (param i32 i32 i32 i32 i32) (result i32)))`,
  $add_value: `(import "env" "proxy_add_header_map_value" (func $add_value (param i32 i32 i32 i32 i32) (result i32)))`,
  $get_pairs: `(import "env" "proxy_get_header_map_pairs" (func $get_pairs (param i32 i32 i32) (result i32)))`,
  $set_pairs: `(import "env" "proxy_set_header_map_pairs" (func $set_pairs (param i32 i32 i32) (result i32)))`,
  $get_property: `(import "env" "proxy_get_property" (func $get_property (param i32 i32 i32 i32) (result i32)))`,
  $set_effective_context: `(import "env" "proxy_set_effective_context" (func $set_effective_context (param i32) (result i32)))`,
  $http_call: `(import "env" "proxy_http_call" (func $http_call (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))`,
  $fd_write: `(import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))`,
  $random_get: `(import "wasi_snapshot_preview1" "random_get" (func $random_get (param i32 i32) (result i32)))`,
  $clock_time_get: `(import "wasi_snapshot_preview1" "clock_time_get" (func $clock_time_get (param i32 i64 i32) (result i32)))`,
  $now: `(import "env" "proxy_get_current_time_nanoseconds" (func $now (param i32) (result i32)))`,
  $get_buffer_status: `(import "env" "proxy_get_buffer_status" (func $get_buffer_status (param i32 i32 i32) (result i32)))`,
  $get_buffer_bytes: `(import "env" "proxy_get_buffer_bytes" (func $get_buffer_bytes (param i32 i32 i32 i32 i32) (result i32)))`,
  $define_metric: `(import "env" "proxy_define_metric" (func $define_metric (param i32 i32 i32 i32) (result i32)))`,
  $increment_metric: `(import "env" "proxy_increment_metric" (func $increment_metric (param i32 i64) (result i32)))`,
  $record_metric: `(import "env" "proxy_record_metric" (func $record_metric (param i32 i64) (result i32)))`,
  $get_metric: `(import "env" "proxy_get_metric" (func $get_metric (param i32 i32) (result i32)))`,
  $set_shared_data: `(import "env" "proxy_set_shared_data" (func $set_shared_data (param i32 i32 i32 i32 i32) (result i32)))`,
  $get_shared_data: `(import "env" "proxy_get_shared_data" (func $get_shared_data (param i32 i32 i32 i32 i32) (result i32)))`,
  $fd_seek: `(import "wasi_snapshot_preview1" "fd_seek" (func $fd_seek (param i32 i64 i32 i32) (result i32)))`,
  $fd_close: `(import "wasi_snapshot_preview1" "fd_close" (func $fd_close (param i32) (result i32)))`,
  $fd_pwrite: `(import "wasi_snapshot_preview1" "fd_pwrite" (func $fd_pwrite (param i32 i32 i32 i64 i32) (result i32)))`,
  $fd_advise: `(import "wasi_snapshot_preview1" "fd_advise" (func $fd_advise (param i32 i64 i64 i32) (result i32)))`,
  $fd_allocate: `(import "wasi_snapshot_preview1" "fd_allocate" (func $fd_allocate (param i32 i64 i64) (result i32)))`,
  $fd_renumber: `(import "wasi_snapshot_preview1" "fd_renumber" (func $fd_renumber (param i32 i32) (result i32)))`,
  $fd_tell: `(import "wasi_snapshot_preview1" "fd_tell" (func $fd_tell (param i32 i32) (result i32)))`,
  $fd_readdir: `(import "wasi_snapshot_preview1" "fd_readdir" (func $fd_readdir (param i32 i32 i32 i64 i32) (result i32)))`,
  $clock_res_get: `(import "wasi_snapshot_preview1" "clock_res_get" (func $clock_res_get (param i32 i32) (result i32)))`,
  $sock_send: `(import "wasi_unstable" "sock_send" (func $sock_send (param i32 i32 i32 i32 i32) (result i32)))`,
  $path_readlink: `(import "wasi_unstable" "path_readlink" (func $path_readlink (param i32 i32 i32 i32 i32 i32) (result i32)))`,
  $sched_yield: `(import "wasi_snapshot_preview1" "sched_yield" (func $sched_yield (result i32)))`,
};

/** Wraps `body` into a module: imports it calls, memory, the ABI 0.2.1 marker, a recording bump malloc, $put. */
function moduleWat(body: string, extraImports = ""): string {
  const imports = Object.entries(HOST_FUNCTIONS)
    .filter(([name]) => new RegExp(`call \\${name}(?![\\w$])`).test(body))
    .map(([, decl]) => decl);
  return `(module
  ${imports.join("\n  ")}
  ${extraImports}
  (memory (export "memory") 3)
  (func (export "proxy_abi_version_0_2_1"))
  (global $heap (mut i32) (i32.const ${HEAP}))
  (func (export "malloc") (param $size i32) (result i32)
    (local $ptr i32)
    ;; Record the request, then fail if the test asked for it.
    (i32.store (i32.add (i32.const ${MALLOC_SIZES}) (i32.shl (i32.load (i32.const ${MALLOC_CALLS})) (i32.const 2))) (local.get $size))
    (i32.store (i32.const ${MALLOC_CALLS}) (i32.add (i32.load (i32.const ${MALLOC_CALLS})) (i32.const 1)))
    (if (i32.load (i32.const ${MALLOC_FAIL})) (then (return (i32.const 0))))
    (local.set $ptr (global.get $heap))
    (global.set $heap (i32.add (local.get $ptr) (local.get $size)))
    (local.get $ptr))
  (func $put (param $slot i32) (param $value i32)
    (i32.store (i32.shl (local.get $slot) (i32.const 2)) (local.get $value)))
  ${body})`;
}

/** Strings for a module's data section; ref() gives "(i32.const ptr) (i32.const len)" for a call. */
function dataStrings() {
  let next = 0x200;
  const placed = new Map<string, number>();
  const segments: string[] = [];
  return {
    /** The string's [pointer, length] in guest memory. */
    place(text: string | Uint8Array): [number, number] {
      const bytes = Buffer.from(text);
      const key = bytes.toString("hex");
      let ptr = placed.get(key);
      if (ptr === undefined) {
        ptr = next;
        next += bytes.length;
        assert.ok(next <= HEAP, "data strings overflow into the heap");
        placed.set(key, ptr);
        segments.push(`(data (i32.const ${ptr}) "${[...bytes].map((b) => `\\${b.toString(16).padStart(2, "0")}`).join("")}")`);
      }
      return [ptr, bytes.length];
    },
    ref(text: string | Uint8Array): string {
      const [ptr, length] = this.place(text);
      return `(i32.const ${ptr}) (i32.const ${length})`;
    },
    get wat(): string {
      return segments.join("\n  ");
    },
  };
}

async function load(body: string, options: VmOptions = {}, extraImports = ""): Promise<PluginVm> {
  return PluginVm.load(await assemble(moduleWat(body, extraImports)), options);
}

async function started(body: string, options: VmOptions = {}): Promise<PluginVm> {
  const vm = await load(body, options);
  const result = vm.start();
  assert.ok(result.ok, result.reason);
  return vm;
}

const u32 = (vm: PluginVm, addr: number): number => vm.state.view().getUint32(addr, true);
const slot = (vm: PluginVm, n: number): number => u32(vm, n * 4);
const mem = (vm: PluginVm, addr: number, length: number): Buffer => Buffer.from(vm.state.bytes().subarray(addr, addr + length));
const mallocSizes = (vm: PluginVm): number[] => Array.from({ length: u32(vm, MALLOC_CALLS) }, (_, i) => u32(vm, MALLOC_SIZES + 4 * i));

/** Places bytes at INPUT (length first) for a guest that reads them from there. */
function putInput(vm: PluginVm, bytes: Uint8Array): void {
  vm.state.view().setUint32(INPUT, bytes.length, true);
  vm.state.bytes().set(bytes, INPUT + 4);
}

const le32 = (n: number): number[] => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, n >>> 24];
/** Every byte but NUL, which may appear in header names and values. */
const ALL_BYTES = Buffer.from(Array.from({ length: 255 }, (_, i) => i + 1));

// ---------------------------------------------------------------------------------------
// 1. Header-map pair serialisation
// ---------------------------------------------------------------------------------------

describe("header map pair serialisation", () => {
  test("serializePairs writes cpp-host's layout: count, all sizes, then NUL-terminated names and values", () => {
    const bytes = serializePairs([
      [Buffer.from("a"), Buffer.from("bc")],
      [Buffer.alloc(0), Buffer.from("d")],
    ]);
    assert.deepEqual([...bytes], [...le32(2), ...le32(1), ...le32(2), ...le32(0), ...le32(1), 0x61, 0, 0x62, 0x63, 0, 0, 0x64, 0]);
    assert.deepEqual([...serializePairs([])], le32(0));
  });

  test("deserializePairs(serializePairs(x)) is x for arbitrary NUL-free bytes and empty names/values", () => {
    const pairs: [Buffer, Buffer][] = [
      [Buffer.alloc(0), Buffer.alloc(0)],
      [Buffer.from("name"), Buffer.alloc(0)],
      [Buffer.alloc(0), Buffer.from("value")],
      [ALL_BYTES, Buffer.from(ALL_BYTES).reverse()],
      [Buffer.from([0xff, 0x80, 0x01]), Buffer.from("é😀", "utf8")],
    ];
    const bytes = serializePairs(pairs);
    assert.equal(bytes.length, 4 + pairs.reduce((n, [k, v]) => n + 8 + k.length + 1 + v.length + 1, 0));
    assert.deepEqual(deserializePairs(bytes), pairs);
    // A view into a larger buffer parses the same (byteOffset respected).
    const padded = Buffer.concat([Buffer.from([9, 9, 9]), bytes]);
    assert.deepEqual(deserializePairs(padded.subarray(3)), pairs);
  });

  test("deserializePairs reads the empty encodings as no pairs", () => {
    assert.deepEqual(deserializePairs(new Uint8Array(0)), []);
    assert.deepEqual(deserializePairs(new Uint8Array(le32(0))), []);
  });

  // Everything cpp-host's PairsUtil::toPairs refuses (it then yields no pairs) must be refused here.
  const good = serializePairs([[Buffer.from("ab"), Buffer.from("cd")]]);
  const malformed: Record<string, Buffer> = {
    "a count larger than the sizes that follow": Buffer.concat([Buffer.from(le32(2)), good.subarray(4)]),
    "a value running past the end": good.subarray(0, good.length - 2),
    // toPairs checks the NUL after every name and value.
    "a missing NUL after the name": Buffer.from(good).fill(0x58, 4 + 8 + 2, 4 + 8 + 3),
    "a missing NUL after the value": Buffer.from(good).fill(0x58, good.length - 1),
    // toPairs requires the data to end exactly after the last pair (`pos != end`).
    "trailing bytes": Buffer.concat([good, Buffer.from([0])]),
  };
  for (const [what, bytes] of Object.entries(malformed)) {
    test(`deserializePairs rejects ${what}`, () => {
      assert.throws(() => deserializePairs(bytes), RangeError);
    });
  }

  test("a guest's get_header_map_pairs bytes, written back with set_header_map_pairs, leave the map as it was", async () => {
    const vm = await started(`
      (func (export "proxy_on_request_headers") (param $ctx i32) (param $n i32) (param $eos i32) (result i32)
        (call $put (i32.const 0) (call $get_pairs (i32.const 0) (i32.const 0x100) (i32.const 0x104)))
        (call $put (i32.const 1) (call $set_pairs (i32.const 0) (i32.load (i32.const 0x100)) (i32.load (i32.const 0x104))))
        (i32.const 0))`);
    const headers: [string | Uint8Array, string | Uint8Array][] = [
      [":authority", "example.com"],
      [":path", "/a?b=c"],
      [":method", "GET"],
      ["x-dup", "1"],
      ["x-dup", "2"],
      ["x-empty", ""],
      [Buffer.concat([Buffer.from("x-bin-"), Buffer.from([0x80, 0xff])]), ALL_BYTES],
    ];
    const before = new HeaderMap(headers);
    const result = vm.request({ headers });
    assert.equal(slot(vm, 0), Status.Ok, "get_header_map_pairs");
    assert.equal(slot(vm, 1), Status.Ok, "set_header_map_pairs");
    // The guest saw exactly the ABI serialisation, in a buffer malloc'd at its exact size.
    const [ptr, size] = [u32(vm, 0x100), u32(vm, 0x104)];
    assert.deepEqual(mem(vm, ptr, size), serializePairs(before.rawPairs()));
    assert.deepEqual(mallocSizes(vm), [size]);
    assert.deepEqual(result.requestHeaders.rawPairs(), before.rawPairs());
  });

  // Envoy's setHeaderMapPairs removes every header, then adds what toPairs returned, which is
  // nothing for malformed input; the call still returns Ok.
  const SET_FROM_INPUT = `
    (func (export "proxy_on_request_headers") (param $ctx i32) (param $n i32) (param $eos i32) (result i32)
      (call $put (i32.const 0) (call $set_pairs (i32.const 0) (i32.const ${INPUT + 4}) (i32.load (i32.const ${INPUT}))))
      (i32.const 0))`;
  const pairs = serializePairs([[Buffer.from("x-new"), Buffer.from("v")]]);
  const tooMany = serializePairs(Array.from({ length: 1025 }, (): [Buffer, Buffer] => [Buffer.from("a"), Buffer.alloc(0)]));
  const cases: [string, Uint8Array, [string, string][]][] = [
    ["well-formed pairs replace the map", pairs, [["x-new", "v"]]],
    ["size 0 is an empty map", new Uint8Array(0), []],
    ["a single 0x00 byte is an empty map (spec)", new Uint8Array([0]), []],
    ["truncated pairs empty the map", pairs.subarray(0, pairs.length - 3), []],
    ["a missing NUL terminator empties the map", Buffer.from(pairs).fill(0x58, pairs.length - 1), []],
    ["trailing bytes empty the map", Buffer.concat([pairs, Buffer.from([0x41])]), []],
    ["more than 1024 pairs (PROXY_WASM_HOST_PAIRS_MAX_COUNT) empty the map", tooMany, []],
  ];
  for (const [what, bytes, expected] of cases) {
    test(`set_header_map_pairs: ${what}`, async () => {
      const vm = await started(SET_FROM_INPUT);
      putInput(vm, bytes);
      const result = vm.request({
        headers: [
          [":path", "/"],
          ["x-old", "1"],
        ],
      });
      assert.equal(slot(vm, 0), Status.Ok);
      assert.deepEqual(result.requestHeaders.pairs(), expected);
    });
  }
});

// ---------------------------------------------------------------------------------------
// 2. Memory handed to the guest through its malloc
// ---------------------------------------------------------------------------------------

describe("allocation through the guest's malloc", () => {
  test("get_header_map_value: malloc(exact length), LE pointer/size; empty value: 0/0 without malloc; malloc 0: InvalidMemoryAccess", async () => {
    const s = dataStrings();
    const vm = await started(`
      (func (export "proxy_on_request_headers") (param $ctx i32) (param $n i32) (param $eos i32) (result i32)
        ;; A 258-byte value (0x0102, so byte order shows).
        (call $put (i32.const 0) (call $get_value (i32.const 0) ${s.ref("x-long")} (i32.const 0x100) (i32.const 0x104)))
        ;; An empty value: the host must overwrite the -1 sentinels with 0 and not call malloc.
        (i32.store (i32.const 0x108) (i32.const -1))
        (i32.store (i32.const 0x10c) (i32.const -1))
        (call $put (i32.const 1) (call $get_value (i32.const 0) ${s.ref("x-empty")} (i32.const 0x108) (i32.const 0x10c)))
        ;; malloc returns 0: the call fails and leaves the out-parameters alone.
        (i32.store (i32.const ${MALLOC_FAIL}) (i32.const 1))
        (i32.store (i32.const 0x110) (i32.const -1))
        (i32.store (i32.const 0x114) (i32.const -1))
        (call $put (i32.const 2) (call $get_value (i32.const 0) ${s.ref("x-long")} (i32.const 0x110) (i32.const 0x114)))
        (i32.store (i32.const ${MALLOC_FAIL}) (i32.const 0))
        (i32.const 0))
      ${s.wat}`);
    const long = Buffer.from(Array.from({ length: 258 }, (_, i) => 0x61 + (i % 26)));
    vm.request({
      headers: [
        [":path", "/"],
        ["x-long", long],
        ["x-empty", ""],
      ],
    });

    assert.equal(slot(vm, 0), Status.Ok);
    assert.deepEqual([...mem(vm, 0x100, 8)], [...le32(HEAP), ...le32(258)]);
    assert.deepEqual(mem(vm, HEAP, 258), long);

    assert.equal(slot(vm, 1), Status.Ok);
    assert.deepEqual([u32(vm, 0x108), u32(vm, 0x10c)], [0, 0]);

    assert.equal(slot(vm, 2), Status.InvalidMemoryAccess);
    assert.deepEqual([u32(vm, 0x110), u32(vm, 0x114)], [0xffffffff, 0xffffffff]);

    // One malloc per non-empty value, none for the empty one.
    assert.deepEqual(mallocSizes(vm), [258, 258]);
  });
  test("a header name rewritten in place between calls is read anew", async () => {
    const s = dataStrings();
    const [at] = s.place("x-aaa");
    const vm = await started(`
      (func (export "proxy_on_request_headers") (param $ctx i32) (param $n i32) (param $eos i32) (result i32)
        (call $put (i32.const 0) (call $get_value (i32.const 0) (i32.const ${at}) (i32.const 5) (i32.const 0x100) (i32.const 0x104)))
        ;; The same bytes now name x-bbb; the host must not answer for x-aaa again.
        (i32.store8 (i32.const ${at + 2}) (i32.const 0x62))
        (i32.store8 (i32.const ${at + 3}) (i32.const 0x62))
        (i32.store8 (i32.const ${at + 4}) (i32.const 0x62))
        (call $put (i32.const 1) (call $get_value (i32.const 0) (i32.const ${at}) (i32.const 5) (i32.const 0x108) (i32.const 0x10c)))
        (i32.const 0))
      ${s.wat}`);
    vm.request({
      headers: [
        [":path", "/"],
        ["x-aaa", "first"],
        ["x-bbb", "second!"],
      ],
    });
    assert.deepEqual([slot(vm, 0), slot(vm, 1)], [Status.Ok, Status.Ok]);
    assert.deepEqual([u32(vm, 0x104), u32(vm, 0x10c)], [5, 7], "the second read found x-bbb's value");
  });
});

// ---------------------------------------------------------------------------------------
// 3. Status codes
// ---------------------------------------------------------------------------------------

describe("status codes", () => {
  test("NotFound, BadArgument, Unimplemented and Ok where Envoy returns them", async () => {
    const s = dataStrings();
    const vm = await started(
      `
      (func (export "proxy_on_request_headers") (param $ctx i32) (param $n i32) (param $eos i32) (result i32)
        (call $put (i32.const 0) (call $get_value (i32.const 0) ${s.ref("x-missing")} (i32.const 0x100) (i32.const 0x104)))
        (call $put (i32.const 1) (call $set_effective_context (i32.const 12345)))
        (call $put (i32.const 2) (call $set_effective_context (local.get $ctx)))
        (call $put (i32.const 3) (call $log (i32.const 6) ${s.ref("level six")}))
        (call $put (i32.const 4) (call $log (i32.const 5) ${s.ref("level five")}))
        (call $put (i32.const 5) (call $http_call ${s.ref("cluster")} (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0)
          (i32.const 0) (i32.const 0) (i32.const 1000) (i32.const 0x108)))
        (call $put (i32.const 6) (call $get_property ${s.ref("plugin_root_id")} (i32.const 0x110) (i32.const 0x114)))
        (i32.const 0))
      (func (export "proxy_on_response_headers") (param $ctx i32) (param $n i32) (param $eos i32) (result i32)
        ;; Request headers are gone by now (Envoy nulls the map): BadArgument, pairs empty.
        (call $put (i32.const 7) (call $get_value (i32.const 0) ${s.ref(":path")} (i32.const 0x118) (i32.const 0x11c)))
        (call $put (i32.const 8) (call $add_value (i32.const 0) ${s.ref("x-late")} ${s.ref("1")}))
        (i32.store (i32.const 0x120) (i32.const -1))
        (i32.store (i32.const 0x124) (i32.const -1))
        (call $put (i32.const 9) (call $get_pairs (i32.const 0) (i32.const 0x120) (i32.const 0x124)))
        ;; The response map is available here.
        (call $put (i32.const 10) (call $get_value (i32.const 2) ${s.ref(":status")} (i32.const 0x128) (i32.const 0x12c)))
        (i32.const 0))
      ${s.wat}`,
      { rootId: "my-root" },
    );
    const result = vm.request({ headers: [[":path", "/"]] });

    assert.equal(slot(vm, 0), Status.NotFound, "missing header");
    assert.equal(slot(vm, 1), Status.BadArgument, "set_effective_context(unknown id)");
    assert.equal(slot(vm, 2), Status.Ok, "set_effective_context(own id)");
    assert.equal(slot(vm, 3), Status.BadArgument, "proxy_log level 6");
    assert.equal(slot(vm, 4), Status.Ok, "proxy_log level 5");
    assert.deepEqual(vm.logs("critical"), ["level five"]);
    assert.ok(!vm.logs().some((l) => l.includes("level six")), "a refused log line is not logged");
    assert.equal(slot(vm, 5), Status.Unimplemented, "proxy_http_call");
    assert.equal(slot(vm, 6), Status.Ok, "plugin_root_id");
    assert.equal(mem(vm, u32(vm, 0x110), u32(vm, 0x114)).toString(), "my-root");

    assert.equal(slot(vm, 7), Status.BadArgument, "request header read in proxy_on_response_headers");
    assert.equal(slot(vm, 8), Status.BadArgument, "request header add in proxy_on_response_headers");
    assert.equal(result.requestHeaders.get("x-late"), undefined);
    assert.equal(slot(vm, 9), Status.Ok, "get_header_map_pairs on a null map");
    assert.deepEqual([u32(vm, 0x120), u32(vm, 0x124)], [0, 0]);
    assert.equal(slot(vm, 10), Status.Ok, "response header in proxy_on_response_headers");
    assert.equal(mem(vm, u32(vm, 0x128), u32(vm, 0x12c)).toString(), "200");
  });
});

describe("the downstream peer (source.address, source.port)", () => {
  const body = (s: ReturnType<typeof dataStrings>) => `
      (func (export "proxy_on_request_headers") (param $ctx i32) (param $n i32) (param $eos i32) (result i32)
        (call $put (i32.const 0) (call $get_property ${s.ref("source\0address")} (i32.const 0x100) (i32.const 0x104)))
        (call $put (i32.const 1) (call $get_property ${s.ref("source\0port")} (i32.const 0x108) (i32.const 0x10c)))
        (i32.const 0))
      (func (export "proxy_on_response_headers") (param $ctx i32) (param $n i32) (param $eos i32) (result i32)
        (call $put (i32.const 2) (call $get_property ${s.ref("source\0address")} (i32.const 0x110) (i32.const 0x114)))
        (i32.const 0))
      ${s.wat}`;

  for (const [ip, port] of [
    ["10.1.2.3", 50123],
    ["fd00::1", 8443],
  ] as const) {
    test(`${ip}: the address as text (${ip.includes(":") ? "[ip]:port" : "ip:port"}) in every stream callback, the port as an 8-byte int64`, async () => {
      const vm = await started(body(dataStrings()));
      const source = sourceAddress(ip, port);
      assert.equal(source, ip.includes(":") ? `[${ip}]:${port}` : `${ip}:${port}`);
      vm.request({ source });
      assert.equal(slot(vm, 0), Status.Ok);
      assert.equal(mem(vm, u32(vm, 0x100), u32(vm, 0x104)).toString(), source);
      assert.equal(slot(vm, 1), Status.Ok);
      assert.equal(u32(vm, 0x10c), 8);
      assert.equal(mem(vm, u32(vm, 0x108), 8).readBigInt64LE(), BigInt(port));
      assert.equal(slot(vm, 2), Status.Ok, "source.address in proxy_on_response_headers");
      assert.equal(mem(vm, u32(vm, 0x110), u32(vm, 0x114)).toString(), source);
    });
  }

  test("a stream without a peer address: NotFound for both", async () => {
    const vm = await started(body(dataStrings()));
    vm.request({});
    assert.equal(slot(vm, 0), Status.NotFound);
    assert.equal(slot(vm, 1), Status.NotFound);
  });
});

// ---------------------------------------------------------------------------------------
// 4. Traps
// ---------------------------------------------------------------------------------------

/**
 * A module exporting the usual callbacks; `trapIn` executes `unreachable`. Every callback
 * bumps slot 31 first, so the test can tell which callbacks ran. The request and response
 * header callbacks add a header, so a bypassed plugin is visible.
 */
async function trappingVm(trapIn: string, options: VmOptions = {}): Promise<PluginVm> {
  const s = dataStrings();
  const callbacks: [string, string, string, string][] = [
    ["proxy_on_context_create", "(param i32 i32)", "", ""],
    ["proxy_on_vm_start", "(param i32 i32) (result i32)", "", "(i32.const 1)"],
    ["proxy_on_configure", "(param i32 i32) (result i32)", "", "(i32.const 1)"],
    [
      "proxy_on_request_headers",
      "(param i32 i32 i32) (result i32)",
      `(drop (call $add_value (i32.const 0) ${s.ref("x-added")} ${s.ref("yes")}))`,
      "(i32.const 0)",
    ],
    [
      "proxy_on_response_headers",
      "(param i32 i32 i32) (result i32)",
      `(drop (call $add_value (i32.const 2) ${s.ref("x-resp-added")} ${s.ref("yes")}))`,
      "(i32.const 0)",
    ],
    ["proxy_on_log", "(param i32)", "", ""],
    ["proxy_on_done", "(param i32) (result i32)", "", "(i32.const 1)"],
    ["proxy_on_delete", "(param i32)", "", ""],
  ];
  assert.ok(
    callbacks.some(([name]) => name === trapIn),
    trapIn,
  );
  const body = callbacks
    .map(
      ([name, signature, work, result]) => `
    (func (export "${name}") ${signature}
      (call $put (i32.const 31) (i32.add (i32.load (i32.const 124)) (i32.const 1)))
      ${name === trapIn ? "unreachable" : work}
      ${result})`,
    )
    .join("");
  return load(body + s.wat, options);
}

const REQUEST = {
  headers: [
    [":path", "/"],
    ["x-in", "1"],
  ] as [string, string][],
  responseHeaders: [
    [":status", "200"],
    ["x-up", "1"],
  ] as [string, string][],
};

describe("traps", () => {
  const startPhases = ["proxy_on_context_create", "proxy_on_vm_start", "proxy_on_configure"];
  startPhases.forEach((phase, index) => {
    test(`a trap in ${phase} fails start() with the phase named, and the VM stays failed`, async () => {
      const vm = await trappingVm(phase);
      const result = vm.start();
      assert.equal(result.ok, false);
      assert.match(result.reason ?? "", new RegExp(`${phase}\\b`));
      assert.equal(vm.failure?.phase, phase);
      assert.equal(slot(vm, 31), index + 1, "no callback runs after the trapping one");
      assert.ok(
        vm.logs("error").some((l) => l.includes(`Function: ${phase} failed`)),
        vm.logs().join("\n"),
      );
      // Later streams on this VM fail closed without running the plugin.
      const later = vm.request(REQUEST);
      assert.equal(later.localResponse?.status, 503);
      assert.equal(slot(vm, 31), index + 1);
    });
  });

  const streamPhases = ["proxy_on_request_headers", "proxy_on_response_headers", "proxy_on_log"];
  for (const phase of streamPhases) {
    test(`a trap in ${phase}, fail closed: the request reports the phase and gets 503 wasm_fail_stream if Envoy can still send it`, async () => {
      const vm = await trappingVm(phase, { failOpen: false });
      assert.ok(vm.start().ok);
      const result = vm.request(REQUEST);
      assert.equal(result.failure?.phase, phase);
      if (phase === "proxy_on_log") {
        // proxy_on_log runs after the response went downstream; cpp-host's onLog has no
        // CHECK_FAIL_HTTP, so Envoy sends no local reply for this request.
        assert.equal(result.localResponse, undefined, "no local reply after the response is complete");
        assert.equal(result.responseHeaders.get(":status")?.toString(), "200");
      } else {
        assert.equal(result.localResponse?.status, 503);
        assert.equal(result.localResponse?.details, "wasm_fail_stream");
        assert.equal(result.localResponse?.grpcStatus, 14);
        // Envoy's failStream sends the 503 downstream, from the encode path too (the
        // response headers have not gone downstream yet).
        assert.equal(result.responseHeaders.get(":status")?.toString(), "503", "downstream sees the 503");
      }
    });

    for (const failOpen of [false, true]) {
      test(`a trap in ${phase}, fail ${failOpen ? "open" : "closed"}: the VM stays failed and later requests ${failOpen ? "pass unchanged" : "get 503"} without the plugin`, async () => {
        const vm = await trappingVm(phase, { failOpen });
        assert.ok(vm.start().ok);
        vm.request(REQUEST);
        const calls = slot(vm, 31);
        for (let i = 0; i < 2; i++) {
          const later = vm.request(REQUEST);
          assert.equal(later.failure?.phase, phase);
          if (failOpen) {
            assert.equal(later.localResponse, undefined);
            assert.deepEqual(later.requestHeaders.pairs(), REQUEST.headers, "request headers unchanged");
            assert.deepEqual(later.responseHeaders.pairs(), REQUEST.responseHeaders, "response headers unchanged");
          } else {
            assert.equal(later.localResponse?.status, 503);
            assert.equal(later.localResponse?.details, "wasm_fail_stream");
            assert.equal(later.responseHeaders.get(":status")?.toString(), "503");
          }
        }
        assert.equal(slot(vm, 31), calls, "no callback runs on a failed VM");
      });
    }

    test(`a trap in ${phase}, fail open: the request reports the phase, gets no local response, headers pass`, async () => {
      const vm = await trappingVm(phase, { failOpen: true });
      assert.ok(vm.start().ok);
      const result = vm.request(REQUEST);
      assert.equal(result.failure?.phase, phase);
      assert.equal(result.localResponse, undefined);
      // What ran before the trap stays; nothing after it runs.
      const requestAdded = phase === "proxy_on_request_headers" ? [] : [["x-added", "yes"]];
      const responseAdded = phase === "proxy_on_log" ? [["x-resp-added", "yes"]] : [];
      assert.deepEqual(result.requestHeaders.pairs(), [...REQUEST.headers, ...requestAdded]);
      assert.deepEqual(result.responseHeaders.pairs(), [...REQUEST.responseHeaders, ...responseAdded]);
    });
  }
});

// ---------------------------------------------------------------------------------------
// 5. Loading
// ---------------------------------------------------------------------------------------

describe("loading", () => {
  test("a module without a proxy_abi_version export is refused", async () => {
    const bytes = await assemble(`(module (memory (export "memory") 1) (func (export "malloc") (param i32) (result i32) (i32.const 0)))`);
    await assert.rejects(PluginVm.load(bytes), (e: Error) => e instanceof LoadError && /proxy_abi_version/.test(e.message));
  });

  test("a module importing env.abort is refused, naming the import", async () => {
    await assert.rejects(
      load("", {}, `(import "env" "abort" (func (param i32 i32 i32 i32)))`),
      (e: Error) => e instanceof LoadError && /env\.abort/.test(e.message),
    );
  });

  test("_initialize runs at load (and _start then does not), with logging allowed", async () => {
    const s = dataStrings();
    const vm = await load(`
      (func (export "_initialize")
        (call $put (i32.const 0) (i32.const 42))
        (drop (call $log (i32.const 2) ${s.ref("initialized")})))
      (func (export "_start") (call $put (i32.const 1) (i32.const 99)))
      ${s.wat}`);
    assert.equal(slot(vm, 0), 42);
    assert.equal(slot(vm, 1), 0, "cpp-host calls _start only when there is no _initialize");
    assert.deepEqual(vm.logs("info"), ["initialized"]);
  });

  test("a restricted host call (proxy_get_property) while the module starts makes load fail", async () => {
    const s = dataStrings();
    const callProperty = `(drop (call $get_property ${s.ref("plugin_root_id")} (i32.const 0x100) (i32.const 0x104)))`;
    await assert.rejects(
      load(`(func (export "_initialize") ${callProperty}) ${s.wat}`),
      (e: Error) => e instanceof LoadError && /proxy_get_property/.test(e.message),
      "from _initialize",
    );
    await assert.rejects(
      load(`(func $init ${callProperty}) (start $init) ${s.wat}`),
      (e: Error) => e instanceof LoadError && /proxy_get_property/.test(e.message),
      "from the start section",
    );
  });
});

// ---------------------------------------------------------------------------------------
// 6. Callback order
// ---------------------------------------------------------------------------------------

describe("callback order", () => {
  test("root start and one request run the callbacks in Envoy's order; body callbacks only with a body", async () => {
    const s = dataStrings();
    const say = (name: string) => `(drop (call $log (i32.const 2) ${s.ref(name)}))`;
    const vm = await load(`
      (func (export "proxy_on_context_create") (param $ctx i32) (param $parent i32)
        ${say("proxy_on_context_create")}
        (call $put (i32.const 0) (local.get $parent)))
      (func (export "proxy_on_vm_start") (param i32 i32) (result i32) ${say("proxy_on_vm_start")} (i32.const 1))
      (func (export "proxy_on_configure") (param i32 i32) (result i32) ${say("proxy_on_configure")} (i32.const 1))
      (func (export "proxy_on_request_headers") (param $ctx i32) (param $n i32) (param $eos i32) (result i32)
        ${say("proxy_on_request_headers")}
        (call $put (i32.const 1) (local.get $n))
        (call $put (i32.const 2) (local.get $eos))
        (i32.const 0))
      (func (export "proxy_on_request_body") (param $ctx i32) (param $size i32) (param $eos i32) (result i32)
        ${say("proxy_on_request_body")}
        (call $put (i32.const 3) (local.get $size))
        (call $put (i32.const 4) (local.get $eos))
        (i32.const 0))
      (func (export "proxy_on_response_headers") (param i32 i32 i32) (result i32) ${say("proxy_on_response_headers")} (i32.const 0))
      (func (export "proxy_on_response_body") (param i32 i32 i32) (result i32) ${say("proxy_on_response_body")} (i32.const 0))
      (func (export "proxy_on_log") (param i32) ${say("proxy_on_log")})
      ;; false: for a stream context Envoy ignores it and still calls proxy_on_delete.
      (func (export "proxy_on_done") (param i32) (result i32) ${say("proxy_on_done")} (i32.const 0))
      (func (export "proxy_on_delete") (param i32) ${say("proxy_on_delete")})
      ${s.wat}`);
    assert.ok(vm.start().ok);
    assert.deepEqual(vm.logs("info"), ["proxy_on_context_create", "proxy_on_vm_start", "proxy_on_configure"]);
    assert.equal(slot(vm, 0), 0, "the root context has parent 0");

    let seen = vm.logs("info").length;
    vm.request({
      headers: [
        [":method", "POST"],
        [":path", "/"],
      ],
      body: "12345",
      responseBody: "ok",
    });
    assert.deepEqual(vm.logs("info").slice(seen), [
      "proxy_on_context_create",
      "proxy_on_request_headers",
      "proxy_on_request_body",
      "proxy_on_response_headers",
      "proxy_on_response_body",
      "proxy_on_log",
      "proxy_on_done",
      "proxy_on_delete",
    ]);
    assert.equal(slot(vm, 0), vm.rootContextId, "a stream's parent is its root context");
    assert.deepEqual([slot(vm, 1), slot(vm, 2)], [2, 0], "two headers, more to come");
    assert.deepEqual([slot(vm, 3), slot(vm, 4)], [5, 1], "body size, end of stream");

    seen = vm.logs("info").length;
    vm.request({
      headers: [
        [":method", "GET"],
        [":path", "/"],
      ],
    });
    assert.deepEqual(vm.logs("info").slice(seen), [
      "proxy_on_context_create",
      "proxy_on_request_headers",
      "proxy_on_response_headers",
      "proxy_on_log",
      "proxy_on_done",
      "proxy_on_delete",
    ]);
    assert.equal(slot(vm, 2), 1, "no body: end of stream with the headers");
  });
});

// ---------------------------------------------------------------------------------------
// 7. WASI
// ---------------------------------------------------------------------------------------

describe("the clock", () => {
  test("proxy_get_current_time_nanoseconds: the wall clock in Unix nanoseconds, a stopped time to the bit, and a bad pointer refused", async () => {
    // Each tick writes a reading at 0x440 + 8n, n counted at 0x43c; the status goes in slot n.
    const vm = await load(`
      (func (export "proxy_on_vm_start") (param i32 i32) (result i32)
        (call $put (i32.const 10) (call $now (i32.const -4)))
        (i32.const 1))
      (func (export "proxy_on_tick") (param i32) (local $n i32)
        (local.set $n (i32.load (i32.const 0x43c)))
        (call $put (local.get $n) (call $now (i32.add (i32.const 0x440) (i32.shl (local.get $n) (i32.const 3)))))
        (i32.store (i32.const 0x43c) (i32.add (local.get $n) (i32.const 1))))`);
    assert.ok(vm.start().ok);
    assert.equal(slot(vm, 10), Status.InvalidMemoryAccess, "a pointer past the memory");
    const reading = (n: number) => vm.state.view().getBigUint64(0x440 + 8 * n, true);
    const before = BigInt(Date.now()) * 1_000_000n;
    vm.tick();
    const after = BigInt(Date.now()) * 1_000_000n;
    // Every word's bits matter: both halves, and the top bit of each.
    vm.state.clock.stop(0xfedcba9887654321n);
    vm.tick();
    vm.state.clock.stop(1_735_689_600_000_000_000n);
    vm.tick();
    vm.state.clock.resume();
    vm.tick();
    const resumed = BigInt(Date.now()) * 1_000_000n;
    for (const n of [0, 1, 2, 3]) assert.equal(slot(vm, n), Status.Ok);
    assert.ok(reading(0) >= before && reading(0) <= after, `wall clock ${reading(0)} between ${before} and ${after}`);
    assert.equal(reading(0) % 1_000_000n, 0n, "Date.now()'s millisecond resolution");
    assert.equal(reading(1), 0xfedcba9887654321n);
    assert.equal(reading(2), 1_735_689_600_000_000_000n);
    assert.ok(reading(3) >= after && reading(3) <= resumed, "resume() is the wall clock again");

    // A time outside a 64-bit word, or not a bigint, is refused and leaves the clock as it was.
    vm.state.clock.stop(42n);
    for (const bad of [-1n, 1n << 64n, 5 as unknown as bigint, "123" as unknown as bigint]) {
      assert.throws(() => vm.state.clock.stop(bad), RangeError, String(bad));
    }
    vm.tick();
    assert.equal(reading(4), 42n);
  });

  test("a shared memory grown by the module is read at its new size", async () => {
    const vm = await PluginVm.load(
      await assemble(`(module
        (import "env" "proxy_get_current_time_nanoseconds" (func $now (param i32) (result i32)))
        (memory (export "memory") 1 4 shared)
        (func (export "proxy_abi_version_0_2_1"))
        (func (export "malloc") (param i32) (result i32) (i32.const 1024))
        (func (export "proxy_on_vm_start") (param i32 i32) (result i32)
          ;; A host call first, so the host has seen the memory at one page.
          (drop (call $now (i32.const 0x100)))
          (drop (memory.grow (i32.const 1)))
          ;; Into the page just grown: 0x10000.
          (i32.eqz (call $now (i32.const 0x10000)))))`),
    );
    vm.state.clock.stop(7n);
    assert.ok(vm.start().ok, "proxy_get_current_time_nanoseconds wrote into the grown page");
    assert.equal(vm.state.view().getBigUint64(0x10000, true), 7n);
  });
});

describe("WASI", () => {
  test("fd_write logs stdout as info and stderr as error minus one newline; random_get; clock_time_get", async () => {
    const s = dataStrings();
    /** Fills iovec number n at 0x300 (u32 pointer, u32 length) with a data string. */
    const iov = (n: number, text: string) => {
      const [ptr, length] = s.place(text);
      return `(i32.store (i32.const ${0x300 + 8 * n}) (i32.const ${ptr})) (i32.store (i32.const ${0x304 + 8 * n}) (i32.const ${length}))`;
    };
    const vm = await load(`
      (func (export "proxy_on_vm_start") (param i32 i32) (result i32)
        ${iov(0, "to stdout\n")}
        (call $put (i32.const 0) (call $fd_write (i32.const 1) (i32.const 0x300) (i32.const 1) (i32.const 0x340)))
        (call $put (i32.const 1) (i32.load (i32.const 0x340)))
        ;; Only one trailing newline goes.
        ${iov(0, "to stderr\n\n")}
        (call $put (i32.const 2) (call $fd_write (i32.const 2) (i32.const 0x300) (i32.const 1) (i32.const 0x340)))
        ;; Two iovecs make one line.
        ${iov(0, "ab")} ${iov(1, "c\n")}
        (call $put (i32.const 3) (call $fd_write (i32.const 1) (i32.const 0x300) (i32.const 2) (i32.const 0x340)))
        (call $put (i32.const 4) (i32.load (i32.const 0x340)))
        ;; An fd other than 1 and 2: EBADF.
        (call $put (i32.const 5) (call $fd_write (i32.const 3) (i32.const 0x300) (i32.const 1) (i32.const 0x340)))
        ;; 32 random bytes into zeroed memory at 0x400; 0x420 must stay untouched.
        (i32.store (i32.const 0x420) (i32.const 0x5a5a5a5a))
        (call $put (i32.const 6) (call $random_get (i32.const 0x400) (i32.const 32)))
        (call $put (i32.const 7) (call $clock_time_get (i32.const 0) (i64.const 1) (i32.const 0x440)))
        (call $put (i32.const 8) (call $clock_time_get (i32.const 1) (i64.const 1) (i32.const 0x448)))
        (i32.const 1))
      ${s.wat}`);
    const before = BigInt(Date.now()) * 1_000_000n;
    assert.ok(vm.start().ok);
    const after = BigInt(Date.now()) * 1_000_000n;

    assert.equal(slot(vm, 0), 0);
    assert.equal(slot(vm, 1), "to stdout\n".length, "nwritten counts the newline");
    assert.equal(slot(vm, 2), 0);
    assert.equal(slot(vm, 3), 0);
    assert.equal(slot(vm, 4), 4);
    assert.equal(slot(vm, 5), 8, "EBADF");
    assert.deepEqual(vm.logs("info"), ["to stdout", "abc"]);
    assert.deepEqual(vm.logs("error"), ["to stderr\n"]);

    assert.equal(slot(vm, 6), 0);
    assert.ok(
      mem(vm, 0x400, 32).some((b) => b !== 0),
      "random_get filled the buffer",
    );
    assert.equal(u32(vm, 0x420), 0x5a5a5a5a, "random_get wrote past the buffer");

    assert.equal(slot(vm, 7), 0);
    const realtime = vm.state.view().getBigUint64(0x440, true);
    assert.ok(realtime >= before - 1_000_000_000n && realtime <= after + 1_000_000_000n, `realtime ${realtime} not near ${before}`);
    assert.equal(slot(vm, 8), 0);
    assert.ok(vm.state.view().getBigUint64(0x448, true) > 0n, "monotonic clock");
  });
});

// ---------------------------------------------------------------------------------------
// 8. Import and export signatures
// ---------------------------------------------------------------------------------------

/** A module around `body` with memory, the ABI version export and a malloc, nothing else. */
function bareModule(body: string, abi = "0_2_1"): Promise<Uint8Array> {
  return assemble(`(module
  ${body}
  (memory (export "memory") 1)
  (func (export "proxy_abi_version_${abi}"))
  (func (export "malloc") (param i32) (result i32) (i32.const 1024)))`);
}

const loadError = (pattern: RegExp) => (e: Error) => e instanceof LoadError && pattern.test(e.message);
const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** What cpp-host registers (exports.h, registerCallbacks) and Envoy adds, transcribed here on its own, in cpp-host's notation. */
const CPP_HOST_ENV_0_2_1 = `
  proxy_log: i32 i32 i32 -> i32; proxy_get_status: i32 i32 i32 -> i32; proxy_get_log_level: i32 -> i32
  proxy_get_property: i32 i32 i32 i32 -> i32; proxy_set_property: i32 i32 i32 i32 -> i32
  proxy_continue_stream: i32 -> i32; proxy_close_stream: i32 -> i32
  proxy_send_local_response: i32 i32 i32 i32 i32 i32 i32 i32 -> i32
  proxy_get_shared_data: i32 i32 i32 i32 i32 -> i32; proxy_set_shared_data: i32 i32 i32 i32 i32 -> i32
  proxy_register_shared_queue: i32 i32 i32 -> i32; proxy_resolve_shared_queue: i32 i32 i32 i32 i32 -> i32
  proxy_dequeue_shared_queue: i32 i32 i32 -> i32; proxy_enqueue_shared_queue: i32 i32 i32 -> i32
  proxy_get_buffer_bytes: i32 i32 i32 i32 i32 -> i32; proxy_get_buffer_status: i32 i32 i32 -> i32
  proxy_set_buffer_bytes: i32 i32 i32 i32 i32 -> i32
  proxy_get_header_map_value: i32 i32 i32 i32 i32 -> i32; proxy_add_header_map_value: i32 i32 i32 i32 i32 -> i32
  proxy_replace_header_map_value: i32 i32 i32 i32 i32 -> i32; proxy_remove_header_map_value: i32 i32 i32 -> i32
  proxy_get_header_map_pairs: i32 i32 i32 -> i32; proxy_set_header_map_pairs: i32 i32 i32 -> i32
  proxy_get_header_map_size: i32 i32 -> i32
  proxy_http_call: i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 -> i32
  proxy_grpc_call: i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 -> i32
  proxy_grpc_stream: i32 i32 i32 i32 i32 i32 i32 i32 i32 -> i32
  proxy_grpc_cancel: i32 -> i32; proxy_grpc_close: i32 -> i32; proxy_grpc_send: i32 i32 i32 i32 -> i32
  proxy_define_metric: i32 i32 i32 i32 -> i32; proxy_increment_metric: i32 i64 -> i32
  proxy_record_metric: i32 i64 -> i32; proxy_get_metric: i32 i32 -> i32
  proxy_set_tick_period_milliseconds: i32 -> i32; proxy_get_current_time_nanoseconds: i32 -> i32
  proxy_set_effective_context: i32 -> i32; proxy_done: void -> i32
  proxy_call_foreign_function: i32 i32 i32 i32 i32 i32 -> i32
  pthread_equal: i32 i32 -> i32; emscripten_notify_memory_growth: i32 -> void
  envoy_resolve_dns: i32 i32 i32 -> i32`;

const CPP_HOST_WASI = `
  fd_write: i32 i32 i32 i32 -> i32; fd_read: i32 i32 i32 i32 -> i32; fd_seek: i32 i64 i32 i32 -> i32
  fd_close: i32 -> i32; fd_fdstat_get: i32 i32 -> i32; fd_fdstat_set_flags: i32 i32 -> i32
  fd_fdstat_set_rights: i32 i64 i64 -> i32; environ_get: i32 i32 -> i32; environ_sizes_get: i32 i32 -> i32
  args_get: i32 i32 -> i32; args_sizes_get: i32 i32 -> i32; clock_time_get: i32 i64 i32 -> i32
  clock_res_get: i32 i32 -> i32; fd_advise: i32 i64 i64 i32 -> i32; fd_allocate: i32 i64 i64 -> i32
  fd_datasync: i32 -> i32; fd_filestat_set_size: i32 i64 -> i32; fd_filestat_set_times: i32 i64 i64 i32 -> i32
  fd_pread: i32 i32 i32 i64 i32 -> i32; fd_pwrite: i32 i32 i32 i64 i32 -> i32
  fd_readdir: i32 i32 i32 i64 i32 -> i32; fd_renumber: i32 i32 -> i32; fd_sync: i32 -> i32
  fd_tell: i32 i32 -> i32; path_create_directory: i32 i32 i32 -> i32
  path_filestat_set_times: i32 i32 i32 i32 i64 i64 i32 -> i32; path_link: i32 i32 i32 i32 i32 i32 -> i32
  path_readlink: i32 i32 i32 i32 i32 i32 -> i32; path_remove_directory: i32 i32 i32 -> i32
  path_rename: i32 i32 i32 i32 i32 i32 -> i32; path_symlink: i32 i32 i32 i32 -> i32
  path_unlink_file: i32 i32 i32 -> i32; sock_accept: i32 i32 i32 -> i32
  sock_recv: i32 i32 i32 i32 i32 i32 -> i32; sock_send: i32 i32 i32 i32 i32 -> i32
  sock_shutdown: i32 i32 -> i32; random_get: i32 i32 -> i32; sched_yield: void -> i32
  poll_oneoff: i32 i32 i32 i32 -> i32; proc_exit: i32 -> void
  path_open: i32 i32 i32 i32 i32 i64 i64 i32 i32 -> i32; fd_prestat_get: i32 i32 -> i32
  fd_prestat_dir_name: i32 i32 i32 -> i32; path_filestat_get: i32 i32 i32 i32 i32 -> i32
  fd_filestat_get: i32 i32 -> i32`;

function signatureRows(text: string): [string, string][] {
  return text
    .split(/[;\n]/)
    .map((row) => row.trim())
    .filter(Boolean)
    .map((row) => row.split(": ") as [string, string]);
}

/** `(import "m" "name" (func (param ...) (result ...)))` from cpp-host's notation. */
function importWat(module: string, name: string, notation: string): string {
  const [params, results] = notation.split(" -> ").map((t) => (t === "void" ? "" : t));
  return `(import "${module}" "${name}" (func ${params ? `(param ${params})` : ""} ${results ? `(result ${results})` : ""}))`;
}

describe("import and export signatures", () => {
  const mismatches: [string, string][] = [
    [
      `(import "env" "proxy_log" (func (param i32 i32) (result i32)))`,
      "env.proxy_log, want: i32 i32 -> i32, but host exports: i32 i32 i32 -> i32",
    ],
    [
      `(import "env" "proxy_increment_metric" (func (param i32 i32) (result i32)))`,
      "env.proxy_increment_metric, want: i32 i32 -> i32, but host exports: i32 i64 -> i32",
    ],
    [
      `(import "wasi_unstable" "proc_exit" (func (param i32) (result i32)))`,
      "wasi_unstable.proc_exit, want: i32 -> i32, but host exports: i32 -> void",
    ],
  ];
  test("an import with the right name and another type is refused with the function, the type it wants and the type the host exports", async () => {
    for (const [decl, facts] of mismatches) {
      await assert.rejects(
        PluginVm.load(await bareModule(decl)),
        loadError(new RegExp(`import type mismatch: ${literally(facts)}$`)),
        facts,
      );
    }
  });

  test("every env function of ABI 0.2.1 and every WASI function cpp-host registers, under both module names, links with cpp-host's type", async () => {
    const env = signatureRows(CPP_HOST_ENV_0_2_1);
    const wasi = signatureRows(CPP_HOST_WASI);
    const imports = [
      ...env.map(([name, notation]) => importWat("env", name, notation)),
      ...WASI_MODULES.flatMap((module) => wasi.map(([name, notation]) => importWat(module, name, notation))),
    ];
    const bytes = await bareModule(imports.join("\n"));
    const vm = await PluginVm.load(bytes);
    assert.equal(vm.abiVersion, "proxy_abi_version_0_2_1");
    assert.equal((await checkModule(bytes)).imports.length, env.length + 2 * wasi.length);
    // The host's table is this list, no more and no less.
    assert.deepEqual(
      Object.entries(envFunctions("0.2.1"))
        .map(([name, signature]) => [name, formatSignature(signature)])
        .sort(),
      [...env].sort(),
    );
    assert.deepEqual(
      Object.entries(WASI_SIGNATURES)
        .map(([name, signature]) => [name, formatSignature(signature)])
        .sort(),
      [...wasi].sort(),
    );
  });

  test("each host function declares as many parameters as its Wasm type has, so V8 links it through its cheaper wrapper", () => {
    const imports = createImports(new HostState()) as Record<string, Record<string, (...args: unknown[]) => unknown>>;
    const tables: [string, Record<string, { params: readonly unknown[] }>][] = [
      ["env", allEnvFunctions()],
      ...WASI_MODULES.map((m): [string, typeof WASI_SIGNATURES] => [m, WASI_SIGNATURES]),
    ];
    for (const [module, table] of tables) {
      for (const [name, signature] of Object.entries(table)) {
        assert.equal(imports[module][name]?.length, signature.params.length, `${module}.${name}`);
      }
    }
  });

  test("proxy_continue_request, proxy_continue_response and proxy_clear_route_cache exist only for ABI 0.1.0, proxy_get_log_level only for 0.2.1", async () => {
    for (const name of ["proxy_continue_request", "proxy_continue_response", "proxy_clear_route_cache"]) {
      await assert.rejects(
        PluginVm.load(await bareModule(`(import "env" "${name}" (func (result i32)))`, "0_2_0")),
        loadError(
          new RegExp(`missing import env\\.${name}: Envoy provides it only to ABI 0\\.1\\.0 modules, and this one declares 0\\.2\\.0`),
        ),
        name,
      );
    }
    await assert.rejects(
      PluginVm.load(await bareModule(`(import "env" "proxy_get_log_level" (func (param i32) (result i32)))`, "0_2_0")),
      loadError(/missing import env\.proxy_get_log_level: Envoy provides it only to ABI 0\.2\.1 modules/),
    );
  });

  test("a callback or allocator exported with another type than cpp-host calls it with is refused, naming both", async () => {
    await assert.rejects(
      PluginVm.load(await bareModule(`(func (export "proxy_on_configure") (param i32) (result i32) (i32.const 1))`)),
      loadError(/bad function signature for: proxy_on_configure, want: i32 i32 -> i32, but the module exports: i32 -> i32$/),
    );
    await assert.rejects(
      PluginVm.load(await bareModule(`(func (export "_initialize") (result i32) (i32.const 0))`)),
      loadError(/bad function signature for: _initialize, want: void -> void, but the module exports: void -> i32$/),
    );
    const badMalloc = await assemble(`(module (memory (export "memory") 1) (func (export "proxy_abi_version_0_2_1"))
      (func (export "malloc") (param i64) (result i32) (i32.const 0)))`);
    await assert.rejects(
      PluginVm.load(badMalloc),
      loadError(/bad function signature for: malloc, want: i32 -> i32, but the module exports: i64 -> i32$/),
    );
  });

  test("an imported memory and table are created as cpp-host creates them; an imported global is a missing import", async () => {
    const bytes = await assemble(`(module
      (import "env" "proxy_log" (func $log (param i32 i32 i32) (result i32)))
      (import "env" "memory" (memory 2))
      (import "env" "table" (table 1 funcref))
      (data (i32.const 16) "in imported memory")
      (func (export "proxy_abi_version_0_2_1"))
      (func (export "malloc") (param i32) (result i32) (i32.const 1024))
      (func (export "proxy_on_vm_start") (param i32 i32) (result i32)
        (drop (call $log (i32.const 2) (i32.const 16) (i32.const 18)))
        (i32.const 1)))`);
    const vm = await PluginVm.load(bytes);
    assert.ok(vm.start().ok);
    assert.deepEqual(vm.logs("info"), ["in imported memory"]);
    assert.equal(vm.memoryBytes(), 2 * 65536);
    await assert.rejects(
      PluginVm.load(await bareModule(`(import "env" "g" (global i32))`)),
      loadError(/missing import env\.g: Envoy provides no global imports$/),
    );
    // A table no host can make is refused as a load error, in one line.
    await assert.rejects(
      PluginVm.load(await bareModule(`(import "env" "table" (table 20000000 funcref))`)),
      loadError(/^the memory or table the module imports cannot be made: /),
    );
  });
});

// ---------------------------------------------------------------------------------------
// 9. ABI version
// ---------------------------------------------------------------------------------------

describe("ABI version", () => {
  test("cpp-host takes the first ABI version export in the module's export order, and links by it", async () => {
    const bytes = await assemble(`(module (memory (export "memory") 1)
      (func (export "proxy_abi_version_0_2_0")) (func (export "proxy_abi_version_0_2_1"))
      (func (export "malloc") (param i32) (result i32) (i32.const 1024)))`);
    const vm = await PluginVm.load(bytes);
    assert.equal(vm.abiVersion, "proxy_abi_version_0_2_0");
    const withLogLevel = await assemble(`(module (import "env" "proxy_get_log_level" (func (param i32) (result i32)))
      (memory (export "memory") 1) (func (export "proxy_abi_version_0_2_0")) (func (export "proxy_abi_version_0_2_1"))
      (func (export "malloc") (param i32) (result i32) (i32.const 1024)))`);
    await assert.rejects(PluginVm.load(withLogLevel), loadError(/proxy_get_log_level: Envoy provides it only to ABI 0\.2\.1/));
  });

  test("an ABI 0.1.0 module passes Envoy's check with the 0.1.0 imports, and this host refuses to run it, naming what it runs", async () => {
    const bytes = await bareModule(`(import "env" "proxy_get_configuration" (func (param i32 i32) (result i32)))`, "0_1_0");
    const checked = await checkModule(bytes);
    assert.equal(checked.abi, "0.1.0");
    assert.equal(checked.abiVersion, "proxy_abi_version_0_1_0");
    await assert.rejects(
      PluginVm.load(bytes),
      loadError(/ABI 0\.1\.0 \(proxy_abi_version_0_1_0\): Envoy still loads it, but this host runs only ABI 0\.2\.0 and 0\.2\.1$/),
    );
  });
});

// ---------------------------------------------------------------------------------------
// 10. Configuration buffers
// ---------------------------------------------------------------------------------------

describe("configuration buffers", () => {
  /** Records get_buffer_status of the plugin (7) and VM (6) configuration in slots n and n+1, and the sizes in n+2 and n+3. */
  const statuses = (n: number) => `
    (call $put (i32.const ${n}) (call $get_buffer_status (i32.const 7) (i32.const 0x100) (i32.const 0x104)))
    (call $put (i32.const ${n + 2}) (i32.load (i32.const 0x100)))
    (call $put (i32.const ${n + 1}) (call $get_buffer_status (i32.const 6) (i32.const 0x108) (i32.const 0x10c)))
    (call $put (i32.const ${n + 3}) (i32.load (i32.const 0x108)))`;

  test("Envoy serves the plugin configuration in the root's proxy_on_context_create and proxy_on_configure only, the VM configuration everywhere", async () => {
    const vm = await load(
      `
      (func (export "proxy_on_context_create") (param $ctx i32) (param $parent i32)
        (if (i32.eqz (local.get $parent)) (then ${statuses(0)})))
      (func (export "proxy_on_vm_start") (param i32 i32) (result i32) ${statuses(4)} (i32.const 1))
      (func (export "proxy_on_configure") (param i32 i32) (result i32) ${statuses(8)} (i32.const 1))
      (func (export "proxy_on_request_headers") (param i32 i32 i32) (result i32) ${statuses(12)} (i32.const 0))
      (func (export "proxy_on_tick") (param i32) ${statuses(16)})`,
      { vmConfiguration: "vm-config" },
    );
    assert.ok(vm.start("plugin-config").ok);
    vm.request({ headers: [[":path", "/"]] });
    vm.tick();
    const seen = (n: number) => [slot(vm, n), slot(vm, n + 1)];
    assert.deepEqual(seen(0), [Status.Ok, Status.Ok], "proxy_on_context_create of the root");
    assert.deepEqual([slot(vm, 2), slot(vm, 3)], [13, 9], "sizes of the plugin and VM configuration");
    assert.deepEqual(seen(4), [Status.NotFound, Status.Ok], "proxy_on_vm_start: no plugin configuration (cpp-host sets no plugin for it)");
    assert.deepEqual(seen(8), [Status.Ok, Status.Ok], "proxy_on_configure");
    assert.deepEqual(seen(12), [Status.NotFound, Status.Ok], "proxy_on_request_headers");
    assert.deepEqual(seen(16), [Status.NotFound, Status.Ok], "proxy_on_tick");
  });

  test("a buffer type past CallData is BadArgument; a range running past 4 GiB is clipped to the buffer", async () => {
    const vm = await load(`
      (func (export "proxy_on_configure") (param i32 i32) (result i32)
        (call $put (i32.const 0) (call $get_buffer_status (i32.const 9) (i32.const 0x100) (i32.const 0x104)))
        (call $put (i32.const 1) (call $get_buffer_bytes (i32.const 9) (i32.const 0) (i32.const 1) (i32.const 0x100) (i32.const 0x104)))
        (call $put (i32.const 2) (call $get_buffer_bytes (i32.const 7) (i32.const 2) (i32.const -1) (i32.const 0x108) (i32.const 0x10c)))
        (i32.const 1))`);
    assert.ok(vm.start("abcdef").ok);
    assert.equal(slot(vm, 0), Status.BadArgument, "get_buffer_status(9)");
    assert.equal(slot(vm, 1), Status.BadArgument, "get_buffer_bytes(9)");
    assert.equal(slot(vm, 2), Status.Ok, "start 2, length 0xffffffff");
    assert.equal(mem(vm, u32(vm, 0x108), u32(vm, 0x10c)).toString(), "cdef");
  });
});

// ---------------------------------------------------------------------------------------
// 11. Metrics
// ---------------------------------------------------------------------------------------

describe("metrics", () => {
  test("every define hands out a new id, numbered per type; ids of one type and name share one stat", async () => {
    const s = dataStrings();
    const define = (n: number, type: number, name: string) =>
      `(drop (call $define_metric (i32.const ${type}) ${s.ref(name)} (i32.const 0x100))) (call $put (i32.const ${n}) (i32.load (i32.const 0x100)))`;
    const vm = await started(`
      (func (export "proxy_on_vm_start") (param i32 i32) (result i32)
        ${define(0, 0, "a")} ${define(1, 0, "a")} ${define(2, 1, "g")} ${define(3, 2, "h")} ${define(4, 0, "b")} ${define(5, 1, "g")}
        (call $put (i32.const 6) (call $increment_metric (i32.load (i32.const 0)) (i64.const 1)))
        (call $put (i32.const 7) (call $increment_metric (i32.load (i32.const 4)) (i64.const 2)))
        (call $put (i32.const 8) (call $get_metric (i32.load (i32.const 0)) (i32.const 0x108)))
        (call $put (i32.const 9) (i32.wrap_i64 (i64.load (i32.const 0x108))))
        (i32.const 1))
      ${s.wat}`);
    assert.deepEqual(
      [0, 1, 2, 3, 4, 5].map((n) => slot(vm, n)),
      [4, 8, 5, 6, 12, 9],
    );
    assert.deepEqual([slot(vm, 6), slot(vm, 7), slot(vm, 8)], [Status.Ok, Status.Ok, Status.Ok]);
    assert.equal(slot(vm, 9), 3, "both ids of counter a count into one stat");
    assert.equal(vm.metric("a"), 3n);
  });

  test("a metric call on an id of the wrong type answers as Envoy does", async () => {
    const s = dataStrings();
    const vm = await started(`
      (func (export "proxy_on_vm_start") (param i32 i32) (result i32)
        (drop (call $define_metric (i32.const 1) ${s.ref("gauge")} (i32.const 0x100)))
        (drop (call $define_metric (i32.const 2) ${s.ref("histogram")} (i32.const 0x104)))
        (call $put (i32.const 0) (call $get_metric (i32.load (i32.const 0x104)) (i32.const 0x110)))
        (call $put (i32.const 1) (call $get_metric (i32.const 7) (i32.const 0x110)))
        (call $put (i32.const 2) (call $increment_metric (i32.load (i32.const 0x104)) (i64.const 1)))
        (call $put (i32.const 3) (call $increment_metric (i32.const 7) (i64.const 1)))
        (call $put (i32.const 4) (call $record_metric (i32.const 7) (i64.const 1)))
        (call $put (i32.const 5) (call $get_metric (i32.const 400) (i32.const 0x110)))
        (call $put (i32.const 6) (call $increment_metric (i32.const 400) (i64.const 1)))
        (call $put (i32.const 7) (call $record_metric (i32.load (i32.const 0x100)) (i64.const 10)))
        (call $put (i32.const 8) (call $increment_metric (i32.load (i32.const 0x100)) (i64.const -3)))
        (call $put (i32.const 9) (call $get_metric (i32.load (i32.const 0x100)) (i32.const 0x118)))
        (call $put (i32.const 10) (i32.wrap_i64 (i64.load (i32.const 0x118))))
        (i32.const 1))
      ${s.wat}`);
    assert.equal(slot(vm, 0), Status.BadArgument, "get_metric on a histogram");
    assert.equal(slot(vm, 1), Status.BadArgument, "get_metric on type 3");
    assert.equal(slot(vm, 2), Status.BadArgument, "increment_metric on a histogram");
    assert.equal(slot(vm, 3), Status.BadArgument, "increment_metric on type 3");
    assert.equal(slot(vm, 4), Status.NotFound, "record_metric on type 3");
    assert.equal(slot(vm, 5), Status.NotFound, "get_metric on an unknown counter id");
    assert.equal(slot(vm, 6), Status.NotFound, "increment_metric on an unknown counter id");
    assert.deepEqual(
      [slot(vm, 7), slot(vm, 8), slot(vm, 9), slot(vm, 10)],
      [Status.Ok, Status.Ok, Status.Ok, 7],
      "a gauge set to 10, less 3",
    );
  });
});

// ---------------------------------------------------------------------------------------
// 12. WASI as cpp-host answers it
// ---------------------------------------------------------------------------------------

describe("WASI as cpp-host answers it", () => {
  test("fd_seek, fd_close and proc_exit return and are reported as the host's trace lines, as cpp-host's context reports them", async () => {
    const vm = await load(
      `
      (func (export "proxy_on_vm_start") (param i32 i32) (result i32)
        (call $put (i32.const 0) (call $fd_seek (i32.const 3) (i64.const 0) (i32.const 0) (i32.const 0x100)))
        (call $put (i32.const 1) (call $fd_close (i32.const 3)))
        (call $proc_exit (i32.const 7))
        (i32.const 1))`,
      { logLevel: "trace" },
      `(import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))`,
    );
    assert.ok(vm.start().ok);
    assert.deepEqual([slot(vm, 0), slot(vm, 1)], [0, 0]);
    assert.deepEqual(vm.logs("trace"), ["wasi_unstable fd_seek", "wasi_unstable fd_close", "wasi_unstable proc_exit"]);
    assert.ok(
      vm.state.logs.every((entry) => envoyMessage(entry) === entry.message),
      "host lines, not the plugin's",
    );

    const quiet = await load(
      `(func (export "proxy_on_vm_start") (param i32 i32) (result i32) (drop (call $fd_close (i32.const 3))) (i32.const 1))`,
    );
    assert.ok(quiet.start().ok);
    assert.deepEqual(quiet.state.logs, [], "below the info level nothing shows");
  });

  test("a lone newline on stdout is an empty log line; an empty iovec's pointer is not read; writing nothing logs nothing", async () => {
    const s = dataStrings();
    const [nl] = s.place("\n");
    const vm = await load(`
      (func (export "proxy_on_vm_start") (param i32 i32) (result i32)
        (i32.store (i32.const 0x300) (i32.const ${nl})) (i32.store (i32.const 0x304) (i32.const 1))
        (call $put (i32.const 0) (call $fd_write (i32.const 1) (i32.const 0x300) (i32.const 1) (i32.const 0x340)))
        (i32.store (i32.const 0x308) (i32.const -16)) (i32.store (i32.const 0x30c) (i32.const 0))
        (call $put (i32.const 1) (call $fd_write (i32.const 2) (i32.const 0x308) (i32.const 1) (i32.const 0x344)))
        (call $put (i32.const 2) (i32.load (i32.const 0x344)))
        (i32.const 1))
      ${s.wat}`);
    assert.ok(vm.start().ok);
    assert.deepEqual([slot(vm, 0), slot(vm, 1), slot(vm, 2)], [0, 0, 0]);
    assert.deepEqual(vm.logs("info"), [""]);
    assert.deepEqual(vm.logs("error"), []);
  });

  test("the WASI functions cpp-host added answer as it does", async () => {
    const s = dataStrings();
    const [text, length] = s.place("pwritten\n");
    const vm = await load(`
      (func (export "proxy_on_vm_start") (param i32 i32) (result i32)
        (i64.store (i32.const 0x120) (i64.const -1)) (i32.store (i32.const 0x128) (i32.const -1))
        (i32.store (i32.const 0x138) (i32.const -1)) (i32.store (i32.const 0x13c) (i32.const -1))
        (call $put (i32.const 0) (call $fd_advise (i32.const 9) (i64.const 0) (i64.const 0) (i32.const 0)))
        (call $put (i32.const 1) (call $fd_allocate (i32.const 3) (i64.const 0) (i64.const 1)))
        (call $put (i32.const 2) (call $fd_allocate (i32.const 1) (i64.const 0) (i64.const 1)))
        (call $put (i32.const 3) (call $fd_renumber (i32.const 1) (i32.const 2)))
        (call $put (i32.const 4) (call $fd_renumber (i32.const 1) (i32.const 3)))
        (call $put (i32.const 5) (call $fd_tell (i32.const 2) (i32.const 0x120)))
        (call $put (i32.const 6) (call $fd_readdir (i32.const 3) (i32.const 0) (i32.const 0) (i64.const 0) (i32.const 0x128)))
        (call $put (i32.const 7) (call $clock_res_get (i32.const 1) (i32.const 0x130)))
        (call $put (i32.const 8) (call $clock_res_get (i32.const 2) (i32.const 0x130)))
        (call $put (i32.const 9) (call $sock_send (i32.const 3) (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0x138)))
        (call $put (i32.const 10) (call $path_readlink (i32.const 3) (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0x13c)))
        (i32.store (i32.const 0x300) (i32.const ${text})) (i32.store (i32.const 0x304) (i32.const ${length}))
        (call $put (i32.const 11) (call $fd_pwrite (i32.const 1) (i32.const 0x300) (i32.const 1) (i64.const 99) (i32.const 0x140)))
        (call $put (i32.const 12) (call $sched_yield))
        (i32.const 1))
      ${s.wat}`);
    assert.ok(vm.start().ok);
    const view = vm.state.view();
    assert.deepEqual(
      Array.from({ length: 13 }, (_, n) => slot(vm, n)),
      [0, 8, 0, 58, 8, 0, 20, 0, 58, 58, 58, 0, 0],
    );
    assert.equal(view.getBigUint64(0x120, true), 0n, "fd_tell writes offset 0");
    assert.equal(u32(vm, 0x128), 0, "fd_readdir writes 0 bytes read");
    assert.equal(view.getBigUint64(0x130, true), 1n, "clock_res_get: 1 ns");
    assert.deepEqual([u32(vm, 0x138), u32(vm, 0x13c)], [0, 0], "sock_send and path_readlink write 0");
    assert.equal(u32(vm, 0x140), length, "fd_pwrite counts the bytes");
    assert.deepEqual(vm.logs("info"), ["pwritten"]);
  });
});

// ---------------------------------------------------------------------------------------
// 13. Calls restricted while a module starts
// ---------------------------------------------------------------------------------------

describe("calls restricted while a module starts", () => {
  // [name, params, results, arguments]; each is imported as $restricted.
  const forbidden: [string, string, string, string][] = [
    ["fd_read", "i32 i32 i32 i32", "i32", "(i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0x100)"],
    ["fd_seek", "i32 i64 i32 i32", "i32", "(i32.const 1) (i64.const 0) (i32.const 0) (i32.const 0x100)"],
    ["fd_close", "i32", "i32", "(i32.const 3)"],
    ["sched_yield", "", "i32", ""],
    ["proc_exit", "i32", "", "(i32.const 0)"],
    [
      "path_open",
      "i32 i32 i32 i32 i32 i64 i64 i32 i32",
      "i32",
      "(i32.const 3) (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0) (i64.const 0) (i64.const 0) (i32.const 0) (i32.const 0x100)",
    ],
  ];

  test("_initialize may make the calls of cpp-host's start list; fd_read, fd_seek, fd_close, sched_yield, proc_exit and path_open trap", async () => {
    for (const [name, params, results, args] of forbidden) {
      const decl = `(import "wasi_snapshot_preview1" "${name}" (func $restricted ${params && `(param ${params})`} ${results && `(result ${results})`}))`;
      const call = results ? `(drop (call $restricted ${args}))` : `(call $restricted ${args})`;
      await assert.rejects(
        load(`(func (export "_initialize") ${call})`, {}, decl),
        loadError(new RegExp(`restricted_callback: wasi_snapshot_preview1\\.${name}\\b`)),
        name,
      );
    }
    const allowed = await load(`
      (func (export "_initialize")
        (drop (call $clock_time_get (i32.const 0) (i64.const 1) (i32.const 0x100)))
        (drop (call $clock_res_get (i32.const 0) (i32.const 0x108)))
        (drop (call $random_get (i32.const 0x110) (i32.const 8)))
        (drop (call $fd_advise (i32.const 1) (i64.const 0) (i64.const 0) (i32.const 0)))
        (drop (call $fd_tell (i32.const 1) (i32.const 0x118)))
        (call $put (i32.const 0) (i32.const 1)))`);
    assert.equal(slot(allowed, 0), 1, "_initialize ran to its end");
  });

  test("a host call from the start section traps: V8 runs it while linking, before cpp-host has a context", async () => {
    const s = dataStrings();
    await assert.rejects(
      load(`(func $init (drop (call $log (i32.const 2) ${s.ref("too early")}))) (start $init) ${s.wat}`),
      loadError(/env\.proxy_log called from the start section/),
    );
  });
});

// ---------------------------------------------------------------------------------------
// 14. Log lines in Envoy's form
// ---------------------------------------------------------------------------------------

describe("log lines", () => {
  test("the plugin's lines carry cpp-host's log prefix of their context, the host's lines none; envoyLogLine writes Envoy's form", async () => {
    const s = dataStrings();
    const say = (level: number, text: string) => `(drop (call $log (i32.const ${level}) ${s.ref(text)}))`;
    const [out, outLength] = s.place("to stdout\n");
    const body = `
      (func (export "_initialize") ${say(2, "initialized")})
      (func (export "proxy_on_configure") (param i32 i32) (result i32) ${say(2, "configured")} ${say(3, "careful")} (i32.const 1))
      (func (export "proxy_on_request_headers") (param i32 i32 i32) (result i32)
        ${say(2, "request")}
        (i32.store (i32.const 0x300) (i32.const ${out})) (i32.store (i32.const 0x304) (i32.const ${outLength}))
        (drop (call $fd_write (i32.const 1) (i32.const 0x300) (i32.const 1) (i32.const 0x340)))
        (i32.const 0))
      (func (export "proxy_on_response_headers") (param i32 i32 i32) (result i32) unreachable)
      ${s.wat}`;
    const vm = await load(body, { rootId: "root", vmId: "vm", pluginName: "name" });
    assert.ok(vm.start().ok);
    vm.request({ headers: [[":path", "/"]] });
    const messages = vm.state.logs.map(envoyMessage);
    assert.deepEqual(messages.slice(0, 5), [
      "wasm log: initialized",
      "wasm log root vm: configured",
      "wasm log root vm: careful",
      "wasm log name root vm: request",
      "wasm log name root vm: to stdout",
    ]);
    assert.match(messages[5], /^Function: proxy_on_response_headers failed: /);
    assert.deepEqual(vm.state.logs.slice(1, 3).map(envoyLogLine), [
      "[info][wasm] wasm log root vm: configured",
      "[warning][wasm] wasm log root vm: careful",
    ]);
    assert.match(envoyLogLine(vm.state.logs[5]), /^\[error\]\[wasm\] Function: proxy_on_response_headers failed: /);

    const anonymous = await load(body);
    assert.ok(anonymous.start().ok);
    assert.equal(envoyMessage(anonymous.state.logs[1]), "wasm log: configured", "no root id and no vm id: no prefix");
  });
});

// ---------------------------------------------------------------------------------------
// 15. Envoy's start sequence: base VM, canary, a VM per worker
// ---------------------------------------------------------------------------------------

describe("Envoy's start sequence", () => {
  test("the start functions run in the base VM, the canary, the main thread and each worker; configure in all but the base; the canary gets no proxy_on_done", async () => {
    const s = dataStrings();
    const say = (text: string) => `(drop (call $log (i32.const 2) ${s.ref(text)}))`;
    const bytes = await assemble(
      moduleWat(`
      (func (export "_initialize") ${say("initialize")})
      (func (export "proxy_on_configure") (param i32 i32) (result i32) ${say("configure")} (i32.const 1))
      (func (export "proxy_on_done") (param i32) (result i32) ${say("done")} (i32.const 1))
      ${s.wat}`),
    );
    const plugin = await startPlugin(bytes, "", { workers: 2 });
    assert.ok(plugin.ok, plugin.reason);
    assert.equal(plugin.workers.length, 2);
    assert.deepEqual(
      plugin.process.logs.map((l) => l.message),
      // base; canary; main thread; worker 1; worker 2
      ["initialize", "initialize", "configure", "initialize", "configure", "initialize", "configure", "initialize", "configure"],
    );
    assert.ok(plugin.mainThread, "the main thread's copy");
    plugin.workers[1].stop();
    assert.equal(plugin.process.logs.at(-1)?.message, "done", "a worker's root is torn down as usual");
  });

  test("a configuration the canary refuses starts no worker; the VMs of one plugin share shared data and stats", async () => {
    const s = dataStrings();
    const body = `
      (func (export "proxy_on_configure") (param $ctx i32) (param $size i32) (result i32)
        (call $put (i32.const 0) (call $get_shared_data ${s.ref("key")} (i32.const 0x100) (i32.const 0x104) (i32.const 0x108)))
        (drop (call $set_shared_data ${s.ref("key")} ${s.ref("value")} (i32.const 0)))
        (drop (call $define_metric (i32.const 0) ${s.ref("configured")} (i32.const 0x10c)))
        (drop (call $increment_metric (i32.load (i32.const 0x10c)) (i64.const 1)))
        (i32.ne (local.get $size) (i32.const 3)))
      ${s.wat}`;
    const bytes = await assemble(moduleWat(body));
    const refused = await startPlugin(bytes, "bad");
    assert.equal(refused.ok, false);
    assert.match(refused.reason ?? "", /proxy_on_configure returned false/);
    assert.deepEqual(refused.workers, []);

    const plugin = await startPlugin(bytes, "good", { workers: 2 });
    assert.ok(plugin.ok, plugin.reason);
    for (const vm of [plugin.mainThread as PluginVm, ...plugin.workers])
      assert.equal(slot(vm, 0), Status.Ok, "the canary's shared data is there for each thread");
    assert.equal(plugin.workers[0].metric("configured"), 4n, "canary, main thread and two workers count into one stat");
  });
});
