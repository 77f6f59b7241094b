// A Proxy-Wasm host for Node: loads a plugin into V8 and drives it as Envoy does.
// Test hooks (fault injection, call counting) are in ./testing/instrument.ts, not here.
export * from "./abi.ts";
export { HeaderMap, serializePairs, deserializePairs, type HeaderInput } from "./header-map.ts";
export { createImports, START_CALLS, ALLOCATOR_CALLS } from "./imports/index.ts";
export { checkModule, LoadError, type CheckedModule } from "./module-check.ts";
export { HostState, type LogEntry } from "./state.ts";
export { StreamState } from "./stream-state.ts";
export { Metrics } from "./metrics.ts";
export type { LocalResponse } from "./local-response.ts";
export { PluginVm, type HostHooks, type VmOptions, type StartResult, type RequestInput } from "./vm.ts";
export { Stream, type RequestResult, type Failure } from "./stream.ts";
