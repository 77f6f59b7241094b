// One request's tracking header: read the incoming value (unless it will be replaced
// anyway), let the rules decide, find the value (kept, fixed, the trace id, or generated),
// write it once, and echo it on the response when asked. Values are handled by address in
// static scratch, so a request allocates nothing unless a later callback needs its value.

import { HeaderMapTypeValues, LogLevelValues, log, WasmResultValues } from "@solo-io/proxy-runtime/assembly/runtime";
import { SMALL_SCRATCH, SMALL_SCRATCH_SIZE, VALUE_SCRATCH, VALUE_SCRATCH_SIZE } from "./allocator";
import { inBlocks, parsePeer } from "./cidr";
import { Generator, quote, Settings } from "./config";
import { Counter } from "./counters";
import { clockNanoseconds, getHeaderValue, getProperty, readClock, setHeader, valueLength, valuePtr } from "./hostcalls";
import { random16 } from "./random";
import { Root } from "./root";
import { decide, Outcome } from "./rules";
import { TRACE_ID_LENGTH, TraceHeader, traceIdOf } from "./tracecontext";
import { UUID_LENGTH, writeUuidV4 } from "./uuid";
import { millisOf, V7Sequence, writeUuidV7 } from "./uuidv7";

// The trace headers use_trace_id reads, in TraceHeader's order, as static UTF-8:
// "traceparent", "x-b3-traceid", "b3", each starting where the last ended.
const TRACE_HEADERS = memory.data<u8>([
  0x74, 0x72, 0x61, 0x63, 0x65, 0x70, 0x61, 0x72, 0x65, 0x6e, 0x74, 0x78, 0x2d, 0x62, 0x33, 0x2d, 0x74, 0x72, 0x61, 0x63, 0x65, 0x69, 0x64,
  0x62, 0x33,
]);
const TRACE_HEADER_ENDS = memory.data<u8>([11, 23, 25]);

// Envoy's source.address property path ("source", NUL, "address"), and where the parsed
// peer address goes.
const SOURCE_ADDRESS = memory.data<u8>([0x73, 0x6f, 0x75, 0x72, 0x63, 0x65, 0x00, 0x61, 0x64, 0x64, 0x72, 0x65, 0x73, 0x73]);
const PEER = memory.data(16);

// Where a generated value or a trace id is written; the host copies it when it is set.
const UUID_TEXT = memory.data(UUID_LENGTH);
const TRACE_TEXT = memory.data(TRACE_ID_LENGTH);

/** One UUIDv7 sequence per VM, so its values increase across root contexts too. */
export const v7 = new V7Sequence();

/** What a stream keeps between callbacks, when a later one needs it: its root, and its value for echo or the debug line. */
export class StreamRecord {
  root: Root;
  value: ArrayBuffer | null = null;
  outcome: Outcome = Outcome.ADD;

  constructor(root: Root) {
    this.root = root;
  }
}

/** What incoming() gives when its read failed (Outcome's values are not negative). */
const FAILED: i32 = -1;

// The value chosen for the request in flight, by address.
let chosenPtr: usize = 0;
let chosenLength: i32 = 0;

export function onRequestHeaders(root: Root, record: StreamRecord | null): void {
  const settings = root.settings;
  if (settings === null) return;
  root.counters.add(Counter.REQUESTS);
  // Without preserve_existing the incoming value does not matter: one replace does the job.
  const outcome = settings.preserveExisting ? incoming(root, settings) : Outcome.REPLACE;
  if (outcome < 0 || !apply(root, settings, outcome)) return;
  if (record !== null && (settings.echoResponse || root.logLevel <= LogLevelValues.debug)) {
    const value = new ArrayBuffer(chosenLength);
    memory.copy(changetype<usize>(value), chosenPtr, <usize>chosenLength);
    record.value = value;
    record.outcome = outcome;
  }
}

/**
 * Reads the incoming value and decides what to do with it (kept only from a trusted peer when
 * trusted_sources is set); FAILED when the read failed.
 */
function incoming(root: Root, settings: Settings): i32 {
  const key = settings.headerBytes;
  const status = getHeaderValue(
    HeaderMapTypeValues.RequestHeaders,
    changetype<usize>(key),
    key.byteLength,
    VALUE_SCRATCH,
    VALUE_SCRATCH_SIZE,
  );
  if (status != WasmResultValues.Ok && status != WasmResultValues.NotFound) {
    root.hostCallFailed("proxy_get_header_map_value(" + settings.header + ")", status);
    return FAILED;
  }
  chosenPtr = valuePtr;
  chosenLength = valueLength;
  const outcome = decide(status == WasmResultValues.Ok, chosenPtr, chosenLength, true);
  const trusted = settings.trusted;
  return outcome == Outcome.KEEP && trusted !== null && !peerTrusted(root, trusted) ? Outcome.REPLACE : outcome;
}

/** Keeps, adds or replaces the value as decided, and counts it; false when a host call failed. */
function apply(root: Root, settings: Settings, outcome: Outcome): bool {
  if (outcome == Outcome.KEEP) {
    // Envoy holds a joined header as one entry; any other is written back, leaving one copy.
    if (!settings.joined && !write(root, settings, false)) return false;
    root.counters.add(Counter.KEPT);
    return true;
  }
  if (!choose(root, settings) || !write(root, settings, outcome == Outcome.ADD)) return false;
  if (outcome == Outcome.REPLACE) root.counters.add(Counter.REPLACED);
  return true;
}

/** Picks the configured value, the trace id or a generated one; false when a host call failed. */
function choose(root: Root, settings: Settings): bool {
  const fixed = settings.value;
  if (fixed !== null) {
    chosenPtr = changetype<usize>(fixed);
    chosenLength = fixed.byteLength;
    return true;
  }
  if (settings.useTraceId) {
    const found = traceId(root);
    if (found < 0) return false;
    if (found > 0) {
      root.counters.add(Counter.TRACE_IDS);
      chosenPtr = TRACE_TEXT;
      chosenLength = TRACE_ID_LENGTH;
      return true;
    }
  }
  const random = random16();
  if (random == 0) {
    root.hostCallFailed("random_get", WasmResultValues.InternalFailure);
    return false;
  }
  if (settings.generator == Generator.UUIDV7) {
    const status = readClock();
    if (status != WasmResultValues.Ok) {
      root.hostCallFailed("proxy_get_current_time_nanoseconds", status);
      return false;
    }
    writeUuidV7(v7, millisOf(clockNanoseconds()), random, UUID_TEXT);
  } else {
    writeUuidV4(random, UUID_TEXT);
  }
  root.counters.add(Counter.GENERATED);
  chosenPtr = UUID_TEXT;
  chosenLength = UUID_LENGTH;
  return true;
}

/** Sets the chosen value on the request; false (logged and counted) when the host refused. */
function write(root: Root, settings: Settings, add: bool): bool {
  const written = setHeader(HeaderMapTypeValues.RequestHeaders, settings.headerBytes, chosenPtr, chosenLength, add);
  if (written == WasmResultValues.Ok) return true;
  root.hostCallFailed(add ? "proxy_add_header_map_value" : "proxy_replace_header_map_value", written);
  return false;
}

/**
 * Whether the downstream peer (Envoy's source.address) is in a `trusted` block. An address
 * the host cannot give, or that does not parse, is untrusted; a failed read is also logged.
 */
function peerTrusted(root: Root, trusted: ArrayBuffer): bool {
  const status = getProperty(SOURCE_ADDRESS, 14, SMALL_SCRATCH, SMALL_SCRATCH_SIZE);
  if (status != WasmResultValues.Ok) {
    if (status != WasmResultValues.NotFound) root.hostCallFailed("proxy_get_property(source.address)", status);
    return false;
  }
  return parsePeer(valuePtr, valueLength, PEER) && inBlocks(PEER, trusted);
}

/**
 * Looks for the request's trace id in each trace header in turn, stopping at the first valid
 * one, which it leaves in TRACE_TEXT: 1 when found, 0 when none is, -1 when a read failed.
 */
function traceId(root: Root): i32 {
  let name = TRACE_HEADERS;
  for (let i = 0; i < 3; i++) {
    const length = TRACE_HEADERS + <usize>load<u8>(TRACE_HEADER_ENDS + <usize>i) - name;
    const status = getHeaderValue(HeaderMapTypeValues.RequestHeaders, name, <i32>length, SMALL_SCRATCH, SMALL_SCRATCH_SIZE);
    if (status != WasmResultValues.Ok && status != WasmResultValues.NotFound) {
      root.hostCallFailed("proxy_get_header_map_value(" + String.UTF8.decodeUnsafe(name, length) + ")", status);
      return -1;
    }
    name += length;
    if (status == WasmResultValues.Ok && traceIdOf(<TraceHeader>i, valuePtr, valueLength, TRACE_TEXT)) return 1;
  }
  return 0;
}

/** Echoes the request's value on the response, when the stream kept one for that. */
export function onResponseHeaders(record: StreamRecord): void {
  const settings = record.root.settings;
  const value = record.value;
  if (settings === null || value === null || !settings.echoResponse) return;
  const written = setHeader(HeaderMapTypeValues.ResponseHeaders, settings.headerBytes, changetype<usize>(value), value.byteLength, false);
  if (written != WasmResultValues.Ok) record.root.hostCallFailed("proxy_replace_header_map_value(response)", written);
}

/** The stream's end: the debug line, and nothing of the request left in the record. */
export function onStreamDone(record: StreamRecord): void {
  const root = record.root;
  const value = record.value;
  if (value !== null && root.logLevel <= LogLevelValues.debug) {
    const how = record.outcome == Outcome.KEEP ? "kept" : record.outcome == Outcome.REPLACE ? "replaced" : "added";
    log(LogLevelValues.debug, "request done: " + root.settings!.header + "=" + quote(value) + " (" + how + ")");
  }
  record.value = null;
  record.outcome = Outcome.ADD;
}
