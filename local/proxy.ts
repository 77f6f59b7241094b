// A local HTTP/1.1 proxy that runs every request through a Proxy-Wasm plugin, as an Envoy
// worker would (one VM and root context, one HTTP context per request), and an echo
// upstream that answers with what it received.

import http from "node:http";
import type { AddressInfo } from "node:net";
import { PluginVm, type HeaderInput } from "../host/index.js";

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
function rawPairs(rawHeaders: string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) pairs.push([rawHeaders[i].toLowerCase(), rawHeaders[i + 1]]);
  return pairs;
}

/** A request as Envoy's codec hands it over: pseudo-headers, Host as :authority, no hop-by-hop headers. */
function requestPairs(method: string, path: string, rawHeaders: string[]): [string, string][] {
  const pairs: [string, string][] = [[":method", method], [":path", path], [":scheme", "http"]];
  for (const [name, value] of rawPairs(rawHeaders)) {
    if (!HOP_BY_HOP.has(name)) pairs.push([name === "host" ? ":authority" : name, value]);
  }
  return pairs;
}

function toNodeHeaders(pairs: [string, string][]): http.OutgoingHttpHeaders {
  const out: Record<string, string[]> = {};
  for (const [name, value] of pairs) {
    if (name.startsWith(":") || HOP_BY_HOP.has(name)) continue;
    (out[name] ??= []).push(value);
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

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const started = process.hrtime.bigint();
    const { vm, upstream } = this.options;
    const header = this.options.trackingHeader ?? "x-request-id";
    const stream = vm.stream();
    const hasBody = Number(req.headers["content-length"] ?? 0) > 0 || req.headers["transfer-encoding"] !== undefined;
    stream.requestHeaders(requestPairs(req.method ?? "GET", req.url ?? "/", req.rawHeaders), !hasBody);
    const tracking = stream.state.requestHeaders.values(header).join(",") || "-";

    const done = (status: number, note = "") => {
      stream.finish();
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      this.options.log?.(`${req.socket.remoteAddress} "${req.method} ${req.url} HTTP/${req.httpVersion}" ${status} ${header}=${tracking} ${ms.toFixed(1)}ms${note}`);
    };
    /** Runs the response headers through the plugin and writes what it left; returns the status sent. */
    const writeHead = (headers: HeaderInput, endOfStream: boolean, fallback: number): number => {
      stream.responseHeaders(headers, endOfStream);
      const code = Number(stream.state.responseHeaders.get(":status")?.toString() ?? fallback);
      res.writeHead(code, toNodeHeaders(stream.state.responseHeaders.pairs()));
      return code;
    };
    const respond = (status: number, headers: HeaderInput, body: Buffer | undefined, note = "") => {
      const code = writeHead(headers, body === undefined || body.length === 0, status);
      res.end(body);
      done(code, note);
    };

    const local = stream.localResponse;
    if (local) {
      req.resume();
      respond(local.status, [[":status", String(local.status)], ...local.headers], local.body, ` local_reply=${local.details}`);
      return;
    }

    const forwarded = http.request(
      new URL(req.url ?? "/", upstream),
      { method: req.method, headers: toNodeHeaders(stream.state.requestHeaders.pairs()), agent: this.agent, setHost: false },
    );
    forwarded.setHeader("host", req.headers.host ?? upstream.host);
    forwarded.setTimeout(this.options.upstreamTimeoutMs ?? 30_000, () => forwarded.destroy(new Error("upstream timeout")));
    forwarded.on("response", (upstreamRes) => {
      const upstreamStatus = upstreamRes.statusCode ?? 502;
      const status = writeHead([[":status", String(upstreamStatus)], ...rawPairs(upstreamRes.rawHeaders)], false, upstreamStatus);
      if (stream.localResponse) {
        // The plugin failed closed while the response was still replaceable: 503, upstream body dropped.
        upstreamRes.resume();
        res.end(stream.localResponse.body);
        done(status, ` local_reply=${stream.localResponse.details}`);
        return;
      }
      upstreamRes.pipe(res);
      upstreamRes.on("end", () => done(status));
      upstreamRes.on("error", () => res.destroy());
    });
    forwarded.on("error", (err) => {
      if (res.headersSent) {
        res.destroy();
        done(502, " upstream_reset");
        return;
      }
      const timeout = err.message === "upstream timeout";
      const status = timeout ? 504 : 502;
      respond(status, [[":status", String(status)], ["content-type", "text/plain"]], Buffer.from(timeout ? "upstream timeout\n" : "upstream unavailable\n"),
        ` upstream_error=${JSON.stringify(err.message)}`);
    });
    req.pipe(forwarded);
  }
}

/** An upstream that answers every request with JSON: method, path and headers as received. */
export function echoServer(): http.Server {
  return http.createServer({ keepAlive: true }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const headers = rawPairs(req.rawHeaders);
      // JSON with one header pair per line, readable in a terminal.
      const body = [
        "{",
        `  "method": ${JSON.stringify(req.method)},`,
        `  "path": ${JSON.stringify(req.url)},`,
        `  "headers": [`,
        headers.map(([n, v]) => `    [${JSON.stringify(n)}, ${JSON.stringify(v)}]`).join(",\n"),
        `  ],`,
        `  "bodyBytes": ${Buffer.concat(chunks).length}`,
        "}",
        "",
      ].join("\n");
      res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
      res.end(body);
    });
  });
}
