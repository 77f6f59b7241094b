// Direct host calls for the request path: status-returning, taking and giving bytes by
// address, allocation-free. A value the host returns lands in the scratch the caller names
// (see allocator.ts) and is read from `valuePtr`/`valueLength` until the next read.

import * as imports from "@solo-io/proxy-runtime/assembly/imports";
import { HeaderMapTypeValues, WasmResultValues } from "@solo-io/proxy-runtime/assembly/runtime";
import { armScratch, free } from "./allocator";

// Where the host writes the address and size of a value it allocated with our malloc.
const VALUE_OUT = memory.data(2 * sizeof<usize>());

/** The bytes of the last value read, valid until the next read. */
export let valuePtr: usize = 0;
export let valueLength: i32 = 0;

function begin(scratch: usize, size: usize): void {
  store<usize>(VALUE_OUT, 0);
  store<usize>(VALUE_OUT + sizeof<usize>(), 0);
  armScratch(scratch, size);
}

/** Takes what the host wrote at VALUE_OUT (nothing unless Ok); returns `status`. */
function end(status: WasmResultValues): WasmResultValues {
  armScratch(0, 0);
  const ptr = load<usize>(VALUE_OUT);
  valuePtr = 0;
  valueLength = 0;
  if (ptr != 0) {
    // A buffer malloc had to allocate is unpinned now; nothing collects it before the
    // callback returns, so its bytes stay readable until then.
    free(ptr);
    if (status == WasmResultValues.Ok) {
      valuePtr = ptr;
      valueLength = <i32>load<usize>(VALUE_OUT + sizeof<usize>());
    }
  }
  return status;
}

/**
 * Reads the first value of the header named by the `keyLength` bytes at `key` from `map`
 * into `scratch` (at most `size` bytes; a longer value gets a buffer of its own). Returns
 * Ok, NotFound when the header is absent, or the failure.
 */
export function getHeaderValue(map: HeaderMapTypeValues, key: usize, keyLength: i32, scratch: usize, size: usize): WasmResultValues {
  begin(scratch, size);
  return end(imports.proxy_get_header_map_value(map, key, keyLength, VALUE_OUT, VALUE_OUT + sizeof<usize>()));
}

/** Reads the property at the `pathLength` bytes at `path` (segments joined by NUL) as getHeaderValue reads. */
export function getProperty(path: usize, pathLength: i32, scratch: usize, size: usize): WasmResultValues {
  begin(scratch, size);
  return end(imports.proxy_get_property(path, pathLength, VALUE_OUT, VALUE_OUT + sizeof<usize>()));
}

/** Sets header `key` of `map` to `value`: `add` appends a copy, otherwise every copy is replaced by one. */
export function setHeader(map: HeaderMapTypeValues, key: ArrayBuffer, value: usize, length: i32, add: bool): WasmResultValues {
  const k = changetype<usize>(key);
  return add
    ? imports.proxy_add_header_map_value(map, k, key.byteLength, value, length)
    : imports.proxy_replace_header_map_value(map, k, key.byteLength, value, length);
}

const CLOCK_OUT = memory.data(8);

/** Reads the host's clock (Unix nanoseconds; see clockNanoseconds); returns the host's status. */
export function readClock(): WasmResultValues {
  return imports.proxy_get_current_time_nanoseconds(CLOCK_OUT);
}

/** What the last successful readClock got. */
export function clockNanoseconds(): u64 {
  return load<u64>(CLOCK_OUT);
}
