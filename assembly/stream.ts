// The HTTP context of one request: reads the incoming tracking header, lets the rules decide
// (asking the host for the peer's address when only trusted peers' values are kept), finds
// the value (fixed, the trace id, or generated), writes it once, and echoes it on the
// response when asked.

import {
  add_header_map_value,
  Context,
  FilterHeadersStatusValues,
  HeaderMapTypeValues,
  LogLevelValues,
  log,
  RootContext,
  replace_header_map_value,
  WasmResultValues,
} from "@solo-io/proxy-runtime/assembly/runtime";
import { inBlocks, parsePeer } from "./cidr";
import { Generator, quote, Settings } from "./config";
import { Counter } from "./counters";
import { clockNanoseconds, getHeaderValue, getProperty, readClock } from "./hostcalls";
import { random16 } from "./random";
import { decide, Outcome } from "./rules";
import { TraceHeader, traceIdOf } from "./tracecontext";
import { Tracker } from "./tracker";
import { writeUuidV4 } from "./uuid";
import { V7Sequence, writeUuidV7 } from "./uuidv7";

// The trace headers use_trace_id reads, in TraceHeader's order, as static UTF-8 (no
// allocation): "traceparent", "x-b3-traceid", "b3", each starting where the last ended.
const TRACE_HEADERS = memory.data<u8>([
  0x74, 0x72, 0x61, 0x63, 0x65, 0x70, 0x61, 0x72, 0x65, 0x6e, 0x74, 0x78, 0x2d, 0x62, 0x33, 0x2d, 0x74, 0x72, 0x61, 0x63, 0x65, 0x69, 0x64,
  0x62, 0x33,
]);
const TRACE_HEADER_ENDS = memory.data<u8>([11, 23, 25]);

// Envoy's source.address property path ("source", NUL, "address"), and where the parsed
// peer address goes.
const SOURCE_ADDRESS = memory.data<u8>([0x73, 0x6f, 0x75, 0x72, 0x63, 0x65, 0x00, 0x61, 0x64, 0x64, 0x72, 0x65, 0x73, 0x73]);
const PEER = memory.data(16);

/** One UUIDv7 sequence per VM, so its values increase across root contexts too. */
export const v7 = new V7Sequence();

/** Finished streams, reused: a context per request without an allocation per request. */
const idle: TrackingStream[] = [];

/** A stream context for a new request: a finished one reset, or a new one. */
export function takeStream(context_id: u32, root: RootContext, tracker: Tracker): TrackingStream {
  if (idle.length == 0) return new TrackingStream(context_id, root, tracker);
  const stream = idle.pop();
  stream.context_id = context_id;
  stream.root_context = root;
  stream.tracker = tracker;
  return stream;
}

export class TrackingStream extends Context {
  /** The tracking value this request carries upstream, once decided. */
  value: ArrayBuffer | null = null;
  outcome: Outcome = Outcome.ADD;

  constructor(
    context_id: u32,
    root: RootContext,
    public tracker: Tracker,
  ) {
    super(context_id, root);
  }

  /** Back to the pool, with nothing of this request left in it. */
  private release(): void {
    this.value = null;
    this.outcome = Outcome.ADD;
    idle.push(this);
  }

  onRequestHeaders(_headers: u32, _end_of_stream: bool): FilterHeadersStatusValues {
    const tracker = this.tracker;
    const settings = tracker.settings;
    if (settings === null) return FilterHeadersStatusValues.Continue;
    tracker.counters.add(Counter.REQUESTS);

    const incoming = tracker.hostValue;
    const key = settings.headerBytes;
    const status = getHeaderValue(HeaderMapTypeValues.RequestHeaders, changetype<usize>(key), key.byteLength, incoming);
    if (status != WasmResultValues.Ok && status != WasmResultValues.NotFound) {
      tracker.hostCallFailed("proxy_get_header_map_value(" + settings.header + ")", status);
      return FilterHeadersStatusValues.Continue;
    }
    const existing = incoming.bytes;
    let outcome = decide(status == WasmResultValues.Ok, changetype<usize>(existing), existing.byteLength, settings.preserveExisting);
    const trusted = settings.trusted;
    if (outcome == Outcome.KEEP && trusted !== null) {
      const peer = this.peerTrusted(tracker, trusted);
      if (peer < 0) return FilterHeadersStatusValues.Continue;
      if (peer == 0) outcome = Outcome.REPLACE;
    }
    const value = outcome == Outcome.KEEP ? existing : this.newValue(tracker, settings);
    if (value === null) return FilterHeadersStatusValues.Continue;
    if (!this.write(tracker, settings, outcome, value)) return FilterHeadersStatusValues.Continue;

    if (outcome == Outcome.KEEP) tracker.counters.add(Counter.KEPT);
    else if (outcome == Outcome.REPLACE) tracker.counters.add(Counter.REPLACED);
    // A generated value sits in scratch, which the host has copied by now: it is kept (copied)
    // only when echo or the debug line need it later.
    const later = settings.echoResponse || tracker.logLevel <= LogLevelValues.debug;
    const scratch = value == tracker.uuidScratch || value == tracker.traceScratch;
    this.value = !scratch ? value : later ? value.slice(0) : null;
    this.outcome = outcome;
    return FilterHeadersStatusValues.Continue;
  }

  /** The configured value, or the trace id or a generated one in scratch; null when a host call failed. */
  private newValue(tracker: Tracker, settings: Settings): ArrayBuffer | null {
    const fixed = settings.value;
    if (fixed !== null) return fixed;
    if (settings.useTraceId) {
      const found = this.traceId(tracker);
      if (found < 0) return null;
      if (found > 0) {
        tracker.counters.add(Counter.TRACE_IDS);
        return tracker.traceScratch;
      }
    }
    const random = random16();
    if (random == 0) {
      tracker.hostCallFailed("random_get", WasmResultValues.InternalFailure);
      return null;
    }
    const scratch = changetype<usize>(tracker.uuidScratch);
    if (settings.generator == Generator.UUIDV7) {
      const status = readClock();
      if (status != WasmResultValues.Ok) {
        tracker.hostCallFailed("proxy_get_current_time_nanoseconds", status);
        return null;
      }
      writeUuidV7(v7, clockNanoseconds() / 1_000_000, random, scratch);
    } else {
      writeUuidV4(random, scratch);
    }
    tracker.counters.add(Counter.GENERATED);
    return tracker.uuidScratch;
  }

  /**
   * Whether the downstream peer (Envoy's source.address) is in a `trusted` block: 1 when it
   * is, 0 when it is not or the host has no address or one that does not parse, -1 when the
   * read failed.
   */
  private peerTrusted(tracker: Tracker, trusted: ArrayBuffer): i32 {
    // The incoming value is held by the caller, so the scratch can take the address.
    const address = tracker.hostValue;
    const status = getProperty(SOURCE_ADDRESS, 14, address);
    if (status == WasmResultValues.NotFound) return 0;
    if (status != WasmResultValues.Ok) {
      tracker.hostCallFailed("proxy_get_property(source.address)", status);
      return -1;
    }
    return parsePeer(changetype<usize>(address.bytes), address.bytes.byteLength, PEER) && inBlocks(PEER, trusted) ? 1 : 0;
  }

  /**
   * Looks for the request's trace id in each trace header in turn, stopping at the first valid
   * one, which it leaves in traceScratch: 1 when found, 0 when none is, -1 when a read failed.
   */
  private traceId(tracker: Tracker): i32 {
    const header = tracker.hostValue;
    let name = TRACE_HEADERS;
    for (let i = 0; i < 3; i++) {
      const length = TRACE_HEADERS + <usize>load<u8>(TRACE_HEADER_ENDS + <usize>i) - name;
      const status = getHeaderValue(HeaderMapTypeValues.RequestHeaders, name, length, header);
      if (status != WasmResultValues.Ok && status != WasmResultValues.NotFound) {
        tracker.hostCallFailed("proxy_get_header_map_value(" + String.UTF8.decodeUnsafe(name, length) + ")", status);
        return -1;
      }
      name += length;
      if (status == WasmResultValues.NotFound) continue;
      const bytes = header.bytes;
      if (traceIdOf(<TraceHeader>i, changetype<usize>(bytes), bytes.byteLength, changetype<usize>(tracker.traceScratch))) return 1;
    }
    return 0;
  }

  /** Sets the request's header; a kept value is written back too, which leaves one copy. */
  private write(tracker: Tracker, settings: Settings, outcome: Outcome, value: ArrayBuffer): bool {
    const key = settings.headerBytes;
    const adding = outcome == Outcome.ADD;
    const written = adding
      ? add_header_map_value(HeaderMapTypeValues.RequestHeaders, key, value)
      : replace_header_map_value(HeaderMapTypeValues.RequestHeaders, key, value);
    if (written == WasmResultValues.Ok) return true;
    tracker.hostCallFailed(adding ? "proxy_add_header_map_value" : "proxy_replace_header_map_value", written);
    return false;
  }

  onResponseHeaders(_headers: u32, _end_of_stream: bool): FilterHeadersStatusValues {
    const settings = this.tracker.settings;
    const value = this.value;
    if (settings === null || value === null || !settings.echoResponse) return FilterHeadersStatusValues.Continue;
    const written = replace_header_map_value(HeaderMapTypeValues.ResponseHeaders, settings.headerBytes, value);
    if (written != WasmResultValues.Ok) this.tracker.hostCallFailed("proxy_replace_header_map_value(response)", written);
    return FilterHeadersStatusValues.Continue;
  }

  // The stream's end: Envoy deletes the context after logging it, and on_log is not exported.
  onDelete(): void {
    const tracker = this.tracker;
    const value = this.value;
    if (tracker.logLevel <= LogLevelValues.debug && value !== null) this.logDone(tracker, value);
    this.release();
  }

  private logDone(tracker: Tracker, value: ArrayBuffer): void {
    const how = this.outcome == Outcome.KEEP ? "kept" : this.outcome == Outcome.REPLACE ? "replaced" : "added";
    log(LogLevelValues.debug, "request done: " + tracker.settings!.header + "=" + quote(value) + " (" + how + ")");
  }
}
