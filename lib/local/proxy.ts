// A local HTTP/1.1 proxy that runs every request through a Proxy-Wasm plugin, as an Envoy
// worker would: one VM and root context, one HTTP context per request. It has one route: every
// request goes to the configured upstream, whatever its target or Host say. Header bytes pass
// through as bytes; bad requests get Envoy's answers; a client that goes away aborts its
// upstream request at once; nothing a request does ends the process.

import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { DEFAULT_HEADER, PROXY_OWNED_HEADERS } from "../../assembly/names.ts";
import { HeaderMap, type LocalResponse, type PluginVm, type Stream, sourceAddress } from "../../host/index.ts";
import { type Admitted, admit, MAX_HEADER_BYTES, type Reply, refuse } from "./downstream.ts";
import { printable } from "./printable.ts";
import { failureCause, ResponseTimeout, resetReply, Upstream, type UpstreamControl, upstreamFailure } from "./upstream.ts";

export interface ProxyOptions {
  vm: PluginVm;
  /** Where every request goes, e.g. http://127.0.0.1:9000. */
  upstream: URL;
  port?: number;
  host?: string;
  /** The header whose value the access log shows. */
  trackingHeader?: string;
  /** Longest wait for the upstream's response once the request is complete (504 after). */
  upstreamTimeoutMs?: number;
  /** Requests in flight to the upstream at most; one more gets 503 (Envoy's circuit breaker). */
  maxRequests?: number;
  log?: (line: string) => void;
}

/** The limits, chosen after Envoy's defaults (and Istio's where they differ); docs/host.md lists them. */
export const PROXY_LIMITS = {
  /** Envoy's route timeout default (Istio sets none). */
  upstreamTimeoutMs: 15_000,
  /** Envoy's default circuit breaker: max_requests and max_connections 1024. */
  maxRequests: 1024,
  /** Envoy's cluster connect_timeout default. */
  connectTimeoutMs: 5_000,
  /** A client has this long to send its request headers (Istio's EDGE profile: 60 s). */
  headersTimeoutMs: 60_000,
  /** ... and this long for the whole request (Istio's EDGE profile: 5 min). */
  requestTimeoutMs: 300_000,
  /** Longest pause inside an upstream response body. */
  bodyIdleMs: 60_000,
} as const;

/** Never forwarded as a plugin left them: the shared list (host comes from :authority). */
const OWNED = new Set(PROXY_OWNED_HEADERS);
/** What Envoy removes from an upstream response (mutateResponseHeaders). */
const RESPONSE_DROPPED = new Set(["connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade"]);
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/** What an HTTP/1.1 field value may hold on the wire (undici and Node check the same). */
const FIELD_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

const REASONS = http.STATUS_CODES;

/** Connections answered with "connection: close" whose remaining bytes are ignored. */
const closing = new WeakSet<Duplex>();

/** A reply written straight to a socket, for requests Node's parser could not read. */
function rawReply(reply: Reply): string {
  const body = reply.body ? `${reply.body}\n` : "";
  const type = body ? "content-type: text/plain\r\n" : "";
  return `HTTP/1.1 ${reply.status} ${REASONS[reply.status] ?? ""}\r\ncontent-length: ${Buffer.byteLength(body)}\r\n${type}connection: close\r\n\r\n${body}`;
}

/**
 * Where, in the bytes the parser failed on, the failing request starts: complete requests before
 * it (pipelined in the same packet: head, then a Content-Length or chunked body) are skipped.
 */
function failedRequestStart(raw: Buffer, errorAt: number): number {
  let start = 0;
  for (;;) {
    while (raw[start] === 0x0d || raw[start] === 0x0a) start++; // empty lines before a request line
    const headEnd = raw.indexOf("\r\n\r\n", start);
    if (headEnd < 0 || headEnd + 4 > errorAt) return start; // the error is in this head
    const head = raw.subarray(start, headEnd).toString("latin1");
    let next = headEnd + 4;
    const length = /\r\ncontent-length:[ \t]*(\d+)[ \t]*(?:\r|$)/i.exec(head);
    if (length) next += Number(length[1]);
    else if (/\r\ntransfer-encoding:[^\r]*\bchunked\b/i.test(head)) {
      for (;;) {
        const eol = raw.indexOf("\r\n", next);
        const size = eol < 0 ? Number.NaN : Number.parseInt(raw.subarray(next, eol).toString("latin1"), 16);
        if (!Number.isInteger(size)) return start; // the error is in this body
        next = size === 0 ? eol + 4 : eol + 2 + size + 2;
        if (size === 0) break;
      }
    }
    if (next > errorAt) return start;
    start = next;
  }
}

/** The request line of what a client sent (of the request that failed, when the parser says where), for the access log. */
function firstLine(raw: Buffer | undefined, errorAt?: number): string {
  if (!raw || raw.length === 0) return "-";
  const start = errorAt === undefined ? 0 : failedRequestStart(raw, Math.min(errorAt, raw.length));
  const text = raw.subarray(start, start + 200).toString("latin1");
  return printable(text.split(/\r?\n/)[0]) || "-";
}

export class LocalProxy {
  readonly server: http.Server;
  private readonly upstream: Upstream;
  private readonly header: string;
  inFlight = 0;

  constructor(readonly options: ProxyOptions) {
    this.header = (options.trackingHeader ?? DEFAULT_HEADER).toLowerCase();
    this.upstream = new Upstream(options.upstream, {
      connections: options.maxRequests ?? PROXY_LIMITS.maxRequests,
      connectTimeoutMs: PROXY_LIMITS.connectTimeoutMs,
      maxHeaderBytes: MAX_HEADER_BYTES,
      bodyIdleMs: PROXY_LIMITS.bodyIdleMs,
    });
    this.server = http.createServer(
      {
        keepAlive: true,
        // The proxy answers these itself, as Envoy does: a missing Host, oversized headers.
        requireHostHeader: false,
        maxHeaderSize: MAX_HEADER_BYTES,
        headersTimeout: PROXY_LIMITS.headersTimeoutMs,
        requestTimeout: PROXY_LIMITS.requestTimeoutMs,
      },
      (req, res) => this.handle(req, res),
    );
    this.server.maxHeadersCount = 0; // counted by admit(), which answers 431 past Envoy's 100
    this.server.on("clientError", (err, socket) => this.clientError(err, socket));
    // Envoy forwards other expectations; Node would answer 417. The proxy drops them (Expect is proxy-owned).
    this.server.on("checkExpectation", (req, res) => this.handle(req, res));
    // No CONNECT route: Envoy's router answers 404 and the connection closes.
    this.server.on("connect", (req: http.IncomingMessage, socket: Duplex) => {
      socket.on("error", () => socket.destroy());
      socket.end(rawReply({ status: 404, details: "route_not_found", body: "", close: true }));
      this.log(
        `${req.socket.remoteAddress ?? "-"} "${printable(`${req.method} ${req.url}`)} HTTP/${req.httpVersion}" 404 ${this.header}=- 0.0ms local_reply=route_not_found`,
      );
    });
  }

  async listen(): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(this.options.port ?? 0, this.options.host ?? "127.0.0.1", () => {
        this.server.off("error", reject);
        resolve();
      });
    });
    return (this.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    await this.upstream.close();
  }

  log(line: string): void {
    this.options.log?.(line);
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const exchange = new Exchange(req, res, this, this.header);
    this.track(req.socket, exchange);
    try {
      exchange.run(this.upstream);
    } catch (e) {
      // A bug here must cost one request, not the process.
      exchange.fail(e as Error);
    }
  }

  /**
   * Each connection's exchanges whose responses are not yet closed, in request order
   * (pipelined requests queue), for a parse error that comes while one is in flight.
   */
  private readonly unfinished = new WeakMap<Duplex, Exchange[]>();

  private track(socket: Duplex, exchange: Exchange): void {
    const queue = this.unfinished.get(socket) ?? [];
    this.unfinished.set(socket, queue);
    queue.push(exchange);
    exchange.res.once("close", () => queue.splice(queue.indexOf(exchange), 1));
  }

  /** Requests Node's parser refused: Envoy's codec answer, written to the socket, then closed. */
  private clientError(err: NodeJS.ErrnoException & { rawPacket?: Buffer; bytesParsed?: number }, socket: Duplex): void {
    const code = err.code ?? "";
    socket.on("error", () => socket.destroy());
    if (closing.has(socket)) return; // answered already; Node closes it after that answer
    if (code === "ECONNRESET" || !socket.writable) {
      socket.destroy();
      return;
    }
    const reply = codecReply(code, (err as { reason?: string }).reason ?? "");
    const remote = (socket as Duplex & { remoteAddress?: string }).remoteAddress ?? "-";
    const answer = () => {
      if (!socket.writable) {
        socket.destroy();
        return;
      }
      socket.end(rawReply(reply));
      this.log(
        `${remote} "${firstLine(err.rawPacket, err.bytesParsed)}" ${reply.status} ${this.header}=- 0.0ms local_reply=${reply.details}{${code || "-"}}`,
      );
    };
    // The exchange whose response is being written on this connection, if any: the first one not finished.
    const exchange = this.unfinished.get(socket)?.find((e) => !e.res.writableFinished);
    if (!exchange) {
      answer();
      return;
    }
    const inFlight = exchange.res;
    if (inFlight.headersSent) {
      // Mid-response: no room for a reply; the connection goes, as Envoy resets it.
      socket.destroy();
      return;
    }
    // Bytes after a complete request (pipelined): Envoy answers that request first, then this.
    if (inFlight.req.complete) {
      inFlight.once("finish", answer);
      return;
    }
    // The client ended its side in the middle of the body: it went away; its exchange logs that.
    if (code === "HPE_INVALID_EOF_STATE") {
      socket.destroy();
      return;
    }
    // The request in flight broke off in its body (a bad chunk size): it is the one refused, so
    // its own exchange logs it, once, with its tracking value, and aborts its upstream request.
    socket.end(rawReply(reply));
    exchange.refusedMidBody(reply, code);
  }
}

/** A request in flight: its stream in the plugin, the client's request and response, its upstream request. */
class Exchange {
  private readonly started = process.hrtime.bigint();
  /** Read now: once the client is gone its socket has no address. */
  private readonly client: string;
  private stream: Stream | undefined;
  private tracking = "-";
  private status = 0;
  private finished = false;
  private forwarding = false;
  private control: UpstreamControl | undefined;
  private clientGone = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly req: http.IncomingMessage,
    readonly res: http.ServerResponse,
    private readonly proxy: LocalProxy,
    private readonly header: string,
  ) {
    this.client = req.socket.remoteAddress ?? "-";
    req.on("error", () => undefined); // a client reset reaches us through res "close"
    res.on("close", () => this.closed());
  }

  run(upstream: Upstream): void {
    const { req } = this;
    const admitted = admit({ method: req.method ?? "", url: req.url ?? "", httpVersion: req.httpVersion, rawHeaders: req.rawHeaders });
    if ("status" in admitted) {
      this.reply(admitted);
      return;
    }
    const map = new HeaderMap();
    for (const [name, value] of admitted.pairs) map.addBinary(name, value);
    // The plugin sees the client's address as Envoy's source.address (trusted_sources needs it).
    const { remoteAddress, remotePort } = req.socket;
    const source = remoteAddress !== undefined && remotePort !== undefined ? sourceAddress(remoteAddress, remotePort) : undefined;
    const stream = this.proxy.options.vm.stream({ source });
    this.stream = stream;
    const noBody = admitted.framing === "none" || admitted.contentLength === "0";
    stream.requestHeaders(map, noBody);
    const value = stream.state.requestHeaders.getBinary(this.header);
    if (value !== undefined) this.tracking = printable(value);
    if (stream.localResponse) {
      this.answerLocally(stream.localResponse);
      return;
    }
    if (this.proxy.inFlight >= (this.proxy.options.maxRequests ?? PROXY_LIMITS.maxRequests)) {
      this.reply(resetReply(503, "overflow"));
      return;
    }
    this.forward(upstream, admitted, noBody);
  }

  /** Something in the proxy itself went wrong: this request gets a 502, the process goes on. */
  fail(err: Error): void {
    if (this.finished) return;
    if (this.res.headersSent) {
      this.res.destroy();
      this.done(` proxy_error=${JSON.stringify(err.message)}`);
      return;
    }
    this.reply({ status: 502, details: "local_proxy_error", body: "local proxy error", close: true }, JSON.stringify(err.message));
  }

  /**
   * The parser refused the rest of this request (its body broke off): the client has had the
   * codec's reply on the socket already; this request's one log line says so, and its upstream
   * request is aborted.
   */
  refusedMidBody(reply: Reply, code: string): void {
    if (this.finished) return;
    this.status = reply.status;
    this.done(` local_reply=${reply.details}{${code || "-"}}`);
    this.control?.abort(new Error("downstream protocol error"));
  }

  /** The plugin (or the fail-closed policy) answered: that reply goes downstream. */
  private answerLocally(local: LocalResponse): void {
    this.respond(local.status, [[":status", String(local.status)], ...local.headers], local.body, ` local_reply=${local.details}`);
  }

  private forward(upstream: Upstream, admitted: Admitted, noBody: boolean): void {
    const head = upstreamHead((this.stream as Stream).state.requestHeaders);
    if ("status" in head) {
      this.reply(head);
      return;
    }
    const { method, path, headers } = head;
    if (admitted.framing === "length") headers.push("content-length", admitted.contentLength ?? "0");
    this.forwarding = true;
    this.proxy.inFlight++;
    if (noBody) {
      this.req.resume();
      this.startTimer();
    } else {
      this.req.once("end", () => this.startTimer());
    }
    upstream.send(
      { method, path, headers, body: noBody ? null : this.req },
      {
        start: (control) => {
          this.control = control;
          if (this.clientGone) control.abort(new Error("downstream disconnect"));
        },
        headers: (status, raw) => this.relayHead(status, raw),
        data: (chunk) => this.relayData(chunk),
        end: () => {
          if (this.finished) return;
          this.res.end();
          this.done();
        },
        error: (err) => this.upstreamFailed(err),
      },
    );
  }

  private startTimer(): void {
    if (this.finished || this.res.headersSent) return;
    const ms = this.proxy.options.upstreamTimeoutMs ?? PROXY_LIMITS.upstreamTimeoutMs;
    this.timer = setTimeout(() => this.control?.abort(new ResponseTimeout("upstream timeout")), ms);
    this.timer.unref();
  }

  private relayHead(status: number, raw: Buffer[]): void {
    clearTimeout(this.timer);
    if (this.finished) return;
    const map = new HeaderMap([[":status", String(status)]]);
    for (let i = 0; i + 1 < raw.length; i += 2) {
      const name = raw[i].toString("latin1").toLowerCase();
      if (!RESPONSE_DROPPED.has(name)) map.addBinary(name, raw[i + 1].toString("latin1"));
    }
    this.writeHead(map, false, status);
    if (this.finished) return;
    const local = this.stream?.localResponse;
    if (local) {
      // The plugin failed closed while the response was still replaceable: 503, upstream body dropped.
      this.control?.abort(new Error("local reply"));
      this.res.end(local.body);
      this.done(` local_reply=${local.details}`);
    }
  }

  private relayData(chunk: Buffer): boolean {
    if (this.finished) return true;
    if (this.res.write(chunk)) return true;
    this.res.once("drain", () => this.control?.resume());
    return false;
  }

  private upstreamFailed(err: Error): void {
    clearTimeout(this.timer);
    if (this.finished) return;
    if (this.res.headersSent) {
      // Too late for a reply: the client sees its connection reset, as from Envoy.
      this.res.destroy();
      this.done(" upstream_reset_after_response_started");
      return;
    }
    this.reply(upstreamFailure(err), JSON.stringify(failureCause(err)));
  }

  /** The client went away (or its connection broke) before its response was complete. */
  private closed(): void {
    if (this.finished || this.res.writableFinished) return;
    this.clientGone = true;
    this.done(" downstream_remote_disconnect");
    this.control?.abort(new Error("downstream disconnect"));
  }

  /** A reply of the proxy's own, through the plugin's response callbacks when it has a stream. */
  private reply(reply: Reply, cause?: string): void {
    const body = reply.body ? Buffer.from(`${reply.body}\n`) : Buffer.alloc(0);
    const headers: [string, string][] = [
      [":status", String(reply.status)],
      ["content-length", String(body.length)],
    ];
    if (body.length > 0) headers.push(["content-type", "text/plain"]);
    if (reply.close || !this.req.complete) {
      headers.push(["connection", "close"]);
      // The rest of what this client sends is not read: no second answer for it.
      closing.add(this.req.socket);
    }
    this.respond(reply.status, headers, body, ` local_reply=${reply.details}${cause ? ` cause=${cause}` : ""}`);
  }

  /**
   * Runs the response headers through the plugin (when it has a stream) and writes what it
   * left, bytes as they are. A header Node cannot write becomes a 502.
   */
  private writeHead(headers: HeaderMap, endOfStream: boolean, fallback: number): void {
    let map = headers;
    if (this.stream) {
      this.stream.responseHeaders(headers, endOfStream);
      map = this.stream.state.responseHeaders;
    }
    const flat: string[] = [];
    let code = fallback;
    for (const [nameBytes, valueBytes] of map.rawPairs()) {
      const name = nameBytes.toString("latin1");
      if (name === ":status") code = Number(valueBytes.toString("latin1")) || fallback;
      else if (!name.startsWith(":")) flat.push(name, valueBytes.toString("latin1"));
    }
    if (code < 200 || code > 999) code = fallback;
    this.status = code;
    try {
      this.res.writeHead(code, flat);
    } catch (e) {
      this.status = 502;
      this.res.writeHead(502, ["content-type", "text/plain", "connection", "close"]);
      this.res.end("invalid response header\n");
      this.control?.abort(new Error("invalid response header"));
      this.done(` local_reply=invalid_response_header cause=${JSON.stringify((e as Error).message)}`);
    }
  }

  private respond(status: number, headers: [string, string][], body: Buffer, note: string): void {
    const map = new HeaderMap();
    for (const [name, value] of headers) map.addBinary(name, value);
    this.writeHead(map, body.length === 0, status);
    if (this.finished) return;
    this.res.end(body);
    this.done(note);
  }

  /** The stream's end in the plugin, and the access log line; once per request. */
  private done(note = ""): void {
    if (this.finished) return;
    this.finished = true;
    clearTimeout(this.timer);
    if (this.forwarding) this.proxy.inFlight--;
    this.stream?.finish();
    const { req } = this;
    const ms = Number(process.hrtime.bigint() - this.started) / 1e6;
    const status = this.clientGone && !this.res.headersSent ? 0 : this.status;
    this.proxy.log(
      `${this.client} "${printable(`${req.method} ${req.url}`)} HTTP/${req.httpVersion}" ${status} ${this.header}=${this.tracking} ${ms.toFixed(1)}ms${note}`,
    );
  }
}

/** Envoy's answer to a request its HTTP/1 codec refuses, by Node's parser error code and reason. */
function codecReply(code: string, reason: string): Reply {
  if (code === "HPE_HEADER_OVERFLOW") return refuse(431, "http1.headers_too_large");
  if (code === "ERR_HTTP_REQUEST_TIMEOUT") return { status: 408, details: "request_header_timeout", body: "request timeout", close: true };
  if (/content-length/i.test(reason)) return refuse(400, "http1.content_length_and_chunked_not_allowed");
  if (code === "HPE_INVALID_TRANSFER_ENCODING") return refuse(501, "http1.invalid_transfer_encoding");
  return refuse(400, "http1.codec_error");
}

/**
 * The upstream request's method, path and headers from the map the plugin left, or Envoy's
 * 503 when its upstream codec would refuse what the filters left.
 */
function upstreamHead(map: HeaderMap): { method: string; path: string; headers: string[] } | Reply {
  const headers: string[] = [];
  let method = "";
  let path: string | undefined;
  for (const [nameBytes, valueBytes] of map.rawPairs()) {
    const name = nameBytes.toString("latin1");
    const value = valueBytes.toString("latin1");
    if (name === ":method") method = value;
    else if (name === ":path") path = value;
    else if (name === ":authority") headers.push("host", value);
    if (name.startsWith(":") || OWNED.has(name)) continue;
    if (!TOKEN.test(name)) return invalidRequestHeader(`invalid header name: ${printable(name)}`);
    headers.push(name, value);
  }
  for (let i = 0; i < headers.length; i += 2) {
    if (!FIELD_VALUE.test(headers[i + 1])) return invalidRequestHeader(`invalid header value for: ${headers[i]}`);
  }
  if (path === undefined || !path.startsWith("/")) return invalidRequestHeader("missing required header: :path");
  return { method, path, headers };
}

/** Envoy's upstream codec refusing what a filter left in the request (upstream_codec_filter). */
function invalidRequestHeader(message: string): Reply {
  return { status: 503, details: `filter_removed_required_request_headers{${message.replace(/ /g, "_")}}`, body: message, close: false };
}
