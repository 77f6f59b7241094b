// The benchmark runs end to end (short mode) and reports every figure it promises. Its
// numbers are not judged here: a benchmark is not a timed test.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";

test("npm run bench -- --short measures every mode against the floor and reports every figure", () => {
  const dir = mkdtempSync(join(tmpdir(), "request-tracker-bench-"));
  try {
    const out = join(dir, "results.json");
    const run = spawnSync(process.execPath, ["--import", "tsx", "bin/bench.ts", "--short", "--explore", "--json", out], {
      encoding: "utf8",
      timeout: 120_000,
    });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /\| budget \| measured \|/);
    const results = JSON.parse(readFileSync(out, "utf8"));
    assert.deepEqual(
      results.modes.map((m: { mode: string }) => m.mode),
      [
        "static value",
        "static value, preserve_existing false",
        "generated UUIDv4",
        "existing header kept",
        "generated UUIDv7",
        "trace id (traceparent)",
      ],
    );
    for (const m of results.modes) {
      assert.ok(m.floor.median > 0 && m.plugin.median > 0 && m.plugin.p99 >= m.plugin.median, JSON.stringify(m));
      assert.equal(m.plugin.n, results.timedRequests);
      assert.equal(m.ratio, m.plugin.median / m.floor.median);
    }
    // One random_get fills a pool of 512 values.
    const batch = 1 / 512;
    assert.deepEqual(results.calls, {
      floor: { proxy_add_header_map_value: 1 },
      "static value": { proxy_get_header_map_value: 1, proxy_add_header_map_value: 1 },
      // Nothing to read when the value is replaced anyway: one replace does it.
      "static value, preserve_existing false": { proxy_replace_header_map_value: 1 },
      "generated UUIDv4": { proxy_get_header_map_value: 1, random_get: batch, proxy_add_header_map_value: 1 },
      // Envoy holds x-request-id as one entry, so a kept value is not written back.
      "existing header kept": { proxy_get_header_map_value: 1 },
      "generated UUIDv7": {
        proxy_get_header_map_value: 1,
        random_get: batch,
        proxy_get_current_time_nanoseconds: 1,
        proxy_add_header_map_value: 1,
      },
      // The tracking header, then traceparent, which is valid: no B3 read, no randomness.
      "trace id (traceparent)": { proxy_get_header_map_value: 2, proxy_add_header_map_value: 1 },
    });
    assert.equal(results.size.raw, readFileSync("build/plugin.wasm").length);
    assert.ok(results.size.gzip > 0 && results.size.gzip < results.size.raw);
    assert.ok(results.startMs.median > 0);
    assert.ok(Object.keys(results.memory).length >= 3);
    assert.ok(results.coldStartMs.plugin > 0 && results.coldStartMs.floor > 0);
    assert.equal(results.budgets.length, 12);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
