// A load run against the local proxy: a real load generator (autocannon) on loopback,
// mixed GET and POST with bodies over keep-alive connections, and an upstream that records
// the tracking header of every request it receives.

import http from "node:http";
import type { AddressInfo } from "node:net";
import autocannon from "autocannon";
import { DEFAULT_HEADER } from "../../assembly/names.ts";
import { PluginVm } from "../../host/index.ts";
import { LocalProxy } from "../local/proxy.ts";

export interface LoadOptions {
  wasm: Uint8Array;
  config?: string;
  requests: number;
  connections: number;
  header?: string;
  /** Draw autocannon's progress bar on standard error (the command does on a terminal). */
  progress?: boolean;
}

export interface LoadReport {
  requests: number;
  durationMs: number;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  /** Requests the upstream saw, and how many of them did not carry exactly one tracking header. */
  upstreamRequests: number;
  withoutExactlyOneHeader: number;
  distinctValues: number;
  accessLogLines: number;
  heapUsedBefore: number;
  heapUsedAfter: number;
  vmMemoryBytes: number;
}

export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  const header = options.header ?? DEFAULT_HEADER;
  const seen = new Set<string>();
  let upstreamRequests = 0;
  let withoutExactlyOneHeader = 0;
  const upstream = http.createServer({ keepAlive: true }, (req, res) => {
    upstreamRequests++;
    const values: string[] = [];
    for (let i = 0; i + 1 < req.rawHeaders.length; i += 2)
      if (req.rawHeaders[i].toLowerCase() === header) values.push(req.rawHeaders[i + 1]);
    if (values.length === 1) seen.add(values[0]);
    else withoutExactlyOneHeader++;
    req.resume();
    req.on("end", () => res.end("ok\n"));
  });
  await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));

  const vm = await PluginVm.load(options.wasm);
  const started = vm.start(options.config ?? "{}");
  if (!started.ok) throw new Error(`the plugin refused its configuration: ${vm.logs("critical").join(" ")}`);
  let accessLogLines = 0;
  const proxy = new LocalProxy({
    vm,
    upstream: new URL(`http://127.0.0.1:${(upstream.address() as AddressInfo).port}`),
    trackingHeader: header,
    log: () => accessLogLines++,
  });
  const port = await proxy.listen();
  const heapUsedBefore = process.memoryUsage().heapUsed;
  try {
    const settings: autocannon.Options = {
      url: `http://127.0.0.1:${port}`,
      connections: options.connections,
      amount: options.requests,
      timeout: 10,
      requests: [
        { method: "GET", path: "/items?page=1", headers: { accept: "application/json" } },
        {
          method: "POST",
          path: "/orders",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ item: "book", quantity: 2, note: "x".repeat(512) }),
        },
        { method: "GET", path: "/health" },
        { method: "PUT", path: "/items/42", headers: { "content-type": "text/plain" }, body: "y".repeat(4096) },
      ],
    };
    // Timed from the start to the last answer: autocannon's own rate is a mean of whole-second
    // samples, and its duration runs to the end of a second.
    const startedAt = performance.now();
    let lastAnswer = startedAt;
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(settings, (err, res) => (err ? reject(err) : resolve(res)));
      instance.on("response", () => {
        lastAnswer = performance.now();
      });
      if (options.progress) autocannon.track(instance, { renderResultsTable: false, renderLatencyTable: false });
    });
    const durationMs = lastAnswer - startedAt;
    return {
      requests: result.requests.total,
      durationMs: Math.round(durationMs),
      requestsPerSecond: Math.round((result.requests.total / durationMs) * 1000),
      latencyP50Ms: result.latency.p50,
      latencyP99Ms: result.latency.p99,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      upstreamRequests,
      withoutExactlyOneHeader,
      distinctValues: seen.size,
      accessLogLines,
      heapUsedBefore,
      heapUsedAfter: process.memoryUsage().heapUsed,
      vmMemoryBytes: vm.memoryBytes(),
    };
  } finally {
    await proxy.close();
    upstream.closeAllConnections();
    await new Promise<void>((resolve) => upstream.close(() => resolve()));
  }
}
