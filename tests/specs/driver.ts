// Drives the plugin's exported callbacks in Envoy's order in the spec host, for specs.

import {
  add_header_map_value,
  HeaderMapTypeValues,
  Headers,
  stream_context,
  WasmResultValues,
} from "@solo-io/proxy-runtime/assembly/runtime";
import { deleteContext } from "../../assembly/contexts";
import {
  proxy_on_configure,
  proxy_on_context_create,
  proxy_on_request_headers,
  proxy_on_response_headers,
  proxy_on_tick,
  proxy_on_vm_start,
} from "../../assembly/index";
import { discardPool } from "../../assembly/random";
import { v7 } from "../../assembly/request";
import { FAILING_READ } from "../behaviour/sequences";
import * as host from "./host-control";

let nextContextId: u32 = 1;
/** Root contexts started since the last fresh start. */
const started: u32[] = [];

function addHeaders(map: HeaderMapTypeValues, pairs: string[]): void {
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    add_header_map_value(map, String.UTF8.encode(pairs[i]), String.UTF8.encode(pairs[i + 1]));
  }
}

function flatten(headers: Headers): string[] {
  const out: string[] = [];
  for (let i = 0; i < headers.length; i++) {
    out.push(String.UTF8.decode(headers[i].key));
    out.push(String.UTF8.decode(headers[i].value));
  }
  return out;
}

/**
 * Starts a root context with a root id and configuration in a fresh host, and with the
 * VM's UUIDv7 sequence and randomness pool back at their start, as in a fresh VM; returns
 * its id, or 0 if refused.
 */
export function startRoot(rootId: string, config: string): u32 {
  // Root contexts of earlier specs go, as a fresh VM has none.
  for (let i = 0; i < started.length; i++) deleteContext(started[i]);
  started.length = 0;
  host.reset();
  v7.ms = 0;
  v7.counter = 0;
  discardPool();
  return startAnotherRoot(rootId, config);
}

/** Starts one more root context in the same VM, as a configuration update does. */
export function startAnotherRoot(rootId: string, config: string): u32 {
  host.setRootId(rootId);
  const size = host.setConfig(config);
  const root = nextContextId++;
  started.push(root);
  host.enter(root, 0, host.PHASE_IDLE);
  proxy_on_context_create(root, 0);
  if (proxy_on_vm_start(root, 0) == 0) return 0;
  host.setConfiguring(true);
  const configured = proxy_on_configure(root, size);
  host.setConfiguring(false);
  return configured != 0 ? root : 0;
}

/** Header pairs (name, value, ...) as they left the plugin. */
export class Exchange {
  request: string[] = [];
  response: string[] = [];
}

/**
 * Runs one request and its response through a stream of `root`, from peer `source` ("" for
 * none); `failRead` fails the plugin's header read once.
 */
export function exchange(root: u32, request: string[], response: string[], failRead: bool = false, source: string = ""): Exchange {
  const out = new Exchange();
  const stream = nextContextId++;
  host.enter(stream, root, host.PHASE_REQUEST);
  if (source.length > 0) host.setSource(source);
  addHeaders(HeaderMapTypeValues.RequestHeaders, request);
  if (failRead) host.fail(FAILING_READ, WasmResultValues.InternalFailure, 1);
  proxy_on_context_create(stream, root);
  proxy_on_request_headers(stream, request.length / 2, 1);
  out.request = flatten(stream_context.headers.request.get_headers());

  host.enter(stream, root, host.PHASE_RESPONSE);
  addHeaders(HeaderMapTypeValues.ResponseHeaders, [":status", "200"]);
  addHeaders(HeaderMapTypeValues.ResponseHeaders, response);
  proxy_on_response_headers(stream, 1 + response.length / 2, 1);
  out.response = flatten(stream_context.headers.response.get_headers());

  // The plugin exports neither proxy_on_log nor proxy_on_done, so Envoy calls neither. Its
  // proxy_on_delete also collects garbage, which a spec (wasm on the stack) must not trigger.
  host.enter(stream, root, host.PHASE_IDLE);
  deleteContext(stream);
  return out;
}

export function tick(root: u32): void {
  host.enter(root, 0, host.PHASE_IDLE);
  proxy_on_tick(root);
}

export function stopRoot(root: u32): void {
  host.enter(root, 0, host.PHASE_IDLE);
  deleteContext(root);
}
