// The host the as-pect specs run in: the real host functions over a HostState, plus a
// `spec_host` import module (tests/specs/host-control.ts) the specs use to set the scene
// (which context and phase a callback runs in, the configuration, injected faults) and to
// read back what the host saw (logs, metrics).
import { LOG_PREFIX } from "../../assembly/names.ts";
import { createImports, HostState, LOG_LEVEL_NAMES, Metrics, StreamState } from "../../host/index.ts";
import { Instrument } from "../../host/testing/instrument.ts";

const PHASES = ["idle", "request", "response", "log"] as const;

export function specHost() {
  const state = new HostState();
  const faults = new Instrument();
  const text = (ptr: number, size: number) => Buffer.from(state.bytes().subarray(ptr, ptr + size)).toString("utf8");
  const copyOut = (value: string, ptrPtr: number, sizePtr: number) => {
    const data = Buffer.from(value, "utf8");
    const ptr = data.length > 0 ? state.allocate(data.length) : 0;
    if (ptr !== 0) state.bytes().set(data, ptr);
    state.view().setUint32(ptrPtr, ptr, true);
    state.view().setUint32(sizePtr, data.length, true);
  };

  const unprefixed = () => state.logs.map((l) => l.message).filter((m) => !m.startsWith(LOG_PREFIX));

  const control = {
    reset() {
      state.clock.resume();
      state.logs = [];
      state.metrics = new Metrics();
      state.streams.clear();
      state.roots.clear();
      state.properties.clear();
      state.pluginConfiguration = Buffer.alloc(0);
      state.configuringContext = 0;
      state.effectiveContext = 0;
    },
    set_root_id(ptr: number, size: number) {
      state.properties.set("plugin_root_id", Buffer.from(text(ptr, size)));
    },
    set_config(ptr: number, size: number) {
      state.pluginConfiguration = Buffer.from(state.bytes().subarray(ptr, ptr + size));
    },
    /** Envoy serves the plugin configuration to the root context it is configuring: the one entered last. */
    set_configuring(on: number) {
      state.configuringContext = on !== 0 ? state.effectiveContext : 0;
    },
    /** Makes `id` the effective context, in `phase`; a non-zero root makes it a stream of that root. */
    enter(id: number, rootId: number, phase: number) {
      if (rootId === 0) state.roots.add(id);
      else if (!state.streams.has(id)) state.streams.set(id, new StreamState(id, rootId));
      const stream = state.streams.get(id);
      if (stream) stream.phase = PHASES[phase];
      state.effectiveContext = id;
    },
    /** The effective stream's downstream peer (Envoy's source.address). */
    set_source(ptr: number, size: number) {
      const stream = state.stream();
      if (stream) stream.source = text(ptr, size);
    },
    /** Stops the host's clock at `nanoseconds` (Unix time; an i64 from the spec, read as the u64 it holds). */
    set_time(nanoseconds: bigint) {
      state.clock.stop(BigInt.asUintN(64, nanoseconds));
    },
    set_log_level(level: number) {
      state.logLevel = level;
    },
    log_count(level: number) {
      return state.logsAt(LOG_LEVEL_NAMES[level]).length;
    },
    last_log(level: number, ptrPtr: number, sizePtr: number) {
      copyOut(state.logsAt(LOG_LEVEL_NAMES[level]).at(-1) ?? "", ptrPtr, sizePtr);
    },
    unprefixed_log_count() {
      return unprefixed().length;
    },
    last_unprefixed_log(ptrPtr: number, sizePtr: number) {
      copyOut(unprefixed().at(-1) ?? "", ptrPtr, sizePtr);
    },
    metric(ptr: number, size: number): bigint {
      return state.metrics.value(text(ptr, size)) ?? -1n;
    },
    fail(ptr: number, size: number, status: number, times: number, after: number) {
      faults.failCall(text(ptr, size), status, times > 0 ? times : Infinity, after);
    },
    heal() {
      faults.heal();
    },
  };

  return {
    state,
    imports: { ...faults.imports(createImports(state)), spec_host: control },
    attach(exports: Record<string, unknown>) {
      state.memory = exports.memory as WebAssembly.Memory;
      const malloc = exports.malloc as (size: number) => number;
      state.allocate = faults.allocator((size) => malloc(size) >>> 0);
    },
  };
}
