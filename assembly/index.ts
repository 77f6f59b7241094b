// Entry point: the Proxy-Wasm callbacks this plugin uses, and the allocator. Envoy skips
// callbacks a module does not export (bodies, trailers, on_done, on_log, HTTP calls, gRPC,
// queues): each one left out is a call per request saved. The SDK provides the ABI's
// bindings and host-call wrappers; the callbacks dispatch to the plugin's own contexts.

export { proxy_abi_version_0_2_1 } from "@solo-io/proxy-runtime/assembly/exports";
export { free, malloc } from "./allocator";

import { malloc_bytes } from "@solo-io/proxy-runtime/assembly/malloc";
import { set_log_prefix } from "@solo-io/proxy-runtime/assembly/runtime";
import { createRoot, createStream, defaultRoot, deleteContext, recordOf, rootById } from "./contexts";
import { LOG_PREFIX } from "./names";
import { onRequestHeaders, onResponseHeaders } from "./request";

// Every line the module logs, the SDK's own included, starts with the product's name.
set_log_prefix(LOG_PREFIX);

const CONTINUE: u32 = 0;

export function proxy_on_context_create(context_id: u32, root_context_id: u32): void {
  if (root_context_id == 0) createRoot(context_id);
  else createStream(context_id, root_context_id);
}

export function proxy_on_vm_start(root_context_id: u32, _vm_configuration_size: u32): u32 {
  const root = rootById(root_context_id);
  return root !== null && root.known ? 1 : 0;
}

export function proxy_on_configure(root_context_id: u32, configuration_size: u32): u32 {
  const root = rootById(root_context_id);
  return root !== null && root.configure(configuration_size) ? 1 : 0;
}

export function proxy_on_tick(root_context_id: u32): void {
  const root = rootById(root_context_id);
  if (root !== null) root.tick();
}

export function proxy_on_request_headers(context_id: u32, _headers: u32, _end_of_stream: u32): u32 {
  const record = recordOf(context_id);
  const root = record !== null ? record.root : defaultRoot();
  if (root !== null) onRequestHeaders(root, record);
  return CONTINUE;
}

export function proxy_on_response_headers(context_id: u32, _headers: u32, _end_of_stream: u32): u32 {
  const record = recordOf(context_id);
  if (record !== null) onResponseHeaders(record);
  return CONTINUE;
}

/** Collect when the host has handed over this many bytes, or at the latest after this many streams. */
const COLLECT_EVERY_BYTES: usize = 32 * 1024;
const COLLECT_EVERY_STREAMS: u32 = 4096;
let streams: u32 = 0;

// The minimal runtime collects only when asked. A stream's end is a safe point (no managed
// object is held on the stack); a request that allocated nothing leaves nothing to collect,
// so collections are rare and land on few requests.
export function proxy_on_delete(context_id: u32): void {
  if (!deleteContext(context_id)) return;
  if (++streams >= COLLECT_EVERY_STREAMS || malloc_bytes >= COLLECT_EVERY_BYTES) {
    __collect();
    streams = 0;
    // biome-ignore lint/suspicious/noImportAssign: AssemblyScript globals are assignable across modules; the SDK counts into this one.
    malloc_bytes = 0;
  }
}
