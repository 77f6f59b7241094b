// The SDK glue: a root context that owns the configuration and counters, and an HTTP
// context per request that applies the header rules. Decisions live in the pure modules.

import {
  RootContext, Context, FilterHeadersStatusValues, HeaderMapTypeValues, LogLevelValues, WasmResultValues,
  log, get_log_level, get_configuration_bytes, set_tick_period_milliseconds,
  add_header_map_value, replace_header_map_value,
} from "@solo-io/proxy-runtime/assembly/runtime";
import { Settings, parseConfiguration, quote } from "./config";
import { Counters, Counter } from "./counters";
import { HostValue, getHeaderValue } from "./hostcalls";
import { random16 } from "./random";
import { Outcome, decide } from "./rules";
import { UUID_LENGTH, formatUuidV4, writeUuidV4 } from "./uuid";

/** The name the plugin documents for WasmPlugin.spec.pluginName (Envoy's root id). */
export const PLUGIN_NAME = "request-tracking";

/** How often counters reach the host and the log level is read again. */
const TICK_MILLISECONDS: u32 = 1000;

const LOG_PREFIX = "request-tracker: ";

export class TrackingRoot extends RootContext {
  settings: Settings | null = null;
  counters: Counters = new Counters();
  /** The host's log level, refreshed on configure and on every tick. */
  logLevel: LogLevelValues = LogLevelValues.info;
  /** Scratch for values the host returns; contexts run one at a time in a VM. */
  hostValue: HostValue = new HostValue();
  /** Scratch for a generated value that no later callback needs. */
  uuidScratch: ArrayBuffer = new ArrayBuffer(UUID_LENGTH);

  /** Finished streams, reused: a context per request without an allocation per request. */
  private idle: TrackingStream[] = [];

  createContext(context_id: u32): Context {
    const idle = this.idle;
    if (idle.length == 0) return new TrackingStream(context_id, this);
    const stream = idle.pop();
    stream.context_id = context_id;
    return stream;
  }

  release(stream: TrackingStream): void {
    stream.value = null;
    stream.outcome = Outcome.ADD;
    this.idle.push(stream);
  }

  onConfigure(configuration_size: u32): bool {
    const doc = get_configuration_bytes(configuration_size);
    // Unreadable is not empty: refusing beats silently running with the defaults.
    if (doc === null) return false;
    const result = parseConfiguration(doc);
    const settings = result.settings;
    if (settings === null) {
      // The settings in force (if any) stay: the host keeps the previous configuration.
      log(LogLevelValues.critical, LOG_PREFIX + result.error);
      return false;
    }
    this.settings = settings;
    this.counters.define();
    set_tick_period_milliseconds(TICK_MILLISECONDS);
    this.logLevel = get_log_level();
    log(LogLevelValues.info, LOG_PREFIX + "configured: " + settings.describe());
    return true;
  }

  onTick(): void {
    this.counters.flush();
    this.logLevel = get_log_level();
  }

  // The last call a root context gets (Envoy calls it after on_done, which is not exported).
  onDelete(): void {
    this.counters.flush();
  }

  /** Logs a failed host call at critical and counts it; the request goes on. */
  hostCallFailed(call: string, status: WasmResultValues): void {
    this.counters.add(Counter.FAILURES);
    log(LogLevelValues.critical, LOG_PREFIX + call + " failed with status " + status.toString() +
      "; the request continues unchanged");
  }
}

export class TrackingStream extends Context {
  /** The tracking value this request carries upstream, once decided. */
  value: ArrayBuffer | null = null;
  outcome: Outcome = Outcome.ADD;

  constructor(context_id: u32, root: TrackingRoot) {
    super(context_id, root);
  }

  private get root(): TrackingRoot {
    return changetype<TrackingRoot>(this.root_context);
  }

  onRequestHeaders(_headers: u32, _end_of_stream: bool): FilterHeadersStatusValues {
    const root = this.root;
    const settings = root.settings;
    if (settings === null) return FilterHeadersStatusValues.Continue;
    const counters = root.counters;
    counters.add(Counter.REQUESTS);

    const key = settings.headerBytes;
    const incoming = root.hostValue;
    const status = getHeaderValue(HeaderMapTypeValues.RequestHeaders, key, incoming);
    if (status != WasmResultValues.Ok && status != WasmResultValues.NotFound) {
      root.hostCallFailed("proxy_get_header_map_value(" + settings.header + ")", status);
      return FilterHeadersStatusValues.Continue;
    }
    const existing = incoming.bytes;
    const outcome = decide(status == WasmResultValues.Ok, changetype<usize>(existing), existing.byteLength,
      settings.preserveExisting);

    let value: ArrayBuffer;
    if (outcome == Outcome.KEEP) {
      value = existing;
    } else {
      const fixed = settings.value;
      if (fixed !== null) {
        value = fixed;
      } else {
        const random = random16();
        if (random == 0) {
          root.hostCallFailed("random_get", WasmResultValues.InternalFailure);
          return FilterHeadersStatusValues.Continue;
        }
        // The value outlives this callback only for echo or the debug line; otherwise the
        // host copies it and the scratch buffer spares an allocation per request.
        if (settings.echoResponse || root.logLevel <= LogLevelValues.debug) {
          value = formatUuidV4(random);
        } else {
          value = root.uuidScratch;
          writeUuidV4(random, changetype<usize>(value));
        }
        counters.add(Counter.GENERATED);
      }
    }

    // Writing back a kept value too leaves exactly one copy when the request carried several.
    const written = outcome == Outcome.ADD
      ? add_header_map_value(HeaderMapTypeValues.RequestHeaders, key, value)
      : replace_header_map_value(HeaderMapTypeValues.RequestHeaders, key, value);
    if (written != WasmResultValues.Ok) {
      root.hostCallFailed(outcome == Outcome.ADD ? "proxy_add_header_map_value" : "proxy_replace_header_map_value", written);
      return FilterHeadersStatusValues.Continue;
    }
    if (outcome == Outcome.KEEP) counters.add(Counter.KEPT);
    else if (outcome == Outcome.REPLACE) counters.add(Counter.REPLACED);
    this.value = value == root.uuidScratch ? null : value;
    this.outcome = outcome;
    return FilterHeadersStatusValues.Continue;
  }

  onResponseHeaders(_headers: u32, _end_of_stream: bool): FilterHeadersStatusValues {
    const settings = this.root.settings;
    const value = this.value;
    if (settings === null || value === null || !settings.echoResponse) return FilterHeadersStatusValues.Continue;
    const written = replace_header_map_value(HeaderMapTypeValues.ResponseHeaders, settings.headerBytes, value);
    if (written != WasmResultValues.Ok) this.root.hostCallFailed("proxy_replace_header_map_value(response)", written);
    return FilterHeadersStatusValues.Continue;
  }

  // The stream's end: Envoy deletes the context after logging it, and on_log is not exported.
  onDelete(): void {
    const root = this.root;
    const value = this.value;
    if (root.logLevel <= LogLevelValues.debug && value !== null) this.logDone(root, value);
    root.release(this);
  }

  private logDone(root: TrackingRoot, value: ArrayBuffer): void {
    const how = this.outcome == Outcome.KEEP ? "kept" : this.outcome == Outcome.REPLACE ? "replaced" : "added";
    log(LogLevelValues.debug, LOG_PREFIX + "request done: " + root.settings!.header + "=" + quote(value) + " (" + how + ")");
  }
}
