// The benchmark: the release plugin against the floor (floor.wat, one host call per request)
// in the same host and the same run, plus start time, module size, memory after many
// requests and host calls per request, each judged against its budget.

import { readFile } from "node:fs/promises";
import os from "node:os";
import { gzipSync } from "node:zlib";
import wabtInit from "wabt";
import { PLUGIN_NAME } from "../../assembly/names.ts";
import { PluginVm } from "../../host/index.ts";
import { coldStarts } from "./cold-start.ts";
import { hostCallsPerRequest, type Stats, type Subject, startedVm, stats, subject, timePairs } from "./measure.ts";
import { PLAIN, WITH_ID, WITH_TRACEPARENT } from "./workload.ts";

export interface RunOptions {
  short: boolean;
  wasm: Uint8Array;
}

export interface ModeResult {
  mode: string;
  floor: Stats;
  plugin: Stats;
  ratio: number;
  ratioP99: number;
}

export interface Budget {
  budget: string;
  ok: boolean;
  value: string;
}

export interface Results {
  date: string;
  short: boolean;
  machine: { cpu: string; cores: number; node: string; v8: string };
  timedRequests: number;
  modes: ModeResult[];
  calls: Record<string, Record<string, number>>;
  size: { raw: number; gzip: number };
  startMs: { median: number; p90: number };
  /** Median cold start in a fresh process, ms: the plugin and the floor. */
  coldStartMs: { plugin: number; floor: number };
  memory: Record<string, number>;
  budgets: Budget[];
}

const BATCH = 1_000;

async function floorModule(): Promise<Uint8Array> {
  const wabt = await wabtInit();
  const module = wabt.parseWat("floor.wat", await readFile(new URL("./floor.wat", import.meta.url), "utf8"));
  try {
    return module.toBinary({}).buffer;
  } finally {
    module.destroy();
  }
}

export async function runBenchmark({ short, wasm }: RunOptions): Promise<Results> {
  const timed = short ? 20_000 : 200_000;
  const warmUp = short ? 5_000 : 50_000;
  const memoryCheckpoints = short ? [10_000, 100_000] : [100_000, 1_000_000];
  const floorWasm = await floorModule();

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
  const floorTracedVm = await PluginVm.load(floorWasm);
  floorTracedVm.start("");
  const staticConfig = `{"tracking_value": "request-tracking"}`;
  const v7Config = `{"generator": "uuidv7"}`;
  const traceConfig = `{"use_trace_id": true}`;
  const pairs: [Subject, Subject][] = [
    [subject("floor", floorVm, PLAIN, timed), subject("static value", await startedVm(wasm, staticConfig), PLAIN, timed)],
    [subject("floor", floorVm, PLAIN, timed), subject("generated UUID", await startedVm(wasm, "{}"), PLAIN, timed)],
    [
      subject("floor (header present)", floorKeptVm, WITH_ID, timed),
      subject("existing header kept", await startedVm(wasm, "{}"), WITH_ID, timed),
    ],
    [subject("floor", floorVm, PLAIN, timed), subject("generated UUIDv7", await startedVm(wasm, v7Config), PLAIN, timed)],
    [
      subject("floor (traceparent)", floorTracedVm, WITH_TRACEPARENT, timed),
      subject("trace id (traceparent)", await startedVm(wasm, traceConfig), WITH_TRACEPARENT, timed),
    ],
  ];
  timePairs(pairs, warmUp, timed, BATCH);
  const modes = pairs.map(([floor, plugin]): ModeResult => {
    const f = stats(floor);
    const p = stats(plugin);
    return { mode: plugin.name, floor: f, plugin: p, ratio: p.median / f.median, ratioP99: p.p99 / f.p99 };
  });

  // Memory: one VM, the UUID mode (the one that allocates most), well past warm-up.
  const memoryVm = await startedVm(wasm, "{}");
  const memory: Record<string, number> = { afterStart: memoryVm.memoryBytes() };
  let done = 0;
  for (const checkpoint of memoryCheckpoints) {
    for (; done < checkpoint; done++) memoryVm.request(PLAIN);
    memory[`after${checkpoint}`] = memoryVm.memoryBytes();
  }
  const growth = memory[`after${memoryCheckpoints[1]}`] - memory[`after${memoryCheckpoints[0]}`];

  const calls = {
    staticValue: await hostCallsPerRequest(wasm, staticConfig, PLAIN),
    generatedUuid: await hostCallsPerRequest(wasm, "{}", PLAIN),
    existingKept: await hostCallsPerRequest(wasm, "{}", WITH_ID),
    generatedUuidV7: await hostCallsPerRequest(wasm, v7Config, PLAIN),
    traceparent: await hostCallsPerRequest(wasm, traceConfig, WITH_TRACEPARENT),
    floor: await hostCallsPerRequest(floorWasm, "", PLAIN),
  };
  const cold = coldStarts(
    [
      { name: "plugin", wasm, config: "{}", rootId: PLUGIN_NAME },
      { name: "floor", wasm: floorWasm, config: "", rootId: "" },
    ],
    short ? 3 : 7,
  );
  const coldStartMs = { plugin: cold.plugin, floor: cold.floor };
  const size = { raw: wasm.length, gzip: gzipSync(wasm, { level: 9 }).length };
  const startMs = { median: startTimes[Math.floor(startTimes.length / 2)], p90: startTimes[Math.floor(startTimes.length * 0.9)] };
  const peak = Math.max(...Object.values(memory));

  // New modes against the UUIDv4 one: plugin medians of the same run, batches interleaved.
  const v4 = modes[1].plugin.median;
  const v7Ratio = modes[3].plugin.median / v4;
  const traceRatio = modes[4].plugin.median / v4;
  const budgets: Budget[] = [
    { budget: "static value <= 1.5x floor (median)", ok: modes[0].ratio <= 1.5, value: `${modes[0].ratio.toFixed(2)}x` },
    { budget: "generated UUID <= 2x floor (median)", ok: modes[1].ratio <= 2, value: `${modes[1].ratio.toFixed(2)}x` },
    { budget: "generated UUIDv7 <= 1.10x generated UUID (median)", ok: v7Ratio <= 1.1, value: `${v7Ratio.toFixed(2)}x` },
    { budget: "trace id (traceparent) <= 1.3x generated UUID (median)", ok: traceRatio <= 1.3, value: `${traceRatio.toFixed(2)}x` },
    { budget: "module <= 24 KiB raw", ok: size.raw <= 24 * 1024, value: `${size.raw} B` },
    { budget: `no memory growth ${memoryCheckpoints[0]} -> ${memoryCheckpoints[1]} requests`, ok: growth === 0, value: `${growth} B` },
    { budget: "linear memory <= 2 pages", ok: peak <= 2 * 65536, value: `${peak / 65536} page(s)` },
    { budget: "start (compile + instantiate + configure) < 5 ms", ok: startMs.median < 5, value: `${startMs.median.toFixed(2)} ms` },
    {
      budget: "cold start in a fresh process within 2 ms of the floor's",
      ok: coldStartMs.plugin - coldStartMs.floor <= 2,
      value: `${coldStartMs.plugin.toFixed(2)} ms vs ${coldStartMs.floor.toFixed(2)} ms`,
    },
  ];
  const machine = { cpu: os.cpus()[0]?.model ?? "unknown", cores: os.cpus().length, node: process.version, v8: process.versions.v8 };
  return {
    date: new Date().toISOString(),
    short,
    machine,
    timedRequests: timed,
    modes,
    calls,
    size,
    startMs,
    coldStartMs,
    memory,
    budgets,
  };
}
