// The built-in upstream of npm start: it answers every request with what it received.

import http from "node:http";
import { MAX_HEADER_BYTES, rawPairs } from "./downstream.ts";
import { printable } from "./printable.ts";

/**
 * An upstream that answers every request with JSON: method, path and headers as received. It
 * takes headers up to the proxy's own limit (Node's default is 16 KiB), so whatever the proxy
 * admits reaches it.
 */
export function echoServer(): http.Server {
  return http.createServer({ keepAlive: true, maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const headers = rawPairs(req.rawHeaders);
      // JSON with one header pair per line, readable in a terminal: UTF-8 shown as text, other bytes as \\xHH.
      const body = [
        "{",
        `  "method": ${JSON.stringify(printable(req.method ?? ""))},`,
        `  "path": ${JSON.stringify(printable(req.url ?? ""))},`,
        `  "headers": [`,
        headers.map(([n, v]) => `    [${JSON.stringify(n)}, ${JSON.stringify(printable(v))}]`).join(",\n"),
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
