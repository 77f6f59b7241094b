// The specs' handle on the host they run in (tests/specs/spec-host.ts): which context and
// phase a callback runs in, the configuration, injected faults, and what the host saw.

export const PHASE_IDLE = 0, PHASE_REQUEST = 1, PHASE_RESPONSE = 2, PHASE_LOG = 3;

// @ts-ignore: decorator
@external("spec_host", "reset") export declare function reset(): void;
// @ts-ignore: decorator
@external("spec_host", "set_root_id") declare function set_root_id(ptr: usize, size: usize): void;
// @ts-ignore: decorator
@external("spec_host", "set_config") declare function set_config(ptr: usize, size: usize): void;
// @ts-ignore: decorator
@external("spec_host", "set_configuring") export declare function setConfiguring(on: bool): void;
// @ts-ignore: decorator
@external("spec_host", "enter") export declare function enter(id: u32, rootId: u32, phase: i32): void;
// @ts-ignore: decorator
@external("spec_host", "set_source") declare function set_source(ptr: usize, size: usize): void;
// @ts-ignore: decorator
@external("spec_host", "set_time") declare function set_time(nanoseconds: i64): void;
// @ts-ignore: decorator
@external("spec_host", "set_log_level") export declare function setLogLevel(level: i32): void;
// @ts-ignore: decorator
@external("spec_host", "log_count") export declare function logCount(level: i32): i32;
// @ts-ignore: decorator
@external("spec_host", "last_log") declare function last_log(level: i32, ptrPtr: usize, sizePtr: usize): void;
// @ts-ignore: decorator
@external("spec_host", "unprefixed_log_count") export declare function unprefixedLogCount(): i32;
// @ts-ignore: decorator
@external("spec_host", "last_unprefixed_log") declare function last_unprefixed_log(ptrPtr: usize, sizePtr: usize): void;
// @ts-ignore: decorator
@external("spec_host", "metric") declare function metric_(ptr: usize, size: usize): i64;
// @ts-ignore: decorator
@external("spec_host", "fail") declare function fail_(ptr: usize, size: usize, status: u32, times: i32, after: i32): void;
// @ts-ignore: decorator
@external("spec_host", "heal") export declare function heal(): void;

export function setRootId(id: string): void {
  const b = String.UTF8.encode(id);
  set_root_id(changetype<usize>(b), b.byteLength);
}

export function setConfig(config: string): i32 {
  const b = String.UTF8.encode(config);
  set_config(changetype<usize>(b), b.byteLength);
  return b.byteLength;
}

/** Gives the effective stream a downstream peer, as Envoy's source.address has it. */
export function setSource(source: string): void {
  const b = String.UTF8.encode(source);
  set_source(changetype<usize>(b), b.byteLength);
}

/** Stops the host's clock at `ms` Unix milliseconds (decimal text, as the behaviour table has it). */
export function setClock(ms: string): void {
  set_time(I64.parseInt(ms) * 1_000_000);
}

export function setConfigBytes(config: Uint8Array): i32 {
  set_config(config.dataStart, config.byteLength);
  return config.byteLength;
}

const OUT = memory.data(8);

/** The newest log line at `level`, or "". */
export function lastLog(level: i32): string {
  last_log(level, OUT, OUT + 4);
  return takeText();
}

/** The newest log line without the product's prefix, or "". */
export function lastUnprefixedLog(): string {
  last_unprefixed_log(OUT, OUT + 4);
  return takeText();
}

/** The text the host just handed over at OUT. */
function takeText(): string {
  const ptr = load<u32>(OUT);
  const size = load<u32>(OUT + 4);
  if (ptr == 0) return "";
  const text = String.UTF8.decodeUnsafe(ptr, size);
  __unpin(ptr);
  return text;
}

/** A host metric's value by name, or -1 when it was never defined. */
export function metric(name: string): i64 {
  const b = String.UTF8.encode(name);
  return metric_(changetype<usize>(b), b.byteLength);
}

/** Makes host call `name` return `status` `times` times (0: until heal()), once `after` calls went through. */
export function fail(name: string, status: u32, times: i32 = 0, after: i32 = 0): void {
  const b = String.UTF8.encode(name);
  fail_(changetype<usize>(b), b.byteLength, status, times, after);
}
