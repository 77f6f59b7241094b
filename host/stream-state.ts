// One HTTP stream as the host holds it: Envoy's header maps and bodies for one request, and
// which of them the plugin may touch in the callback it is in.

import { BufferType, MapType, Status } from "./abi.ts";
import { HeaderMap } from "./header-map.ts";
import type { LocalResponse } from "./local-response.ts";

/**
 * Which callback a stream is in. Envoy hands the plugin the request maps only during the
 * request callbacks, the response maps only during the response callbacks, and read-only
 * copies of both during proxy_on_log.
 */
export type StreamPhase = "idle" | "request" | "response" | "log";

/** Bodies are replaced, never written in place, so streams can share this. */
const EMPTY = Buffer.alloc(0);

export class StreamState {
  phase: StreamPhase = "idle";
  requestHeaders = new HeaderMap();
  requestTrailers = new HeaderMap();
  responseHeaders = new HeaderMap();
  responseTrailers = new HeaderMap();
  requestBody: Buffer = EMPTY;
  responseBody: Buffer = EMPTY;
  requestEnd = false;
  responseEnd = false;
  localResponse: LocalResponse | undefined;
  /** The downstream peer's address, `ip:port` or `[ip]:port` (Envoy's source.address); undefined: the host has none. */
  source: string | undefined;
  /** Streams the plugin asked to continue or close, by ABI stream type. */
  continued: number[] = [];
  closed: number[] = [];

  constructor(
    readonly id: number,
    readonly rootId: number,
  ) {}

  /** The map the plugin may change now, or undefined (BadArgument) outside its callbacks. */
  writableMap(type: number): HeaderMap | undefined {
    switch (type) {
      case MapType.RequestHeaders:
        return this.phase === "request" ? this.requestHeaders : undefined;
      case MapType.RequestTrailers:
        return this.phase === "request" ? this.requestTrailers : undefined;
      case MapType.ResponseHeaders:
        return this.phase === "response" ? this.responseHeaders : undefined;
      case MapType.ResponseTrailers:
        return this.phase === "response" ? this.responseTrailers : undefined;
    }
    return undefined;
  }

  /** The map the plugin may read now: in proxy_on_log, Envoy's read-only access-log copies. */
  readableMap(type: number): HeaderMap | undefined {
    if (this.phase !== "log") return this.writableMap(type);
    if (type === MapType.RequestHeaders) return this.requestHeaders;
    if (type === MapType.ResponseHeaders) return this.responseHeaders;
    if (type === MapType.ResponseTrailers) return this.responseTrailers;
    return undefined;
  }

  body(type: number): Buffer | undefined {
    if (type === BufferType.HttpRequestBody) return this.requestBody;
    if (type === BufferType.HttpResponseBody) return this.responseBody;
    return undefined;
  }

  /** proxy_set_buffer_bytes on a body: replace a prefix (start 0) or append (start at the end). */
  setBody(type: number, start: number, length: number, data: Buffer): number {
    if (type !== BufferType.HttpRequestBody && type !== BufferType.HttpResponseBody) return Status.BadArgument;
    const current = type === BufferType.HttpRequestBody ? this.requestBody : this.responseBody;
    let next: Buffer;
    if (start === 0) next = Buffer.concat([data, current.subarray(Math.min(length >>> 0, current.length))]);
    else if (start >= current.length) next = Buffer.concat([current, data]);
    else return Status.BadArgument;
    if (type === BufferType.HttpRequestBody) this.requestBody = next;
    else this.responseBody = next;
    return Status.Ok;
  }
}
