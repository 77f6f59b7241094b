// Direct host calls for the per-request path: status-returning and allocation-free apart
// from the value the host hands over. Everything else goes through the SDK's wrappers.

import * as imports from "@solo-io/proxy-runtime/assembly/imports";
import { free } from "@solo-io/proxy-runtime/assembly/malloc";
import { HeaderMapTypeValues, WasmResultValues } from "@solo-io/proxy-runtime/assembly/runtime";

// Where the host writes the address and size of a value it allocated with our malloc.
const VALUE_OUT = memory.data(2 * sizeof<usize>());

const EMPTY = new ArrayBuffer(0);

/** A value the host returned; reused across calls to save an allocation. */
export class HostValue {
  bytes: ArrayBuffer = EMPTY;
}

/**
 * Reads the first value of the header named by the `keyLength` bytes at `key` from map `map`
 * into `into`. Returns the host's status: Ok, NotFound when the header is absent, or a failure.
 */
export function getHeaderValue(map: HeaderMapTypeValues, key: usize, keyLength: usize, into: HostValue): WasmResultValues {
  clearValueOut();
  return takeValue(imports.proxy_get_header_map_value(map, key, keyLength, VALUE_OUT, VALUE_OUT + sizeof<usize>()), into);
}

/**
 * Reads the property at the `pathLength` bytes at `path` (segments joined by NUL bytes) into
 * `into`. Returns the host's status: Ok, NotFound when the host has no such property, or a failure.
 */
export function getProperty(path: usize, pathLength: usize, into: HostValue): WasmResultValues {
  clearValueOut();
  return takeValue(imports.proxy_get_property(path, pathLength, VALUE_OUT, VALUE_OUT + sizeof<usize>()), into);
}

function clearValueOut(): void {
  store<usize>(VALUE_OUT, 0);
  store<usize>(VALUE_OUT + sizeof<usize>(), 0);
}

/** Hands what the host wrote at VALUE_OUT to `into` (empty unless Ok); returns `status`. */
function takeValue(status: WasmResultValues, into: HostValue): WasmResultValues {
  const ptr = load<usize>(VALUE_OUT);
  into.bytes = EMPTY;
  if (ptr != 0) {
    // The host allocated through our malloc, which pinned the buffer; `into` keeps it now.
    free(ptr);
    if (status == WasmResultValues.Ok) into.bytes = changetype<ArrayBuffer>(ptr);
  }
  return status;
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
