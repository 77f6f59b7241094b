// npm run load -- [--requests 100000] [--connections 64]: the local proxy under a real load
// generator on loopback; prints the figures and exits non-zero if any request went wrong.
import { readFile } from "node:fs/promises";
import { ensureBuilt, RELEASE_OUTPUT } from "../lib/build/compile.ts";
import { integerOption, runCli } from "../lib/cli/run.ts";
import { runLoad } from "../lib/runs/load.ts";

runCli(
  "load",
  { npm: "run load", summary: "the local proxy under a load generator on loopback" },
  {
    requests: { type: "string", default: "100000", help: "how many requests", placeholder: "N" },
    connections: { type: "string", default: "64", help: "concurrent connections", placeholder: "N" },
    config: { type: "string", default: "{}", help: "the plugin configuration as JSON", placeholder: "JSON" },
  },
  async ({ values }) => {
    const requests = integerOption("requests", values.requests, 1, 100_000_000);
    const connections = integerOption("connections", values.connections, 1, 10_000);
    await ensureBuilt();
    const report = await runLoad({
      wasm: await readFile(RELEASE_OUTPUT),
      config: values.config,
      requests,
      connections,
      progress: process.stderr.isTTY,
    });
    console.log(JSON.stringify(report, null, 2));
    const wrong =
      report.errors + report.timeouts + report.non2xx + report.withoutExactlyOneHeader + (report.upstreamRequests - report.distinctValues);
    if (wrong > 0 || report.upstreamRequests !== report.requests) throw new Error(`${wrong} requests went wrong`);
    console.log(
      `load: ${report.requests} requests, ${Math.round(report.requestsPerSecond)} req/s, p99 ${report.latencyP99Ms} ms, no errors, one distinct tracking header on each`,
    );
  },
);
