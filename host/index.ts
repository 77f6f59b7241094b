// A Proxy-Wasm host for Node: loads a plugin into V8 and drives it as Envoy does.
// Test hooks (fault injection, call counting) are in ./testing/instrument.ts, not here.
export * from "./abi.ts";
export { envoyLogLine, envoyMessage } from "./envoy-log.ts";
export { deserializePairs, type HeaderInput, HeaderMap, serializePairs } from "./header-map.ts";
export { ALLOCATOR_CALLS, createImports, NO_CALLS, START_CALLS } from "./imports/index.ts";
export type { LocalResponse } from "./local-response.ts";
export { MetricStore, Metrics } from "./metrics.ts";
export { type CheckedModule, checkModule, LoadError, type ModuleExport, type ModuleImport } from "./module-check.ts";
export { type PluginOptions, type StartedPlugin, startPlugin } from "./plugin.ts";
export { sourceAddress } from "./properties.ts";
export * from "./signatures.ts";
export { type StartCalls, type StartEntry, startCalls } from "./start-calls.ts";
export { HostState, type LogEntry, newProcess, type ProxyProcess } from "./state.ts";
export { type Failure, type RequestResult, Stream } from "./stream.ts";
export { StreamState } from "./stream-state.ts";
export { type HostHooks, PluginVm, type RequestInput, type StartResult, type VmOptions } from "./vm.ts";
