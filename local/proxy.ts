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

function toHeaderMap(method: string, path: string, rawHeaders: string[]): [string, string][] {
  const pairs: [string, string][] = [[":method", method], [":path", path], [":scheme", "http"]];
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    const name = rawHeaders[i].toLowerCase();
    if (HOP_BY_HOP.has(name)) continue;
    pairs.push([name === "host" ? ":authority" : name, rawHeaders[i + 1]]);
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
    stream.requestHeaders(toHeaderMap(req.method ?? "GET", req.url ?? "/", req.rawHeaders), !hasBody);
    const tracking = stream.state.requestHeaders.values(header).join(",") || "-";

    const done = (status: number, note = "") => {
      stream.finish();
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      this.options.log?.(`${req.socket.remoteAddress} "${req.method} ${req.url} HTTP/${req.httpVersion}" ${status} ${header}=${tracking} ${ms.toFixed(1)}ms${note}`);
    };
    const respond = (status: number, headers: HeaderInput, body: Buffer | undefined, note = "") => {
      stream.responseHeaders(headers, body === undefined || body.length === 0);
      const pairs = stream.state.responseHeaders.pairs();
      const code = Number(pairs.find(([n]) => n === ":status")?.[1] ?? status);
      res.writeHead(code, toNodeHeaders(pairs));
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
      const headers: [string, string][] = [[":status", String(upstreamRes.statusCode ?? 502)]];
      for (let i = 0; i + 1 < upstreamRes.rawHeaders.length; i += 2) headers.push([upstreamRes.rawHeaders[i], upstreamRes.rawHeaders[i + 1]]);
      stream.responseHeaders(headers, false);
      const pairs = stream.state.responseHeaders.pairs();
      const status = Number(pairs.find(([n]) => n === ":status")?.[1] ?? 502);
      res.writeHead(status, toNodeHeaders(pairs));
      if (stream.localResponse) {
        // The plugin failed closed while the response was still replaceable: 503, upstream body dropped.
        upstreamRes.resume();
        res.end(stream.localResponse.body);
        done(status, ` local_reply=${stream.localResponse.details}`);
        return;
      }
      upstreamRes.pipe(res);
      upstreamRes.on("end", () => done(upstreamRes.statusCode ?? 502));
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
      const headers: [string, string][] = [];
      for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) headers.push([req.rawHeaders[i].toLowerCase(), req.rawHeaders[i + 1]]);
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
