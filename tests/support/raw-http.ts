// A raw HTTP/1.1 client for hostile-input tests: sends exact bytes (in steps, with pauses or
// waits for an interim response), then reads what comes back and splits it into responses.
// Every wait is bounded.

import net from "node:net";

export interface RawResponse {
  status: number;
  headers: [string, string][];
  body: Buffer;
}

export type Step = string | Buffer | { pauseMs: number } | { waitFor: string } | { reset: true } | { close: true };

export interface RawResult {
  responses: RawResponse[];
  /** Whether the proxy closed the connection before the wait ended. */
  closed: boolean;
  raw: Buffer;
}

const bytes = (s: string | Buffer) => (typeof s === "string" ? Buffer.from(s, "latin1") : s);

/** Splits bytes into complete responses (interim 1xx included); a body without framing runs to the end. */
export function parseResponses(buf: Buffer, closed: boolean): RawResponse[] {
  const out: RawResponse[] = [];
  let off = 0;
  while (off < buf.length) {
    const end = buf.indexOf("\r\n\r\n", off);
    if (end < 0) break;
    const lines = buf.subarray(off, end).toString("latin1").split("\r\n");
    const status = Number(lines[0].split(" ")[1]);
    const headers = lines.slice(1).map((l): [string, string] => {
      const i = l.indexOf(":");
      return [l.slice(0, i).toLowerCase(), l.slice(i + 1).trim()];
    });
    const start = end + 4;
    const header = (n: string) => headers.find(([k]) => k === n)?.[1];
    if (status < 200 || status === 204 || status === 304) {
      out.push({ status, headers, body: Buffer.alloc(0) });
      off = start;
      continue;
    }
    const length = header("content-length");
    if (length !== undefined) {
      if (buf.length < start + Number(length)) break;
      out.push({ status, headers, body: buf.subarray(start, start + Number(length)) });
      off = start + Number(length);
    } else if (/chunked/i.test(header("transfer-encoding") ?? "")) {
      const chunks: Buffer[] = [];
      let at = start;
      let complete = false;
      for (;;) {
        const eol = buf.indexOf("\r\n", at);
        if (eol < 0) break;
        const size = Number.parseInt(buf.subarray(at, eol).toString("latin1"), 16);
        if (Number.isNaN(size) || buf.length < eol + 2 + size + 2) break;
        if (size === 0) {
          at = eol + 4;
          complete = true;
          break;
        }
        chunks.push(buf.subarray(eol + 2, eol + 2 + size));
        at = eol + 2 + size + 2;
      }
      if (!complete) break;
      out.push({ status, headers, body: Buffer.concat(chunks) });
      off = at;
    } else {
      if (!closed) break;
      out.push({ status, headers, body: buf.subarray(start) });
      off = buf.length;
    }
  }
  return out;
}

/**
 * Sends the steps on one connection and resolves once `finals` final (non-1xx) responses have
 * arrived, the connection closed, or `timeoutMs` passed.
 */
export function rawExchange(port: number, steps: Step[], options: { finals?: number; timeoutMs?: number } = {}): Promise<RawResult> {
  const finals = options.finals ?? 1;
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    let received = Buffer.alloc(0);
    let closed = false;
    let settled = false;
    let waiting: { text: string; resume: () => void } | undefined;
    const finish = () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ responses: parseResponses(received, closed), closed, raw: received });
    };
    const timer = setTimeout(finish, options.timeoutMs ?? 5000);
    socket.on("data", (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (waiting && received.includes(waiting.text)) {
        const { resume } = waiting;
        waiting = undefined;
        resume();
      }
      if (parseResponses(received, false).filter((r) => r.status >= 200).length >= finals) finish();
    });
    socket.on("error", () => undefined);
    socket.on("close", () => {
      closed = true;
      finish();
    });
    socket.once("connect", async () => {
      for (const step of steps) {
        if (settled) return;
        if (typeof step === "string" || Buffer.isBuffer(step)) {
          socket.write(bytes(step));
        } else if ("pauseMs" in step) {
          await new Promise((r) => setTimeout(r, step.pauseMs));
        } else if ("waitFor" in step) {
          if (!received.includes(step.waitFor)) await new Promise<void>((r) => (waiting = { text: step.waitFor, resume: r }));
        } else if ("reset" in step) {
          socket.resetAndDestroy();
          return;
        } else {
          socket.destroy();
          return;
        }
      }
    });
  });
}
