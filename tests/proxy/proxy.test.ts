// npm start's proxy on real HTTP over loopback: the plugin stamps every request that reaches
// the upstream, concurrency is handled, failures give clean answers.

import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, test } from "node:test";
import { PluginVm } from "../../host/index.ts";
import { assemble } from "../../lib/build/wat.ts";
import { echoServer } from "../../lib/local/echo.ts";
import { LocalProxy } from "../../lib/local/proxy.ts";
import { isUuidV4 } from "../behaviour/check.ts";

const agent = new http.Agent({ keepAlive: true, maxSockets: 50 });
const servers: { close(): Promise<void> | void }[] = [];

after(async () => {
  agent.destroy();
  for (const s of servers) await s.close();
});

async function listen(server: http.Server): Promise<URL> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push({
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  });
  return new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
}

async function startProxy(vm: PluginVm, upstream: URL, timeoutMs?: number): Promise<{ url: URL; log: string[] }> {
  const log: string[] = [];
  const proxy = new LocalProxy({ vm, upstream, upstreamTimeoutMs: timeoutMs, log: (l) => log.push(l) });
  const port = await proxy.listen();
  servers.push(proxy);
  return { url: new URL(`http://127.0.0.1:${port}`), log };
}

function get(url: URL, path: string, init: { method?: string; body?: string; headers?: Record<string, string> } = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request(new URL(path, url), { method: init.method ?? "GET", agent, headers: init.headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end(init.body);
  });
}

let plugin: PluginVm;
let upstream: URL;

before(async () => {
  plugin = await PluginVm.load("build/plugin.wasm");
  assert.ok(plugin.start(`{"echo_response": true}`).ok);
  upstream = await listen(echoServer());
});

test("1,000 requests, 50 in flight: each reaches the upstream with one distinct UUIDv4", async () => {
  const { url, log } = await startProxy(plugin, upstream);
  const seen = new Set<string>();
  let next = 0;
  const worker = async () => {
    while (next < 1000) {
      const i = next++;
      const post = i % 3 === 0;
      const res = await get(
        url,
        `/item/${i}`,
        post ? { method: "POST", body: "x".repeat(i), headers: { "content-type": "text/plain" } } : {},
      );
      assert.equal(res.status, 200);
      const echoed = JSON.parse(res.body) as { headers: [string, string][]; bodyBytes: number; path: string };
      const ids = echoed.headers.filter(([n]) => n === "x-request-id").map(([, v]) => v);
      assert.equal(ids.length, 1, `request ${i}: ${JSON.stringify(ids)}`);
      assert.ok(isUuidV4(ids[0]), ids[0]);
      assert.equal(res.headers["x-request-id"], ids[0], "echoed on the response");
      assert.equal(echoed.path, `/item/${i}`);
      assert.equal(echoed.bodyBytes, post ? i : 0, "body streamed through");
      seen.add(ids[0]);
    }
  };
  await Promise.all(Array.from({ length: 50 }, worker));
  assert.equal(seen.size, 1000);
  assert.equal(log.length, 1000, "one access-log line per request");
  assert.match(log[0], /^127\.0\.0\.1 "(GET|POST) \/item\/\d+ HTTP\/1\.1" 200 x-request-id=[0-9a-f-]{36} /);
  assert.equal(plugin.failure, undefined);
});

test("an unreachable upstream gives Envoy's 503, a slow one 504, with the tracking value in the access log", async () => {
  const closed = await listen(http.createServer());
  const dead = new URL(closed.href);
  await servers.pop()?.close();
  const down = await startProxy(plugin, dead);
  const res = await get(down.url, "/down");
  assert.equal(res.status, 503);
  assert.equal(res.body, "upstream connect error or disconnect/reset before headers. reset reason: remote connection failure\n");
  assert.match(
    down.log[0],
    /" 503 x-request-id=[0-9a-f-]{36} .* local_reply=upstream_reset_before_response_started\{remote_connection_failure\}/,
  );
  assert.ok(isUuidV4(String(res.headers["x-request-id"])), "the 503 carries the echoed id too");

  const slowUpstream = await listen(http.createServer((_req, res) => setTimeout(() => res.end("late"), 2000).unref()));
  const slow = await startProxy(plugin, slowUpstream, 200);
  const late = await get(slow.url, "/slow");
  assert.equal(late.status, 504);
  assert.match(slow.log[0], /" 504 x-request-id=[0-9a-f-]{36} /);
});

test("a plugin that traps answers 503 when failing closed and passes requests when failing open", async () => {
  const trapping = await assemble(
    `(module
    (memory (export "memory") 1)
    (func (export "proxy_abi_version_0_2_1"))
    (func (export "malloc") (param i32) (result i32) (i32.const 1024))
    (func (export "proxy_on_vm_start") (param i32 i32) (result i32) (i32.const 1))
    (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))
    (func (export "proxy_on_request_headers") (param i32 i32 i32) (result i32) unreachable))`,
    "trap.wat",
  );
  for (const failOpen of [false, true]) {
    const vm = await PluginVm.load(trapping, { failOpen });
    assert.ok(vm.start("").ok);
    const { url, log } = await startProxy(vm, upstream);
    for (let i = 0; i < 2; i++) {
      const res = await get(url, "/trap");
      assert.equal(res.status, failOpen ? 200 : 503);
    }
    assert.equal(vm.failure?.phase, "proxy_on_request_headers");
    if (!failOpen) assert.match(log[0], /" 503 .* local_reply=wasm_fail_stream/);
  }
});

function runStart(args: string[]) {
  return spawn(process.execPath, ["--import", "tsx", "bin/start.ts", ...args], { stdio: ["ignore", "pipe", "pipe"] });
}

test("npm start refuses a bad configuration with one line and a non-zero exit", async () => {
  const child = runStart(["--port", "0", "--config", `{"tracking_header": "bad name"}`]);
  let stderr = "";
  child.stderr.on("data", (c) => (stderr += c));
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  assert.equal(code, 1);
  assert.equal(
    stderr.trim(),
    `start: the plugin refused to start: request-tracker: invalid plugin configuration: tracking_header: "bad name" is not a valid HTTP field name: character 4 is not allowed (allowed: letters, digits and !#$%&'*+-.^_\`|~)`,
  );
});

test("npm start serves, then shuts down cleanly on SIGTERM", async () => {
  const proxy = await startedNpmStart(["--config", `{"tracking_value": "local"}`]);
  const port = proxy.port;
  const res = await get(new URL(`http://127.0.0.1:${port}`), "/hello");
  const echoed = JSON.parse(res.body) as { headers: [string, string][] };
  assert.deepEqual(
    echoed.headers.filter(([n]) => n === "x-request-id"),
    [["x-request-id", "local"]],
  );
  agent.destroy();
  assert.equal(await proxy.stop(), 0);
  const stdout = proxy.stdout();
  assert.match(stdout, /stopped on SIGTERM/);
  // Envoy's form, once for the canary, once for the main thread, once for the worker; with
  // --config the root id is the plugin's name, as the manifest's pluginName would give it.
  const configured = stdout.split("\n").filter((l) => l.includes("configured:"));
  assert.equal(configured.length, 3, stdout);
  for (const line of configured)
    assert.match(
      line,
      /^\[info\]\[wasm\] wasm log request-tracker: request-tracker: configured: tracking_header=x-request-id tracking_value="local" /,
    );
});

test("the proxy hands the plugin the client's address as source.address: trusted_sources keeps or replaces by it", async () => {
  for (const [blocks, kept] of [
    [["127.0.0.0/8"], true],
    [["10.0.0.0/8", "fd00::/8"], false],
  ] as const) {
    const vm = await PluginVm.load("build/plugin.wasm");
    assert.ok(vm.start(JSON.stringify({ trusted_sources: blocks })).ok, vm.logs("critical").join(" "));
    const proxy = await startProxy(vm, upstream);
    const res = await get(proxy.url, "/trust", { headers: { "x-request-id": "client-chosen" } });
    const echoed = JSON.parse(res.body) as { headers: [string, string][] };
    const ids = echoed.headers.filter(([n]) => n === "x-request-id").map(([, v]) => v);
    assert.equal(ids.length, 1);
    if (kept) assert.deepEqual(ids, ["client-chosen"], `a peer in ${blocks} is trusted`);
    else assert.ok(isUuidV4(ids[0]), `a peer outside ${blocks} gets a value of the plugin's: ${ids[0]}`);
  }
});

/** A value with C1 controls, bidi overrides and isolates, zero-width and separator characters, as UTF-8. */
const HOSTILE_TEXT = "a\u0085b\u009bc\u202ed\u2066e\u200bf\u2028g\ufeffh\u00adi\u061cj\u{e0041}k\u00e9";
const HOSTILE_ESCAPED = "a\\u{85}b\\u{9b}c\\u{202e}d\\u{2066}e\\u{200b}f\\u{2028}g\\u{feff}h\\u{ad}i\\u{61c}j\\u{e0041}k\u00e9";
/**
 * The same value in the plugin's own line: the plugin escapes C1 and bidi controls' bytes as
 * \xNN (as it does in Envoy's log), npm start the other format characters it leaves.
 */
const PLUGIN_ESCAPED =
  "a\\xc2\\x85b\\xc2\\x9bc\\xe2\\x80\\xaed\\xe2\\x81\\xa6e\\u{200b}f\\u{2028}g\\u{feff}h\\u{ad}i\\u{61c}j\\u{e0041}k\u00e9";
/** Characters no log line may hold raw: controls, format characters, line and paragraph separators. */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

test("the access log and the echo escape C1 controls, bidi overrides and other format characters; é stays", async () => {
  const { url, log } = await startProxy(plugin, upstream);
  const value = Buffer.from(HOSTILE_TEXT, "utf8").toString("latin1");
  const res = await get(url, "/hostile-log", { headers: { "x-request-id": value } });
  assert.equal(res.status, 200);
  const echoed = JSON.parse(res.body) as { headers: [string, string][] };
  assert.deepEqual(
    echoed.headers.filter(([n]) => n === "x-request-id"),
    [["x-request-id", HOSTILE_ESCAPED]],
  );
  assert.ok(!UNSAFE.test(res.body.replace(/\n/g, "")), JSON.stringify(res.body));
  const line = log.find((l) => l.includes("/hostile-log")) ?? assert.fail("no access-log line");
  assert.ok(line.includes(` x-request-id=${HOSTILE_ESCAPED} `), line);
  assert.ok(!UNSAFE.test(line), JSON.stringify(line));

  // Not UTF-8: every byte outside printable ASCII is \xHH, C1 bytes among them.
  await get(url, "/hostile-bytes", { headers: { "x-request-id": "a\x85b\x9b\xff" } });
  assert.ok(
    log.some((l) => l.includes('"GET /hostile-bytes HTTP/1.1" 200 x-request-id=a\\x85b\\x9b\\xff ')),
    log.join("\n"),
  );
});

test("npm start escapes them in the plugin's own lines too", async () => {
  const proxy = await startedNpmStart(["--config", "{}", "--log-level", "debug"]);
  try {
    const res = await get(new URL(`http://127.0.0.1:${proxy.port}`), "/plugin-line", {
      headers: { "x-request-id": Buffer.from(HOSTILE_TEXT, "utf8").toString("latin1") },
    });
    assert.equal(res.status, 200);
    // The access line is printed after the plugin's lines of the same request.
    await proxy.lineWith("/plugin-line");
    const done = await proxy.lineWith("request done:");
    assert.ok(done.includes(`x-request-id="${PLUGIN_ESCAPED}" (kept)`), done);
    assert.ok(!UNSAFE.test(proxy.stdout().replace(/\n/g, "")), JSON.stringify(proxy.stdout()));
  } finally {
    await proxy.stop();
  }
});

test("the echo upstream takes what the proxy admits: 59 KiB of headers reach it and come back", async () => {
  const { url } = await startProxy(plugin, upstream);
  const big = "b".repeat(59 * 1024);
  const res = await get(url, "/big-headers", { headers: { "x-big": big } });
  assert.equal(res.status, 200, res.body.slice(0, 200));
  const echoed = JSON.parse(res.body) as { headers: [string, string][] };
  assert.deepEqual(
    echoed.headers.filter(([n]) => n === "x-big"),
    [["x-big", big]],
  );
});

/** npm start on a free port, in a child process; resolves once it listens. */
async function startedNpmStart(args: string[]) {
  const child = runStart(["--port", "0", ...args]);
  let stdout = "";
  child.stdout.on("data", (c) => (stdout += c));
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no listening line within 30 s in: ${stdout}`)), 30_000);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited with ${code}`));
    });
    child.stdout.on("data", () => {
      const m = /proxy on http:\/\/127\.0\.0\.1:(\d+)/.exec(stdout);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
  });
  return {
    port,
    stdout: () => stdout,
    /** The first line that holds `text`, once printed (polled every 50 ms, 10 s at most). */
    lineWith: async (text: string) => {
      for (let i = 0; i < 200 && !stdout.includes(text); i++) await new Promise((r) => setTimeout(r, 50));
      return stdout.split("\n").find((l) => l.includes(text)) ?? assert.fail(`no line with ${text} in: ${stdout}`);
    },
    /** SIGTERM, then the exit code. */
    stop: async () => {
      child.kill("SIGTERM");
      return exited;
    },
  };
}

const hasCurl = (() => {
  try {
    execFileSync("curl", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

test("the README's curl example is what curl gets from npm start, and the log line it shows is the one printed", {
  // .ci/run installs curl: under CI it must run.
  skip: hasCurl || process.env.CI === "true" ? false : "needs curl",
}, async () => {
  const readme = readFileSync("README.md", "utf8");
  const [, command, shown] = /```console\n\$ (curl [^\n]+)\n([\s\S]*?)```/.exec(readme) ?? assert.fail("no curl example in README.md");
  const shownLog = /and logs one line per request:\n\n```\n([^\n]+)\n```/.exec(readme)?.[1] ?? assert.fail("no log line in README.md");
  const proxy = await startedNpmStart([]);
  try {
    const url = (command.split(" ").at(-1) as string).replace(":8080", `:${proxy.port}`);
    const got = execFileSync("curl", ["-s", url], { encoding: "utf8" });
    // The same text, but for what differs from run to run: the port, the UUID, curl's version.
    const normal = (text: string) =>
      text
        .replace(/localhost:\d+/g, "localhost:PORT")
        .replace(/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/g, "UUID")
        .replace(/curl\/[\d.]+/, "curl/VERSION");
    assert.equal(normal(got), normal(shown));
    const line = await proxy.lineWith('"GET /anything');
    const shape = (l: string) => normal(l).replace(/ [\d.]+ms$/, " Nms");
    assert.equal(shape(line), shape(shownLog));
  } finally {
    await proxy.stop();
  }
});
