// One HTTP stream driven as an Envoy worker drives it: the callbacks for a request and its
// response in Envoy's order, with a trap turned into fail-open bypass or a fail-closed 503.

import { FilterHeadersStatus } from "./abi.ts";
import { type HeaderInput, HeaderMap } from "./header-map.ts";
import { failStream, type LocalResponse } from "./local-response.ts";
import type { HostState } from "./state.ts";
import { StreamState } from "./stream-state.ts";

export interface Failure {
  /** The callback that trapped, e.g. proxy_on_request_headers. */
  phase: string;
  message: string;
}

export interface RequestResult {
  /** The request headers as they go upstream. */
  requestHeaders: HeaderMap;
  /** The response headers as they go downstream (the local response's when there is one). */
  responseHeaders: HeaderMap;
  /** Set when the plugin or the fail-closed policy answered instead of the upstream. */
  localResponse?: LocalResponse;
  /** Set when this stream hit a trap, or the VM had already failed. */
  failure?: Failure;
}

/** What a stream needs of its VM. */
export interface StreamVm {
  readonly state: HostState;
  readonly failure: Failure | undefined;
  call(name: string, contextId: number, a?: number, b?: number): number | undefined;
}

export class Stream {
  readonly state: StreamState;
  localResponse: LocalResponse | undefined;
  failure: Failure | undefined;
  private created = false;
  /** Set when a trap happened under fail-open: the rest of the stream skips the plugin. */
  private bypass = false;

  constructor(
    private readonly vm: StreamVm,
    readonly id: number,
    rootId: number,
    private readonly failOpen: boolean,
  ) {
    this.state = new StreamState(id, rootId);
    if (vm.failure) this.vmFailed("request");
  }

  /**
   * The VM has failed. Failing open, the rest of the stream skips the plugin. Failing closed,
   * Envoy answers 503 while the response can still be replaced (request and response
   * callbacks; not after it went downstream, as in proxy_on_log).
   */
  private vmFailed(phase: StreamState["phase"] = "idle"): void {
    this.failure = this.vm.failure;
    if (this.failOpen) {
      this.bypass = true;
      return;
    }
    if (phase === "log" || this.localResponse) return;
    this.localResponse = failStream();
    if (phase === "response") this.state.responseHeaders = new HeaderMap([[":status", String(this.localResponse.status)]]);
  }

  /** Runs a callback in a phase; a trap turns into fail-open bypass or a fail-closed 503. */
  private run(phase: StreamState["phase"], name: string, a = 0, b = 0): number | undefined {
    if (this.bypass || this.vm.failure) return undefined;
    const hostState = this.vm.state;
    if (!this.created) {
      this.created = true;
      hostState.streams.set(this.id, this.state);
      this.vm.call("proxy_on_context_create", this.id, this.state.rootId);
    }
    this.state.phase = phase;
    const result = this.vm.call(name, this.id, a, b);
    this.state.phase = "idle";
    if (this.vm.failure) this.vmFailed(phase);
    else if (this.state.localResponse && !this.localResponse) this.localResponse = this.state.localResponse;
    return result;
  }

  requestHeaders(headers: HeaderInput | HeaderMap, endOfStream: boolean): number | undefined {
    this.state.requestHeaders = HeaderMap.from(headers);
    this.state.requestEnd = endOfStream;
    if (this.localResponse) return undefined;
    return (
      this.run("request", "proxy_on_request_headers", this.state.requestHeaders.size, endOfStream ? 1 : 0) ?? FilterHeadersStatus.Continue
    );
  }

  requestBody(chunk: Uint8Array, endOfStream: boolean): number | undefined {
    this.state.requestBody = Buffer.concat([this.state.requestBody, chunk]);
    this.state.requestEnd = endOfStream;
    if (this.localResponse) return undefined;
    return this.run("request", "proxy_on_request_body", this.state.requestBody.length, endOfStream ? 1 : 0);
  }

  responseHeaders(headers: HeaderInput | HeaderMap, endOfStream: boolean): number | undefined {
    // A local response replaces what the upstream would have said, and still passes the encoder callbacks.
    const local = this.localResponse;
    this.state.responseHeaders = local ? new HeaderMap([[":status", String(local.status)], ...local.headers]) : HeaderMap.from(headers);
    this.state.responseEnd = endOfStream;
    return this.run("response", "proxy_on_response_headers", this.state.responseHeaders.size, endOfStream ? 1 : 0);
  }

  responseBody(chunk: Uint8Array, endOfStream: boolean): number | undefined {
    this.state.responseBody = Buffer.concat([this.state.responseBody, chunk]);
    this.state.responseEnd = endOfStream;
    return this.run("response", "proxy_on_response_body", this.state.responseBody.length, endOfStream ? 1 : 0);
  }

  /** The end of the stream: proxy_on_log, proxy_on_done, proxy_on_delete (Envoy's order). */
  finish(): void {
    if (this.created && !this.bypass && !this.vm.failure) {
      this.run("log", "proxy_on_log");
      this.run("idle", "proxy_on_done");
      this.run("idle", "proxy_on_delete");
    }
    this.vm.state.streams.delete(this.id);
  }

  result(): RequestResult {
    return {
      requestHeaders: this.state.requestHeaders,
      responseHeaders: this.state.responseHeaders,
      localResponse: this.localResponse,
      failure: this.failure,
    };
  }
}
