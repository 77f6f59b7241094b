// A local HTTP/1.1 proxy that runs every request through a Proxy-Wasm plugin, as an Envoy
// worker would: one VM and root context, one HTTP context per request.

import http from "node:http";
import type { AddressInfo } from "node:net";
import { DEFAULT_HEADER } from "../../assembly/names.ts";
import type { HeaderInput, LocalResponse, PluginVm, Stream } from "../../host/index.ts";

export interface ProxyOptions {
  vm: PluginVm;
  /** Where requests go, e.g. http://127.0.0.1:9000. */
  upstream: URL;
  port?: number;
  host?: string;
  /** The header whose value the access log shows. */
  trackingHeader?: string;
  upstreamTimeoutMs?: number;
  log?: (line: string) => void;
}

/** Hop-by-hop headers a proxy does not forward (RFC 9110 section 7.6.1). */
const HOP_BY_HOP = new Set(["connection", "keep-alive", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade"]);

/** Node's raw header list (name, value, name, value...) as lowercase pairs. */
export function rawPairs(rawHeaders: string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) pairs.push([rawHeaders[i].toLowerCase(), rawHeaders[i + 1]]);
  return pairs;
}

/** A request as Envoy's codec hands it over: pseudo-headers, Host as :authority, no hop-by-hop headers. */
function requestPairs(method: string, path: string, rawHeaders: string[]): [string, string][] {
  const pairs: [string, string][] = [
    [":method", method],
    [":path", path],
    [":scheme", "http"],
  ];
  for (const [name, value] of rawPairs(rawHeaders)) {
    if (!HOP_BY_HOP.has(name)) pairs.push([name === "host" ? ":authority" : name, value]);
  }
  return pairs;
}

function toNodeHeaders(pairs: [string, string][]): http.OutgoingHttpHeaders {
  const out: Record<string, string[]> = {};
  for (const [name, value] of pairs) {
    if (name.startsWith(":") || HOP_BY_HOP.has(name)) continue;
    const values = out[name] ?? [];
    values.push(value);
    out[name] = values;
  }
  return out;
}

export class LocalProxy {
  readonly server: http.Server;
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

  constructor(private readonly options: ProxyOptions) {
    this.server = http.createServer({ keepAlive: true }, (req, res) => this.handle(req, res));
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
    this.agent.destroy();
  }

  /** One request: through the plugin's request callbacks, then answered locally or forwarded. */
  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const exchange = new Exchange(req, res, this.options, this.options.vm.stream());
    const local = exchange.stream.localResponse;
    if (local) exchange.answerLocally(local);
    else exchange.forward(this.agent);
  }
}

/** A request in flight: its stream in the plugin, the client's request and response. */
class Exchange {
  private readonly started = process.hrtime.bigint();
  private readonly header: string;
  private readonly tracking: string;

  constructor(
    private readonly req: http.IncomingMessage,
    private readonly res: http.ServerResponse,
    private readonly options: ProxyOptions,
    readonly stream: Stream,
  ) {
    this.header = options.trackingHeader ?? DEFAULT_HEADER;
    const hasBody = Number(req.headers["content-length"] ?? 0) > 0 || req.headers["transfer-encoding"] !== undefined;
    stream.requestHeaders(requestPairs(req.method ?? "GET", req.url ?? "/", req.rawHeaders), !hasBody);
    this.tracking = stream.state.requestHeaders.values(this.header).join(",") || "-";
  }

  /** The plugin (or the fail-closed policy) answered: that reply goes downstream. */
  answerLocally(local: LocalResponse): void {
    this.req.resume();
    this.respond(local.status, [[":status", String(local.status)], ...local.headers], local.body, ` local_reply=${local.details}`);
  }

  /** Sends the request, as the plugin left it, to the upstream and relays the answer. */
  forward(agent: http.Agent): void {
    const { req, options } = this;
    const forwarded = http.request(new URL(req.url ?? "/", options.upstream), {
      method: req.method,
      headers: toNodeHeaders(this.stream.state.requestHeaders.pairs()),
      agent,
      setHost: false,
    });
    forwarded.setHeader("host", req.headers.host ?? options.upstream.host);
    forwarded.setTimeout(options.upstreamTimeoutMs ?? 30_000, () => forwarded.destroy(new Error("upstream timeout")));
    forwarded.on("response", (upstreamRes) => this.relay(upstreamRes));
    forwarded.on("error", (err) => this.upstreamFailed(err));
    req.pipe(forwarded);
  }

  private relay(upstreamRes: http.IncomingMessage): void {
    const upstreamStatus = upstreamRes.statusCode ?? 502;
    const status = this.writeHead([[":status", String(upstreamStatus)], ...rawPairs(upstreamRes.rawHeaders)], false, upstreamStatus);
    const local = this.stream.localResponse;
    if (local) {
      // The plugin failed closed while the response was still replaceable: 503, upstream body dropped.
      upstreamRes.resume();
      this.res.end(local.body);
      this.done(status, ` local_reply=${local.details}`);
      return;
    }
    upstreamRes.pipe(this.res);
    upstreamRes.on("end", () => this.done(status));
    upstreamRes.on("error", () => this.res.destroy());
  }

  private upstreamFailed(err: Error): void {
    if (this.res.headersSent) {
      this.res.destroy();
      this.done(502, " upstream_reset");
      return;
    }
    const timeout = err.message === "upstream timeout";
    const status = timeout ? 504 : 502;
    this.respond(
      status,
      [
        [":status", String(status)],
        ["content-type", "text/plain"],
      ],
      Buffer.from(timeout ? "upstream timeout\n" : "upstream unavailable\n"),
      ` upstream_error=${JSON.stringify(err.message)}`,
    );
  }

  /** Runs the response headers through the plugin and writes what it left; returns the status sent. */
  private writeHead(headers: HeaderInput, endOfStream: boolean, fallback: number): number {
    const stream = this.stream;
    stream.responseHeaders(headers, endOfStream);
    const code = Number(stream.state.responseHeaders.get(":status")?.toString() ?? fallback);
    this.res.writeHead(code, toNodeHeaders(stream.state.responseHeaders.pairs()));
    return code;
  }

  private respond(status: number, headers: HeaderInput, body: Buffer | undefined, note = ""): void {
    const code = this.writeHead(headers, body === undefined || body.length === 0, status);
    this.res.end(body);
    this.done(code, note);
  }

  /** The stream's end in the plugin, and the access log line. */
  private done(status: number, note = ""): void {
    this.stream.finish();
    const { req } = this;
    const ms = Number(process.hrtime.bigint() - this.started) / 1e6;
    this.options.log?.(
      `${req.socket.remoteAddress} "${req.method} ${req.url} HTTP/${req.httpVersion}" ${status} ${this.header}=${this.tracking} ${ms.toFixed(1)}ms${note}`,
    );
  }
}
