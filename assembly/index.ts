// Entry point: the Proxy-Wasm callbacks this plugin uses, the allocator, and the plugin's
// root context registered under each root id it answers to. Envoy skips callbacks a module
// does not export (bodies, trailers, on_done, on_log, HTTP calls, gRPC, queues): each one
// left out is a call per request saved, and keeps the SDK's machinery for it out.

export {
  proxy_abi_version_0_2_1,
  proxy_on_configure,
  proxy_on_context_create,
  proxy_on_request_headers,
  proxy_on_response_headers,
  proxy_on_tick,
  proxy_on_vm_start,
} from "@solo-io/proxy-runtime/assembly/exports";

import { proxy_on_delete as deleteContext } from "@solo-io/proxy-runtime/assembly/exports";

export { free, malloc } from "@solo-io/proxy-runtime/assembly/malloc";

import { malloc_bytes } from "@solo-io/proxy-runtime/assembly/malloc";
import { RootContext, registerRootContext, set_log_prefix } from "@solo-io/proxy-runtime/assembly/runtime";
import { LOG_PREFIX, ROOT_IDS } from "./names";
import { TrackingRoot } from "./root";

function createRoot(context_id: u32): RootContext {
  return new TrackingRoot(context_id);
}

// Every line the module logs, the SDK's own included, starts with the product's name.
set_log_prefix(LOG_PREFIX);
// A WasmPlugin without spec.pluginName gives the root id ""; with it, its value.
for (let i = 0; i < ROOT_IDS.length; i++) registerRootContext(createRoot, ROOT_IDS[i]);

/** At most this many streams, or this many bytes handed over by the host, between collections. */
const COLLECT_EVERY_STREAMS: u32 = 256;
const COLLECT_EVERY_BYTES: usize = 32 * 1024;
let streams: u32 = 0;

// The minimal runtime collects only when asked. A stream's end is a safe point (no managed
// object is held on the stack). A collection costs a few microseconds whatever the garbage,
// so it runs every few hundred streams, or sooner when large header values piled up.
export function proxy_on_delete(context_id: u32): void {
  deleteContext(context_id);
  if (++streams >= COLLECT_EVERY_STREAMS || malloc_bytes >= COLLECT_EVERY_BYTES) {
    __collect();
    streams = 0;
    // biome-ignore lint/suspicious/noImportAssign: AssemblyScript globals are assignable across modules; the SDK counts into this one.
    malloc_bytes = 0;
  }
}
