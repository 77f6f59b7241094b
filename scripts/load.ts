// npm run load -- [--requests 100000] [--connections 64]: the local proxy under a real load
// generator on loopback; prints the figures and exits non-zero if any request went wrong.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { runLoad } from "../local/load.js";
import { ensureBuilt, RELEASE_OUTPUT } from "./build.js";
import { runCli } from "./cli.js";

runCli("load", async () => {
  const { values } = parseArgs({
    options: { requests: { type: "string", default: "100000" }, connections: { type: "string", default: "64" }, config: { type: "string", default: "{}" } },
  });
  await ensureBuilt();
  const report = await runLoad({
    wasm: await readFile(RELEASE_OUTPUT), config: values.config,
    requests: Number(values.requests), connections: Number(values.connections),
  });
  console.log(JSON.stringify(report, null, 2));
  const wrong = report.errors + report.timeouts + report.non2xx + report.withoutExactlyOneHeader +
    (report.upstreamRequests - report.distinctValues);
  if (wrong > 0 || report.upstreamRequests !== report.requests) throw new Error(`${wrong} requests went wrong`);
  console.log(`load: ${report.requests} requests, ${Math.round(report.requestsPerSecond)} req/s, p99 ${report.latencyP99Ms} ms, no errors, one distinct tracking header on each`);
});
