// Hostile requests against the real `npm start` process (bin/start.ts) on loopback, over raw
// sockets: request lines and targets, header syntax, framing and smuggling, expectations and
// upgrades, aborted and slow clients, an upstream that misbehaves. After every case the
// process must still be running and the next ordinary request must reach the upstream with
// exactly one tracking header.

import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import { isUuidV4 } from "../behaviour/check.ts";
import { OddUpstream, type Received } from "../support/odd-upstream.ts";
import { type RawResult, rawExchange, type Step } from "../support/raw-http.ts";

const MAX_REQUESTS = 16;

interface Proxy {
  child: ChildProcess;
  port: number;
  stdout: () => string;
}

/** Starts bin/start.ts in front of `upstream` and waits for its listening line (30 s at most). */
export async function startProxy(upstream: string, args: string[]): Promise<Proxy> {
  const child = spawn(process.execPath, ["--import", "tsx", "bin/start.ts", "--port", "0", "--upstream", upstream, ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout?.on("data", (c) => (out += c));
  child.stderr?.on("data", (c) => (err += c));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no listening line in: ${out} ${err}`)), 30_000);
    child.once("exit", (code) => reject(new Error(`npm start exited with ${code}: ${err}`)));
    child.stdout?.on("data", () => {
      const m = /proxy on http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
  });
  return { child, port, stdout: () => out };
}

export async function stopProxy(proxy: Proxy | undefined): Promise<void> {
  if (!proxy || proxy.child.exitCode !== null) return;
  proxy.child.kill("SIGTERM");
  await new Promise((resolve) => proxy.child.once("exit", resolve));
}

const CRLF = "\r\n";
/** A request's bytes: request line, header lines, blank line, body. */
function request(line: string, headers: string[] = ["Host: proxy.test"], body = ""): string {
  return [line, ...headers, "", body].join(CRLF);
}

const trackingValues = (r: Received | undefined) => (r?.headers ?? []).filter(([n]) => n === "x-request-id").map(([, v]) => v);

/** Polls `check` every 50 ms for at most `ms`; true once it holds. */
async function eventually(check: () => boolean, ms = 10_000): Promise<boolean> {
  for (let waited = 0; waited < ms; waited += 50) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return check();
}

interface Case {
  name: string;
  /** The steps, given a path unique to the case. */
  steps: (path: string) => Step[];
  finals?: number;
  timeoutMs?: number;
  check: (result: RawResult, path: string) => void | Promise<void>;
}

const status =
  (...expected: number[]) =>
  (r: RawResult) =>
    assert.deepEqual(
      r.responses.filter((x) => x.status >= 200).map((x) => x.status),
      expected,
      r.raw.toString("latin1").slice(0, 300),
    );

/** A request the proxy must refuse with `expected`, given its request() arguments. */
const refused = (name: string, expected: number, args: (p: string) => Parameters<typeof request>): Case => ({
  name: `${name}: ${expected}`,
  steps: (p) => [request(...args(p))],
  check: status(expected),
});

describe("npm start under hostile input", () => {
  const upstream = new OddUpstream();
  let proxy: Proxy;
  let ordinary = 0;

  before(async () => {
    proxy = await startProxy(await upstream.start(), ["--upstream-timeout", "1", "--max-requests", String(MAX_REQUESTS), "--config", "{}"]);
  });
  after(async () => {
    await stopProxy(proxy);
    await upstream.stop();
  });

  const forwarded = (path: string) => {
    const got = upstream.find(path);
    assert.ok(got, `the upstream never saw ${path}`);
    return got;
  };
  const header = (r: Received, name: string) => r.headers.filter(([n]) => n === name).map(([, v]) => v);
  const logLines = (text: string) =>
    proxy
      .stdout()
      .split("\n")
      .filter((l) => l.includes(text));
  const served = (check?: (r: Received, result: RawResult) => void) => (result: RawResult, path: string) => {
    status(200)(result);
    const got = forwarded(path);
    assert.equal(trackingValues(got).length, 1, JSON.stringify(got.headers));
    check?.(got, result);
  };

  const GET = (p: string, ...headers: string[]) => request(`GET ${p} HTTP/1.1`, ["Host: x", ...headers]);
  const POST = (p: string, headers: string[], body = "") => request(`POST ${p} HTTP/1.1`, ["Host: x", ...headers], body);

  /** The odd upstream's /odd/NAME behaviour, and the status the client must get. */
  const misbehaving = (name: string, what: string, expected: number): Case => ({
    name: `the upstream ${what}: ${expected}`,
    steps: () => [GET(`/odd/${name}`)],
    check: status(expected),
  });

  const cases: Case[] = [
    // Request line and target forms.
    {
      name: "absolute-form http:// target: forwarded to the configured upstream, its authority as Host",
      steps: (p) => [request(`GET http://elsewhere.example:99${p}?q=1 HTTP/1.1`)],
      check: (r, p) => served((got) => assert.deepEqual(header(got, "host"), ["elsewhere.example:99"]))(r, `${p}?q=1`),
    },
    {
      name: "absolute-form target with an empty path and a query: the path is /?query",
      steps: () => [request("GET http://elsewhere.example?x=1 HTTP/1.1")],
      check: (r) => served((got) => assert.deepEqual(header(got, "host"), ["elsewhere.example"]))(r, "/?x=1"),
    },
    {
      name: "a fragment in origin form is stripped before the request goes on, as Envoy strips it",
      steps: (p) => [GET(`${p}/frag#part`)],
      check: (r, p) => served()(r, `${p}/frag`),
    },
    {
      name: "a fragment in absolute form is stripped too",
      steps: (p) => [request(`GET http://elsewhere.example${p}/frag?q=1#part HTTP/1.1`)],
      check: (r, p) => served()(r, `${p}/frag?q=1`),
    },
    refused("absolute-form https:// over plain text", 403, (p) => [`GET https://x.example${p} HTTP/1.1`]),
    refused("absolute-form ftp://", 400, (p) => [`GET ftp://x.example${p} HTTP/1.1`]),
    refused("absolute-form with port 99999", 400, (p) => [`GET http://x.example:99999${p} HTTP/1.1`]),
    {
      name: "a target starting with // is a path, not a host",
      steps: () => [request("GET //127.0.0.1:5055/v2/_catalog HTTP/1.1")],
      check: (r) => served((got) => assert.equal(got.path, "//127.0.0.1:5055/v2/_catalog"))(r, "//127.0.0.1:5055/v2/_catalog"),
    },
    {
      name: "a target //example.com:99999/ is forwarded verbatim",
      steps: () => [request("GET //example.com:99999/ HTTP/1.1")],
      check: (r) => served()(r, "//example.com:99999/"),
    },
    refused("OPTIONS *", 404, () => ["OPTIONS * HTTP/1.1"]),
    refused("CONNECT, no tunnel", 404, () => ["CONNECT 127.0.0.1:22 HTTP/1.1"]),
    refused("HTTP/1.0", 426, (p) => [`GET ${p} HTTP/1.0`]),
    { name: "HTTP/0.9: 426", steps: (p) => [`GET ${p}\r\n\r\n`], check: status(426) },
    refused("HTTP/1.2", 400, (p) => [`GET ${p} HTTP/1.2`]),
    refused("a lowercase method", 400, (p) => [`get ${p} HTTP/1.1`]),
    refused("an unknown method", 400, (p) => [`BREW ${p} HTTP/1.1`]),
    refused("a method Node knows and Envoy does not (QUERY)", 400, (p) => [`QUERY ${p} HTTP/1.1`]),
    refused("a space in the path", 400, (p) => [`GET ${p} x HTTP/1.1`]),
    refused("a byte above 0x7f in the path", 400, (p) => [`GET ${p}\xe9 HTTP/1.1`]),
    refused("NUL in the request line", 400, (p) => [`GET ${p}\x00 HTTP/1.1`]),
    refused("a 70 KiB target", 431, (p) => [`GET ${p}?${"a".repeat(70 * 1024)} HTTP/1.1`]),
    { name: "%00 in the path is forwarded verbatim", steps: (p) => [GET(`${p}%00`)], check: (r, p) => served()(r, `${p}%00`) },
    { name: "the HTTP/2 preface: 400", steps: () => ["PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"], check: status(400) },
    { name: "a TLS ClientHello: 400", steps: () => [Buffer.from("16030100a5010000a10303", "hex")], check: status(400) },
    {
      name: "a connection that sends nothing and closes",
      steps: () => [{ close: true }],
      check: (r) => assert.equal(r.responses.length, 0),
    },

    // Header syntax.
    refused("no Host", 400, (p) => [`GET ${p} HTTP/1.1`, []]),
    {
      name: "two Host headers are joined, as Envoy joins :authority",
      steps: (p) => [request(`GET ${p} HTTP/1.1`, ["Host: a.example", "Host: b.example"])],
      check: served((got) => assert.deepEqual(header(got, "host"), ["a.example,b.example"])),
    },
    refused("a Host with a slash", 400, (p) => [`GET ${p} HTTP/1.1`, ["Host: a/b"]]),
    refused("a Host with a byte above 0x7f", 400, (p) => [`GET ${p} HTTP/1.1`, ["Host: caf\xe9"]]),
    {
      name: "a Host with port 99999 is routed like any other",
      steps: (p) => [request(`GET ${p} HTTP/1.1`, ["Host: a.example:99999"])],
      check: served(),
    },
    refused("a space before the colon", 400, (p) => [`GET ${p} HTTP/1.1`, ["Host: x", "Foo : bar"]]),
    refused("a header line without a colon", 400, (p) => [`GET ${p} HTTP/1.1`, ["Host: x", "Foo"]]),
    refused("NUL in a value", 400, (p) => [`GET ${p} HTTP/1.1`, ["Host: x", "X: a\x00b"]]),
    refused("DEL in a value", 400, (p) => [`GET ${p} HTTP/1.1`, ["Host: x", "X: a\x7fb"]]),
    refused("a bare CR in a value", 400, (p) => [`GET ${p} HTTP/1.1`, ["Host: x", "X: a\rb"]]),
    { name: "bare LF line endings: 400", steps: (p) => [`GET ${p} HTTP/1.1\nHost: x\n\n`], check: status(400) },
    refused("an obs-fold continuation line", 400, (p) => [`GET ${p} HTTP/1.1`, ["Host: x", "X: a", " b"]]),
    refused("101 headers", 431, (p) => [`GET ${p} HTTP/1.1`, ["Host: x", ...Array.from({ length: 100 }, (_, i) => `X-${i}: v`)]]),
    { name: "100 headers are served", steps: (p) => [GET(p, ...Array.from({ length: 99 }, (_, i) => `X-${i}: v`))], check: served() },
    refused("70 KiB of headers", 431, (p) => [`GET ${p} HTTP/1.1`, ["Host: x", `X-Big: ${"b".repeat(70 * 1024)}`]]),
    {
      name: "value bytes above 0x7f reach the upstream byte for byte",
      steps: (p) => [GET(p, "X-Bytes: caf\xe9 \xff\xc3\xa9")],
      check: served((got) => assert.deepEqual(header(got, "x-bytes"), ["caf\xe9 \xff\xc3\xa9"])),
    },
    refused("a name byte above 0x7f", 400, (p) => [`GET ${p} HTTP/1.1`, ["Host: x", "X-\xe9: v"]]),
    {
      name: "a client's 8192-byte tracking value of bytes above 0x7f is kept as it came",
      steps: (p) => [GET(p, `X-Request-Id: ${"\xe9".repeat(8192)}`)],
      check: served((got) => assert.deepEqual(trackingValues(got), ["\xe9".repeat(8192)])),
    },
    {
      name: "a client's 8193-byte tracking value is replaced",
      steps: (p) => [GET(p, `X-Request-Id: ${"\xe9".repeat(8193)}`)],
      check: served((got) => assert.ok(isUuidV4(trackingValues(got)[0]))),
    },
    {
      name: "two tracking headers reach the upstream as one",
      steps: (p) => [GET(p, "X-Request-Id: a", "X-Request-Id: b")],
      check: served((got) => assert.deepEqual(trackingValues(got), ["a,b"])),
    },
    {
      name: "a header a Connection token nominates is not forwarded",
      steps: (p) => [GET(p, "Connection: x-secret", "X-Secret: 1", "X-Other: 2")],
      check: served((got) => {
        assert.deepEqual(header(got, "x-secret"), []);
        assert.deepEqual(header(got, "x-other"), ["2"]);
      }),
    },
    refused("a Connection token naming X-Forwarded-For", 400, (p) => [`GET ${p} HTTP/1.1`, ["Host: x", "Connection: x-forwarded-for"]]),
    refused("ten Connection tokens", 400, (p) => [
      `GET ${p} HTTP/1.1`,
      ["Host: x", `Connection: ${Array.from({ length: 10 }, (_, i) => `t${i}`).join(", ")}`],
    ]),
    {
      name: "connection-level headers from the client are not forwarded",
      steps: (p) => [GET(p, "Keep-Alive: timeout=1", "Proxy-Connection: close", "TE: trailers", "Trailer: X", "HTTP2-Settings: AA")],
      check: served((got) => {
        for (const name of ["keep-alive", "proxy-connection", "te", "trailer", "http2-settings"])
          assert.deepEqual(header(got, name), [], name);
      }),
    },

    // Framing and smuggling.
    refused("Content-Length with Transfer-Encoding", 400, (p) => [
      `POST ${p} HTTP/1.1`,
      ["Host: x", "Content-Length: 5", "Transfer-Encoding: chunked"],
      "0\r\n\r\n",
    ]),
    refused("two equal Content-Length headers", 400, (p) => [
      `POST ${p} HTTP/1.1`,
      ["Host: x", "Content-Length: 2", "Content-Length: 2"],
      "ok",
    ]),
    refused("a Content-Length that is not a number", 400, (p) => [`POST ${p} HTTP/1.1`, ["Host: x", "Content-Length: 2x"], "ok"]),
    refused("a negative Content-Length", 400, (p) => [`POST ${p} HTTP/1.1`, ["Host: x", "Content-Length: -1"]]),
    refused("Transfer-Encoding gzip", 501, (p) => [`POST ${p} HTTP/1.1`, ["Host: x", "Transfer-Encoding: gzip"]]),
    refused("Transfer-Encoding gzip, chunked", 501, (p) => [
      `POST ${p} HTTP/1.1`,
      ["Host: x", "Transfer-Encoding: gzip, chunked"],
      "0\r\n\r\n",
    ]),
    refused("two Transfer-Encoding lines", 501, (p) => [
      `POST ${p} HTTP/1.1`,
      ["Host: x", "Transfer-Encoding: chunked", "Transfer-Encoding: chunked"],
      "0\r\n\r\n",
    ]),
    {
      name: "a chunked body is forwarded whole",
      steps: (p) => [POST(p, ["Transfer-Encoding: chunked"], "5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n")],
      check: served((got) => assert.equal(got.bodyBytes, 11)),
    },
    {
      name: "an invalid chunk size: 400, one access-log line for the request, and the upstream request is aborted",
      // A first chunk, so that the request is on its way upstream when the bad one comes.
      steps: (p) => [POST(p, ["Transfer-Encoding: chunked"], "5\r\nhello\r\n"), { pauseMs: 200 }, "zz\r\nhello\r\n0\r\n\r\n"],
      check: async (r, p) => {
        status(400)(r);
        assert.ok(r.responses[0].headers.some(([n, v]) => n === "connection" && v === "close"));
        assert.ok(await eventually(() => upstream.find(p)?.closed === true), "the upstream request is still open");
        const lines = () => logLines(`"POST ${p} HTTP/1.1" `);
        assert.ok(await eventually(() => lines().length > 0), "no access-log line");
        await new Promise((resolve) => setTimeout(resolve, 200)); // room for a second line, were there one
        assert.equal(lines().length, 1, lines().join("\n"));
        assert.match(lines()[0], / 400 x-request-id=[0-9a-f-]{36} [\d.]+ms local_reply=http1\.codec_error\{HPE_INVALID_CHUNK_SIZE\}$/);
      },
    },
    {
      name: "a refused request line holding an escape sequence is logged escaped",
      steps: (p) => [request(`GET ${p}/\x1b[31mred HTTP/1.1`, ["Host: x"])],
      check: async (r, p) => {
        status(400)(r);
        const lines = () => logLines(`"GET ${p}/\\x1b[31mred HTTP/1.1" 400 `);
        assert.ok(await eventually(() => lines().length === 1), proxy.stdout());
        assert.ok(!proxy.stdout().includes("\x1b"), "a raw escape reached the log");
      },
    },
    {
      // Envoy's Balsa reads the junk as a chunk extension; Node's llhttp refuses it (docs/local-proxy.md).
      name: "a chunk size followed by junk (5 x): 400",
      steps: (p) => [POST(p, ["Transfer-Encoding: chunked"], "5 x\r\nhello\r\n0\r\n\r\n")],
      check: status(400),
    },
    {
      name: "a bad request pipelined after a good one is logged with its own request line",
      steps: (p) => [GET(`${p}/good`) + request(`GET ${p}/bad HTTP/1.1`, ["Host: x", "Foo : bar"])],
      finals: 2,
      check: async (r, p) => {
        status(200, 400)(r);
        assert.ok(await eventually(() => logLines(`"GET ${p}/bad HTTP/1.1" 400 `).length === 1), proxy.stdout().slice(-2000));
        assert.equal(logLines(`"GET ${p}/good HTTP/1.1" `).length, 1);
      },
    },
    {
      name: "bytes after the body are parsed as the next request, with its own tracking header",
      steps: (p) => [POST(p, ["Content-Length: 2"], `ok${GET(`${p}/smuggled`)}`)],
      finals: 2,
      check: (r, p) => {
        status(200, 200)(r);
        assert.equal(trackingValues(forwarded(p)).length, 1);
        assert.equal(trackingValues(forwarded(`${p}/smuggled`)).length, 1);
      },
    },
    {
      name: "garbage after the body: 200 then 400, logged as what it was",
      steps: (p) => [POST(p, ["Content-Length: 2"], "okGARBAGE\r\n\r\n")],
      finals: 2,
      check: async (r, p) => {
        status(200, 400)(r);
        assert.ok(await eventually(() => logLines(`"POST ${p} HTTP/1.1" 200 `).length === 1));
        assert.ok(await eventually(() => logLines('"GARBAGE" 400 ').length > 0), proxy.stdout().slice(-2000));
      },
    },
    {
      name: "three pipelined requests are answered in order",
      steps: (p) => [GET(`${p}/1`) + GET(`${p}/2`) + GET(`${p}/3`)],
      finals: 3,
      check: (r, p) => {
        status(200, 200, 200)(r);
        assert.deepEqual(
          r.responses.map((x) => JSON.parse(x.body.toString()).path),
          [`${p}/1`, `${p}/2`, `${p}/3`],
        );
      },
    },
    {
      name: "a POST without Content-Length or Transfer-Encoding has no body",
      steps: (p) => [POST(p, [])],
      check: served((got) => assert.equal(got.bodyBytes, 0)),
    },

    // Expectations and upgrades.
    {
      name: "Expect: 100-continue with a 2 MiB body: 100, then forwarded whole, without Expect",
      steps: (p) => [
        POST(p, ["Content-Length: 2097152", "Expect: 100-continue"]),
        { waitFor: "100 Continue" },
        Buffer.alloc(2 * 1024 * 1024, 0x61),
      ],
      timeoutMs: 15_000,
      check: served((got, r) => {
        assert.equal(r.responses[0].status, 100);
        assert.equal(got.bodyBytes, 2 * 1024 * 1024);
        assert.deepEqual(header(got, "expect"), []);
      }),
    },
    {
      name: "Expect: 100-continue with the body sent at once",
      steps: (p) => [POST(p, ["Content-Length: 2", "Expect: 100-continue"], "ok")],
      check: served((got) => assert.equal(got.bodyBytes, 2)),
    },
    {
      name: "an unknown expectation is dropped, not answered with 417",
      steps: (p) => [GET(p, "Expect: teapot")],
      check: served((got) => assert.deepEqual(header(got, "expect"), [])),
    },
    refused("a websocket upgrade", 403, (p) => [`GET ${p} HTTP/1.1`, ["Host: x", "Upgrade: websocket", "Connection: Upgrade"]]),
    {
      name: "Upgrade without Connection: upgrade is an ordinary request without it",
      steps: (p) => [GET(p, "Upgrade: websocket")],
      check: served((got) => assert.deepEqual(header(got, "upgrade"), [])),
    },
    {
      name: "an h2c upgrade is served as HTTP/1.1",
      steps: (p) => [GET(p, "Upgrade: h2c", "Connection: Upgrade, HTTP2-Settings", "HTTP2-Settings: AAMAAABkAAQAAP__")],
      check: served((got) => {
        assert.deepEqual(header(got, "upgrade"), []);
        assert.deepEqual(header(got, "http2-settings"), []);
      }),
    },

    // Aborted and slow clients.
    {
      name: "a client that declares a body, sends part and goes away: the upstream request is aborted",
      steps: (p) => [POST(p, ["Content-Length: 1000"], "part"), { pauseMs: 100 }, { close: true }],
      check: async (_r, p) => {
        assert.ok(await eventually(() => upstream.find(p)?.closed === true), "the upstream request is still open");
        assert.equal(upstream.find(p)?.abandoned, true);
      },
    },
    {
      name: "a client that resets its connection mid-body",
      steps: (p) => [POST(p, ["Content-Length: 1000"], "part"), { pauseMs: 100 }, { reset: true }],
      check: async (_r, p) => assert.ok(await eventually(() => upstream.find(p)?.closed === true)),
    },
    {
      name: "a client that goes away while the upstream thinks: the upstream request is aborted",
      steps: () => [GET("/odd/silent/gone"), { pauseMs: 200 }, { close: true }],
      check: async () => assert.ok(await eventually(() => upstream.find("/odd/silent/gone")?.closed === true)),
    },
    {
      name: "headers sent a few bytes at a time",
      steps: (p) => (GET(p).match(/[\s\S]{1,7}/g) ?? []).flatMap((part) => [part, { pauseMs: 10 }]),
      check: served(),
    },
    {
      name: "a body sent a few bytes at a time",
      steps: (p) => [POST(p, ["Content-Length: 30"]), ...Array.from({ length: 10 }, () => ["abc", { pauseMs: 20 }]).flat()],
      check: served((got) => assert.equal(got.bodyBytes, 30)),
    },

    // An upstream that misbehaves.
    ...(
      [
        ["close", "closes before answering", 503],
        ["garbage", "answers garbage", 502],
        ["silent", "never answers (after --upstream-timeout)", 504],
        ["bad-length", "sends an invalid Content-Length", 502],
        ["two-lengths", "sends two Content-Lengths", 502],
        ["huge-headers", "sends 70 KiB of headers", 502],
        ["early-hints", "sends 103 before 200", 200],
      ] as const
    ).map(([name, what, expected]) => misbehaving(name, what, expected)),
    ...(
      [
        ["continue", "sends 100 Continue before its answer", 200, "ok"],
        ["interim-run", "sends 100, 102, 100 and 103 before a 201", 201, "made"],
      ] as const
    ).map(
      ([name, what, final, body]): Case => ({
        name: `the upstream ${what}: only the final ${final} is forwarded`,
        steps: () => [GET(`/odd/${name}`)],
        check: (r) => {
          assert.deepEqual(
            r.responses.map((x) => x.status),
            [final],
          );
          assert.equal(r.responses[0].body.toString(), body);
        },
      }),
    ),
    ...(["099", "1000"] as const).map(
      (code): Case => ({
        name: `the upstream sends status ${code}: 502 protocol error, with a short reason in the log`,
        steps: () => [GET(`/odd/status-${code}`)],
        check: async (r) => {
          status(502)(r);
          assert.match(r.responses[0].body.toString(), /reset reason: protocol error/);
          const line = async () =>
            proxy
              .stdout()
              .split("\n")
              .find((l) => l.includes(`/odd/status-${code} `)) ?? "";
          assert.ok(await eventually(() => proxy.stdout().includes(`/odd/status-${code} `)));
          const logged = await line();
          assert.match(logged, / 502 .*local_reply=upstream_reset_before_response_started\{protocol_error\} cause="[^"]{1,80}"$/);
          assert.doesNotMatch(logged, /assert|expression|undici|llhttp/i);
        },
      }),
    ),
    {
      name: "the upstream breaks off its body: the client's connection is closed",
      steps: () => [GET("/odd/reset-mid-body")],
      check: (r) => {
        assert.ok(r.closed);
        assert.match(r.raw.toString("latin1"), /^HTTP\/1\.1 200 /);
      },
    },
    {
      name: "the upstream's connection-level response headers are dropped",
      steps: () => [GET("/odd/hop-by-hop")],
      check: (r) => {
        status(200)(r);
        const headers = r.responses[0].headers;
        for (const name of ["proxy-connection", "upgrade"]) assert.ok(!headers.some(([n]) => n === name), name);
        assert.ok(!headers.some(([n, v]) => n === "keep-alive" && v === "timeout=99"), "the upstream's keep-alive");
        assert.ok(headers.some(([n]) => n === "x-keep"));
      },
    },
    {
      name: "the upstream's header bytes above 0x7f reach the client byte for byte",
      steps: () => [GET("/odd/latin1-header")],
      check: (r) => assert.equal(r.responses[0]?.headers.find(([n]) => n === "x-bytes")?.[1], "caf\xe9 \xff\xfe"),
    },
    {
      name: "an upstream body without framing is relayed to its end",
      steps: () => [GET("/odd/no-length")],
      check: (r) => assert.equal(r.responses[0]?.body.toString(), "until close"),
    },
  ];

  test("the docs give the number of these cases", () => {
    for (const doc of ["docs/local-proxy.md", "docs/security.md", "docs/testing.md"]) {
      assert.ok(readFileSync(doc, "utf8").includes(`${cases.length} hostile requests`), `${doc} does not say ${cases.length}`);
    }
  });

  cases.forEach((c, i) => {
    test(c.name, async () => {
      const path = `/c/${i}`;
      const result = await rawExchange(proxy.port, c.steps(path), { finals: c.finals, timeoutMs: c.timeoutMs });
      await c.check(result, path);
      assert.equal(proxy.child.exitCode, null, "npm start exited");
      const next = `/ordinary/${++ordinary}`;
      const check = await rawExchange(proxy.port, [request(`GET ${next} HTTP/1.1`)]);
      assert.equal(check.responses[0]?.status, 200, `the next ordinary request: ${check.raw.toString("latin1").slice(0, 200)}`);
      const values = trackingValues(upstream.find(next));
      assert.equal(values.length, 1);
      assert.ok(isUuidV4(values[0]), values[0]);
    });
  });

  test(`abandoned requests never pin the proxy: ${MAX_REQUESTS * 20} of them, then ordinary requests`, async () => {
    const before = upstream.received.length;
    for (let round = 0; round < 20; round++) {
      await Promise.all(
        Array.from({ length: MAX_REQUESTS }, (_, i) =>
          rawExchange(proxy.port, [
            request(`POST /abandoned/${round}/${i} HTTP/1.1`, ["Host: x", "Content-Length: 100000"], "part"),
            { pauseMs: 20 },
            { close: true },
          ]),
        ),
      );
    }
    const abandoned = () => upstream.received.slice(before).filter((r) => r.path.startsWith("/abandoned/"));
    assert.ok(await eventually(() => abandoned().every((r) => r.closed)), "upstream requests left open");
    const check = await rawExchange(proxy.port, [request("GET /after-abandoned HTTP/1.1")]);
    assert.equal(check.responses[0]?.status, 200);
    const log = proxy.stdout();
    assert.ok(!log.includes("undefined"), "the access log names every client");
    assert.match(
      log,
      /^127\.0\.0\.1 "POST \/abandoned\/\d+\/\d+ HTTP\/1\.1" 0 x-request-id=[0-9a-f-]{36} [\d.]+ms downstream_remote_disconnect$/m,
    );
  });

  test(`past --max-requests ${MAX_REQUESTS} in flight: 503 overflow, and served again once they finish`, async () => {
    const held = Array.from({ length: MAX_REQUESTS }, (_, i) =>
      rawExchange(proxy.port, [request(`GET /odd/silent/held/${i} HTTP/1.1`)], { timeoutMs: 5000 }),
    );
    assert.ok(await eventually(() => upstream.received.filter((r) => r.path.startsWith("/odd/silent/held/")).length === MAX_REQUESTS));
    const over = await rawExchange(proxy.port, [request("GET /over HTTP/1.1")]);
    assert.equal(over.responses[0]?.status, 503);
    assert.match(over.responses[0].body.toString(), /reset reason: overflow/);
    const results = await Promise.all(held);
    assert.deepEqual(
      results.map((r) => r.responses[0]?.status),
      Array(MAX_REQUESTS).fill(504),
    );
    const again = await rawExchange(proxy.port, [request("GET /after-overflow HTTP/1.1")]);
    assert.equal(again.responses[0]?.status, 200);
  });
});

describe("npm start with a configured tracking_value above 0x7f", () => {
  const upstream = new OddUpstream();
  let proxy: Proxy;
  const value = "caf\u00e9 \u20ac \u{1f600}";
  const bytes = Buffer.from(value, "utf8").toString("latin1");

  before(async () => {
    proxy = await startProxy(await upstream.start(), ["--config", JSON.stringify({ tracking_value: value, echo_response: true })]);
  });
  after(async () => {
    await stopProxy(proxy);
    await upstream.stop();
  });

  test("the upstream receives the plugin's bytes exactly, and so does the client", async () => {
    for (let i = 0; i < 3; i++) {
      const result = await rawExchange(proxy.port, [request(`GET /bytes/${i} HTTP/1.1`)]);
      assert.equal(result.responses[0]?.status, 200, result.raw.toString("latin1"));
      assert.deepEqual(trackingValues(upstream.find(`/bytes/${i}`)), [bytes]);
      assert.deepEqual(
        result.responses[0].headers.filter(([n]) => n === "x-request-id").map(([, v]) => v),
        [bytes],
      );
    }
    assert.equal(proxy.child.exitCode, null);
    assert.match(proxy.stdout(), /"GET \/bytes\/0 HTTP\/1\.1" 200 x-request-id=caf\u00e9 \u20ac \u{1f600} /u);
  });
});
