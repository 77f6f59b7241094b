// Entry point: the SDK's Proxy-Wasm callbacks and allocator, and the plugin's root context
// registered under both root ids Istio may use.

export * from "@solo-io/proxy-runtime/assembly/proxy";
import { RootContext, registerRootContext } from "@solo-io/proxy-runtime/assembly/runtime";
import { TrackingRoot, PLUGIN_NAME } from "./plugin";

function createRoot(context_id: u32): RootContext {
  return new TrackingRoot(context_id);
}

// A WasmPlugin without spec.pluginName gives the root id ""; with it, its value.
registerRootContext(createRoot, "");
registerRootContext(createRoot, PLUGIN_NAME);
