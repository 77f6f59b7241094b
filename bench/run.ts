// npm run bench: the release plugin against the floor (bench/floor.wat, one host call per
// request) in the same host and the same run, batches alternating so machine noise hits both
// alike. Prints a table and writes bench/results.json. A benchmark, not a test: it judges
// the budgets in its output and always exits 0 once it has measured.
//
//   npm run bench               full run (200,000 timed requests per subject, memory to 1,000,000)
//   npm run bench -- --short    a quick run that proves the benchmark works

import { readFile, writeFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { parseArgs } from "node:util";
import os from "node:os";
import wabtInit from "wabt";
import { HeaderMap, PluginVm, type RequestInput } from "../host/index.js";
import { ensureBuilt, RELEASE_OUTPUT } from "../scripts/build.js";

const { values } = parseArgs({ options: { short: { type: "boolean", default: false } } });
const SHORT = values.short;
const TIMED = SHORT ? 20_000 : 200_000;
const WARM_UP = SHORT ? 5_000 : 50_000;
const BATCH = 1_000;
const MEMORY_CHECKPOINTS = SHORT ? [10_000, 100_000] : [100_000, 1_000_000];

/** A browser's request: 21 headers of realistic sizes. */
const REQUEST_HEADERS: [string, string][] = [
  [":authority", "shop.example.com"],
  [":method", "GET"],
  [":path", "/api/v1/orders/12345?include=items,shipping&currency=EUR"],
  [":scheme", "https"],
  ["accept", "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"],
  ["accept-encoding", "gzip, deflate, br, zstd"],
  ["accept-language", "en-GB,en;q=0.9,de;q=0.8,fr;q=0.7"],
  ["cache-control", "no-cache"],
  ["cookie", "session=3f2a9c1e7b4d4e6f9a0b1c2d3e4f5a6b; _ga=GA1.2.1234567890.1700000000; consent=analytics:1,ads:0; theme=dark"],
  ["pragma", "no-cache"],
  ["referer", "https://shop.example.com/orders?page=2"],
  ["sec-ch-ua", "\"Chromium\";v=\"131\", \"Not_A Brand\";v=\"24\""],
  ["sec-ch-ua-mobile", "?0"],
  ["sec-ch-ua-platform", "\"Linux\""],
  ["sec-fetch-dest", "empty"],
  ["sec-fetch-mode", "cors"],
  ["sec-fetch-site", "same-origin"],
  ["user-agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"],
  ["x-forwarded-for", "203.0.113.7, 198.51.100.21"],
  ["x-forwarded-proto", "https"],
  ["x-envoy-external-address", "203.0.113.7"],
];

const RESPONSE_HEADERS: [string, string][] = [
  [":status", "200"],
  ["content-type", "application/json; charset=utf-8"],
  ["content-length", "1834"],
  ["date", "Fri, 27 Nov 2026 10:00:00 GMT"],
  ["server", "envoy"],
  ["cache-control", "private, max-age=0"],
  ["etag", "W/\"72a-18c0f3a7d21\""],
  ["vary", "Accept-Encoding, Origin"],
];

// Prepared maps, copied per request: Envoy's codec builds its maps whether a plugin runs or not.
const plain: RequestInput = { headers: new HeaderMap(REQUEST_HEADERS), responseHeaders: new HeaderMap(RESPONSE_HEADERS) };
const withId: RequestInput = {
  headers: new HeaderMap([...REQUEST_HEADERS, ["x-request-id", "2d1f3e4a-5b6c-4d7e-8f90-a1b2c3d4e5f6"]]),
  responseHeaders: new HeaderMap(RESPONSE_HEADERS),
};

interface Subject {
  name: string;
  vm: PluginVm;
  input: RequestInput;
  samples: Float64Array;
  count: number;
}

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

function runBatch(subject: Subject, n: number, record: boolean): void {
  const { vm, input } = subject;
  for (let i = 0; i < n; i++) {
    const start = process.hrtime.bigint();
    vm.request(input);
    const elapsed = Number(process.hrtime.bigint() - start);
    if (record && subject.count < subject.samples.length) subject.samples[subject.count++] = elapsed;
  }
}

async function startedVm(wasm: Uint8Array, config: string): Promise<PluginVm> {
  const vm = await PluginVm.load(wasm, { rootId: "request-tracking" });
  const started = vm.start(config);
  if (!started.ok) throw new Error(`the plugin did not start with ${config}: ${vm.logs("critical").join(" ")}`);
  return vm;
}

function hostCallsPerRequest(vm: PluginVm, input: RequestInput, n = 1000): Record<string, number> {
  vm.state.callCounts.clear();
  vm.state.countCalls = true;
  for (let i = 0; i < n; i++) vm.request(input);
  vm.state.countCalls = false;
  return Object.fromEntries([...vm.state.callCounts].map(([name, count]) => [name, count / n]));
}

async function main(): Promise<void> {
  await ensureBuilt();
  const wasm = await readFile(RELEASE_OUTPUT);
  const wabt = await wabtInit();
  const floorModule = wabt.parseWat("floor.wat", await readFile("bench/floor.wat", "utf8"));
  const floorWasm = floorModule.toBinary({}).buffer;
  floorModule.destroy();

  // Start: compile + instantiate + configure, as a proxy does when the plugin (re)loads.
  const startTimes: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t = process.hrtime.bigint();
    await startedVm(wasm, "{}");
    startTimes.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  startTimes.sort((a, b) => a - b);

  const floorVm = await PluginVm.load(floorWasm);
  floorVm.start("");
  const floorKeptVm = await PluginVm.load(floorWasm);
  floorKeptVm.start("");
  const subject = (name: string, vm: PluginVm, input: RequestInput): Subject => ({ name, vm, input, samples: new Float64Array(TIMED), count: 0 });
  const pairs: [Subject, Subject][] = [
    [subject("floor", floorVm, plain), subject("static value", await startedVm(wasm, `{"tracking_value": "request-tracking"}`), plain)],
    [subject("floor", floorVm, plain), subject("generated UUID", await startedVm(wasm, "{}"), plain)],
    [subject("floor (header present)", floorKeptVm, withId), subject("existing header kept", await startedVm(wasm, "{}"), withId)],
  ];
  const all = pairs.flat();

  for (const s of all) runBatch(s, WARM_UP, false);
  // Alternate batches: each pair's floor and plugin run back to back, round after round.
  for (let round = 0; round < TIMED / BATCH; round++) {
    for (const [floor, plugin] of pairs) {
      runBatch(floor, BATCH, true);
      runBatch(plugin, BATCH, true);
    }
  }

  const stats = (s: Subject) => {
    const sorted = s.samples.subarray(0, s.count).sort();
    return { median: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), n: s.count };
  };
  const modes = pairs.map(([floor, plugin]) => {
    const f = stats(floor);
    const p = stats(plugin);
    return { mode: plugin.name, floor: f, plugin: p, ratio: p.median / f.median, ratioP99: p.p99 / f.p99 };
  });

  // Memory: one VM, the UUID mode (the one that allocates most), well past warm-up.
  const memoryVm = await startedVm(wasm, "{}");
  const memory: Record<string, number> = { afterStart: memoryVm.memoryBytes() };
  let done = 0;
  for (const checkpoint of MEMORY_CHECKPOINTS) {
    for (; done < checkpoint; done++) memoryVm.request(plain);
    memory[`after${checkpoint}`] = memoryVm.memoryBytes();
  }
  const growth = memory[`after${MEMORY_CHECKPOINTS[1]}`] - memory[`after${MEMORY_CHECKPOINTS[0]}`];

  const calls = {
    staticValue: hostCallsPerRequest(pairs[0][1].vm, plain),
    generatedUuid: hostCallsPerRequest(pairs[1][1].vm, plain),
    existingKept: hostCallsPerRequest(pairs[2][1].vm, withId),
    floor: hostCallsPerRequest(floorVm, plain),
  };
  const size = { raw: wasm.length, gzip: gzipSync(wasm, { level: 9 }).length };
  const startMs = { median: startTimes[Math.floor(startTimes.length / 2)], p90: startTimes[Math.floor(startTimes.length * 0.9)] };

  const budgets = [
    { budget: "static value <= 1.5x floor (median)", ok: modes[0].ratio <= 1.5, value: modes[0].ratio.toFixed(2) + "x" },
    { budget: "generated UUID <= 2x floor (median)", ok: modes[1].ratio <= 2, value: modes[1].ratio.toFixed(2) + "x" },
    { budget: "module <= 24 KiB raw", ok: size.raw <= 24 * 1024, value: `${size.raw} B` },
    { budget: `no memory growth ${MEMORY_CHECKPOINTS[0]} -> ${MEMORY_CHECKPOINTS[1]} requests`, ok: growth === 0, value: `${growth} B` },
    { budget: "linear memory <= 2 pages", ok: Math.max(...Object.values(memory)) <= 2 * 65536, value: `${Math.max(...Object.values(memory)) / 65536} page(s)` },
    { budget: "start (compile + instantiate + configure) < 5 ms", ok: startMs.median < 5, value: `${startMs.median.toFixed(2)} ms` },
  ];

  const machine = { cpu: os.cpus()[0]?.model ?? "unknown", cores: os.cpus().length, node: process.version, v8: process.versions.v8 };
  console.log(`request-tracker benchmark (${SHORT ? "short" : "full"}): ${machine.cpu}, ${machine.cores} cores, node ${machine.node}`);
  console.log(`\nns per request lifecycle (context create, request headers, response headers, log, done, delete), ${TIMED} timed each:`);
  console.table(Object.fromEntries(modes.map((m) => [m.mode, {
    "floor median": Math.round(m.floor.median), "plugin median": Math.round(m.plugin.median), "ratio": +m.ratio.toFixed(2),
    "floor p99": Math.round(m.floor.p99), "plugin p99": Math.round(m.plugin.p99), "p99 ratio": +m.ratioP99.toFixed(2),
  }])));
  console.log("host calls per request:");
  console.table(calls);
  console.log(`module: ${size.raw} bytes raw, ${size.gzip} gzipped`);
  console.log(`start: ${startMs.median.toFixed(2)} ms median, ${startMs.p90.toFixed(2)} ms p90`);
  console.log(`linear memory: ${Object.entries(memory).map(([k, v]) => `${k} ${v}`).join(", ")} bytes`);
  console.log("\nbudgets:");
  for (const b of budgets) console.log(`  ${b.ok ? "ok  " : "OVER"} ${b.budget}: ${b.value}`);

  const results = { date: new Date().toISOString(), short: SHORT, machine, timedRequests: TIMED, modes, calls, size, startMs, memory, budgets };
  await writeFile("bench/results.json", JSON.stringify(results, null, 2) + "\n");
  console.log("\nwrote bench/results.json");
}

main().catch((e: Error) => {
  console.error(`bench: ${e.message}`);
  process.exit(1);
});
