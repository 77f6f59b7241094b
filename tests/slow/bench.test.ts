// The benchmark runs end to end (short mode) and reports every figure it promises. Its
// numbers are not judged here: a benchmark is not a timed test.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { signedMs } from "../../lib/bench/cold-start.ts";

test("npm run bench -- --short measures every mode against the floor and reports every figure", () => {
  const dir = mkdtempSync(join(tmpdir(), "request-tracker-bench-"));
  try {
    const out = join(dir, "results.json");
    const run = spawnSync(process.execPath, ["--import", "tsx", "bin/bench.ts", "--short", "--json", out], {
      encoding: "utf8",
      timeout: 120_000,
    });
    // A short run shows the budgets and never fails on them: too few requests to judge by.
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /\| budget \| measured \|/);
    assert.match(run.stdout, /a short run shows the budgets; a full run judges them\n$/);
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
      assert.equal(results.processes, 1);
      // One timing process in the short run: its ratio is the median of one.
      assert.deepEqual(m.ratios, [m.plugin.median / m.floor.median]);
      assert.equal(m.ratio, m.ratios[0]);
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
    for (const c of [results.coldStartMs.warmHost, results.coldStartMs.coldHost]) {
      assert.ok(c.plugin > 0 && c.floor > 0 && Number.isFinite(c.overFloor));
    }
    assert.equal(results.budgets.length, 12);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("npm run bench refuses a --json it could not write, at once and in one line, before any run", () => {
  const dir = mkdtempSync(join(tmpdir(), "request-tracker-bench-"));
  try {
    for (const [json, problem] of [
      [dir, `--json ${dir}: is a directory`],
      ["", '--json "": an empty file name'],
      // sysfs takes no new files, even from root (a container mounts it read-only).
      ["/sys/request-tracker.json", /^--json \/sys\/request-tracker\.json: (permission denied|the file system is read-only)$/],
      [join(dir, "none", "x.json"), `--json ${join(dir, "none", "x.json")}: cannot be created: no such directory`],
    ] as const) {
      // Without --short too: the check comes before the run that would rewrite docs/benchmark.md.
      const run = spawnSync(process.execPath, ["--import", "tsx", "bin/bench.ts", "--json", json], { encoding: "utf8", timeout: 60_000 });
      assert.equal(run.status, 1);
      if (typeof problem === "string") assert.equal(run.stderr, `bench: ${problem}\n`);
      else assert.match(run.stderr, new RegExp(`^bench: ${problem.source.slice(1, -1)}\n$`));
      assert.equal(run.stdout, "", "nothing ran");
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("npm run bench -- --help says that a full run rewrites docs/benchmark.md and --short does not", () => {
  const help = spawnSync(process.execPath, ["--import", "tsx", "bin/bench.ts", "--help"], { encoding: "utf8" }).stdout;
  assert.match(help, /a full run \(without --short\) rewrites the tables of docs\/benchmark\.md/);
  assert.match(help, /--short .*leaves docs\/benchmark\.md as it is/);
});

test("a cold-start difference is printed with its sign", () => {
  assert.deepEqual([1.234, 0, -0.3].map(signedMs), ["+1.23", "+0.00", "-0.30"]);
});
