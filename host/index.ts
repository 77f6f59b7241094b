// A Proxy-Wasm host for Node: loads a plugin into V8 and drives it as Envoy does.
export * from "./abi.js";
export { HeaderMap, serializePairs, deserializePairs, type HeaderInput } from "./header-map.js";
export { createImports, START_CALLS, ALLOCATOR_CALLS } from "./imports.js";
export { HostState, StreamState, Metrics, INJECTED_TRAP, type LocalResponse, type LogEntry } from "./state.js";
export { PluginVm, Stream, LoadError, type VmOptions, type StartResult, type RequestInput, type RequestResult, type Failure } from "./vm.js";
