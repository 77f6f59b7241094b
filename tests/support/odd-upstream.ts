// An upstream for proxy tests on 127.0.0.1: it records every request it receives (raw header
// bytes, body size, whether the request was abandoned before its end) and answers with JSON,
// except under /odd/, where it misbehaves on purpose: closes, garbage, silence, broken framing.

import http from "node:http";
import type { AddressInfo } from "node:net";
import { rawPairs } from "../../lib/local/downstream.ts";

export interface Received {
  method: string;
  path: string;
  /** Raw header names and values as latin1 (one char per byte). */
  headers: [string, string][];
  bodyBytes: number;
  /** The request's connection closed before its body was complete. */
  abandoned: boolean;
  /** The request's connection has closed (for abandoned ones: when). */
  closed: boolean;
}

const BIG = "v".repeat(70 * 1024);

/** Raw responses for /odd/NAME, written straight to the socket. */
const ODD: Record<string, string | undefined> = {
  garbage: "NOT HTTP AT ALL\r\n\r\n",
  "bad-length": "HTTP/1.1 200 OK\r\nContent-Length: abc\r\n\r\nhello",
  "two-lengths": "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!",
  "huge-headers": `HTTP/1.1 200 OK\r\nX-Big: ${BIG}\r\nContent-Length: 2\r\n\r\nok`,
  "early-hints": "HTTP/1.1 103 Early Hints\r\nLink: </a>; rel=preload\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok",
  continue: "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nX-Final: 1\r\nContent-Length: 2\r\n\r\nok",
  "interim-run":
    "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 102 Processing\r\n\r\nHTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 4\r\n\r\nmade",
  "status-099": "HTTP/1.1 099 Odd\r\nContent-Length: 2\r\n\r\nok",
  "status-1000": "HTTP/1.1 1000 Odd\r\nContent-Length: 2\r\n\r\nok",
  "hop-by-hop":
    "HTTP/1.1 200 OK\r\nConnection: x-drop\r\nKeep-Alive: timeout=99\r\nProxy-Connection: keep-alive\r\nUpgrade: h2c\r\nX-Drop: 1\r\nX-Keep: 1\r\nContent-Length: 2\r\n\r\nok",
  "latin1-header": "HTTP/1.1 200 OK\r\nX-Bytes: caf\xe9 \xff\xfe\r\nContent-Length: 2\r\n\r\nok",
  "no-length": "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nuntil close",
};

export class OddUpstream {
  readonly received: Received[] = [];
  private readonly server: http.Server;
  url = "";

  constructor() {
    this.server = http.createServer({ keepAlive: true, maxHeaderSize: 256 * 1024 }, (req, res) => this.handle(req, res));
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The request received with this path (the last one, if several). */
  find(path: string): Received | undefined {
    return [...this.received].reverse().find((r) => r.path === path);
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const record: Received = {
      method: req.method ?? "",
      path: req.url ?? "",
      headers: rawPairs(req.rawHeaders),
      bodyBytes: 0,
      abandoned: false,
      closed: false,
    };
    this.received.push(record);
    req.on("data", (c: Buffer) => (record.bodyBytes += c.length));
    req.on("error", () => undefined);
    const onClose = () => {
      record.closed = true;
      if (!req.complete) record.abandoned = true;
    };
    // A kept-alive socket serves many requests: each one's listener goes once it is answered.
    req.socket.once("close", onClose);
    res.once("finish", () => req.socket.off("close", onClose));
    const odd = /^\/odd\/([\w-]+)/.exec(req.url ?? "")?.[1];
    if (odd === "close") {
      req.socket.destroy();
      return;
    }
    if (odd === "silent") return; // never answers
    if (odd === "reset-mid-body") {
      res.writeHead(200, { "content-length": "100" });
      res.write("only part");
      setTimeout(() => req.socket.destroy(), 50);
      return;
    }
    const raw = odd ? ODD[odd] : undefined;
    if (raw !== undefined) {
      req.resume();
      req.on("end", () => req.socket.end(Buffer.from(raw, "latin1")));
      return;
    }
    req.on("end", () => {
      const body = JSON.stringify({ path: req.url, bodyBytes: record.bodyBytes });
      res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
      res.end(body);
    });
  }
}
