// The local proxy under a real load generator (autocannon) on loopback, in a short form for
// CI; `npm run load` is the long run. Every request must reach the upstream with exactly one
// tracking header, all distinct, with no error and no memory growth between rounds.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import v8 from "node:v8";
import { runInNewContext } from "node:vm";
import { runLoad } from "../../lib/runs/load.ts";

v8.setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

test("two rounds of 5,000 mixed GET/POST requests at 64 connections: no error, one distinct header each, memory stable", async () => {
  const wasm = readFileSync("build/plugin.wasm");
  const heaps: number[] = [];
  for (let round = 0; round < 2; round++) {
    const report = await runLoad({ wasm, requests: 5_000, connections: 64 });
    assert.equal(report.requests, 5_000);
    assert.deepEqual({ errors: report.errors, timeouts: report.timeouts, non2xx: report.non2xx }, { errors: 0, timeouts: 0, non2xx: 0 });
    assert.equal(report.upstreamRequests, 5_000);
    assert.equal(report.withoutExactlyOneHeader, 0);
    assert.equal(report.distinctValues, 5_000);
    assert.equal(report.accessLogLines, 5_000);
    assert.ok(report.vmMemoryBytes <= 2 * 65536, `${report.vmMemoryBytes} bytes of linear memory`);
    gc();
    heaps.push(process.memoryUsage().heapUsed);
  }
  const growth = heaps[1] - heaps[0];
  assert.ok(growth < 16 * 1024 * 1024, `the heap grew by ${growth} bytes between rounds`);
});
