// The upstream side of the local proxy: one undici pool to the one configured origin (the
// proxy's only route), requests written with their header bytes as they are, and failures
// turned into the replies Envoy's router gives.

import type { Readable } from "node:stream";
import { type Dispatcher, Pool } from "undici";
import type { Reply } from "./downstream.ts";

export interface UpstreamLimits {
  /** At most this many connections, so requests in flight (Envoy's default circuit breaker: 1024). */
  connections: number;
  /** Envoy's cluster default connect_timeout. */
  connectTimeoutMs: number;
  /** Envoy's upstream limit on response headers is its request limit: 60 KiB. */
  maxHeaderBytes: number;
  /** Longest wait between two chunks of the response body. */
  bodyIdleMs: number;
}

export interface UpstreamRequest {
  method: string;
  path: string;
  /** Flat name, value list of binary strings (latin1: one char per byte, written as such). */
  headers: string[];
  body: Readable | null;
}

/** How an exchange steers its upstream request once it has started. */
export interface UpstreamControl {
  abort(reason: Error): void;
  /** Reading resumes after data() returned false. */
  resume(): void;
}

/** What an exchange hears from the upstream; raw headers are Buffers, byte for byte. */
export interface UpstreamEvents {
  start(control: UpstreamControl): void;
  headers(status: number, rawHeaders: Buffer[]): void;
  /** False pauses reading until control.resume(). */
  data(chunk: Buffer): boolean;
  end(): void;
  error(err: Error): void;
}

/** Raised by the proxy itself when the upstream took longer than the response timeout. */
export class ResponseTimeout extends Error {}

/** Raised by the proxy itself for an answer that is not HTTP although its parser took it. */
export class UpstreamProtocolError extends Error {}

export class Upstream {
  private readonly pool: Pool;

  constructor(
    readonly origin: URL,
    limits: UpstreamLimits,
  ) {
    this.pool = new Pool(origin.origin, {
      connections: limits.connections,
      pipelining: 1,
      connect: { timeout: limits.connectTimeoutMs },
      maxHeaderSize: limits.maxHeaderBytes,
      // The exchange times the response itself, from the end of the request as Envoy's router does.
      headersTimeout: 0,
      bodyTimeout: limits.bodyIdleMs,
    });
  }

  /** Sends a request; everything that happens to it arrives through `events`, errors included. */
  send(request: UpstreamRequest, events: UpstreamEvents): void {
    const handler: Dispatcher.DispatchHandler = {
      onRequestStart: (c) => events.start({ abort: (reason) => c.abort(reason), resume: () => c.resume() }),
      onResponseStart: (c, status) => {
        // A status line of three digits below 100 (099) is no HTTP status: a protocol error.
        if (status < 100) return c.abort(new UpstreamProtocolError(`the upstream sent status ${String(status).padStart(3, "0")}`));
        // Interim 1xx (100 Continue, 102, 103) are read and dropped, as Envoy drops them when it
        // answers Expect itself (proxy_100_continue off); the final response follows.
        if (status < 200) return;
        events.headers(status, (c.rawHeaders as Buffer[] | null | undefined) ?? []);
      },
      onResponseData: (c, chunk) => {
        if (!events.data(chunk)) c.pause();
      },
      onResponseEnd: () => events.end(),
      onResponseError: (_c, err) => events.error(err),
    };
    try {
      this.pool.dispatch(
        {
          origin: this.origin.origin,
          method: request.method as Dispatcher.HttpMethod,
          path: request.path,
          headers: request.headers,
          body: request.body,
        },
        handler,
      );
    } catch (e) {
      // undici refuses some requests synchronously (a header it will not write, a bad path).
      events.error(e as Error);
    }
  }

  async close(): Promise<void> {
    await this.pool.destroy().catch(() => undefined);
  }
}

const RESET_BODY = "upstream connect error or disconnect/reset before headers. reset reason: ";

/** Envoy's router reply for a reset before the response started, e.g. "overflow" past the circuit breaker. */
export function resetReply(status: number, reason: string): Reply {
  return {
    status,
    details: `upstream_reset_before_response_started{${reason.replace(/ /g, "_")}}`,
    body: RESET_BODY + reason,
    close: false,
  };
}

const TIMEOUT: Reply = { status: 504, details: "upstream_response_timeout", body: "upstream request timeout", close: false };

/**
 * What the access log says of an upstream failure: the error's message, except the HTTP
 * client's own assertion text (an answer it could not follow), which says nothing to a reader.
 */
export function failureCause(err: Error): string {
  const code = (err as NodeJS.ErrnoException).code;
  return err.name === "AssertionError" || code === "ERR_ASSERTION" ? "an answer the HTTP client could not follow" : err.message;
}

/** Envoy's router reply for an upstream that failed before its response started. */
export function upstreamFailure(err: Error): Reply {
  if (err instanceof ResponseTimeout) return TIMEOUT;
  const code = (err as NodeJS.ErrnoException).code ?? "";
  if (code === "UND_ERR_BODY_TIMEOUT") return TIMEOUT;
  if (code === "UND_ERR_CONNECT_TIMEOUT") return resetReply(503, "connection timeout");
  if (["ECONNREFUSED", "EHOSTUNREACH", "ENETUNREACH", "EADDRNOTAVAIL"].includes(code)) return resetReply(503, "remote connection failure");
  if (
    err instanceof UpstreamProtocolError ||
    code.startsWith("HPE_") ||
    err.name === "HTTPParserError" ||
    failureCause(err) !== err.message ||
    ["UND_ERR_HEADERS_OVERFLOW", "UND_ERR_RES_CONTENT_LENGTH_MISMATCH"].includes(code)
  )
    return resetReply(502, "protocol error");
  if (["UND_ERR_SOCKET", "ECONNRESET", "EPIPE"].includes(code)) return resetReply(503, "connection termination");
  return resetReply(503, "local reset");
}
