// The benchmark: the release plugin against the floor (floor.wat, one host call per request)
// in the same host and the same run, plus start time, module size, memory after many
// requests and host calls per request, each judged against its budget.

import { readFile } from "node:fs/promises";
import os from "node:os";
import { gzipSync } from "node:zlib";
import wabtInit from "wabt";
import { PLUGIN_NAME } from "../../assembly/names.ts";
import type { RequestInput } from "../../host/index.ts";
import { PluginVm } from "../../host/index.ts";
import { coldStarts } from "./cold-start.ts";
import { hostCallsPerRequest, type Stats, type Subject, startedVm, stats, subject, timePairs } from "./measure.ts";
import { PLAIN, WITH_ID, WITH_TRACEPARENT } from "./workload.ts";

export interface RunOptions {
  short: boolean;
  wasm: Uint8Array;
}

/** One way the plugin is run, against the floor on the same requests. */
interface Mode {
  name: string;
  config: string;
  input: RequestInput;
  /** Largest median ratio allowed: to the floor, or to the mode named in `of`. */
  budget: number;
  of?: string;
}

const STATIC = `{"tracking_value": "request-tracking"}`;

/** The modes, each with its budget (issue 15's targets, and those of the fields before it). */
const MODES: Mode[] = [
  { name: "static value", config: STATIC, input: PLAIN, budget: 1.4 },
  {
    name: "static value, preserve_existing false",
    config: `{"tracking_value": "request-tracking", "preserve_existing": false}`,
    input: PLAIN,
    budget: 1.15,
  },
  { name: "generated UUIDv4", config: "{}", input: PLAIN, budget: 1.6 },
  { name: "existing header kept", config: "{}", input: WITH_ID, budget: 1.8 },
  { name: "generated UUIDv7", config: `{"generator": "uuidv7"}`, input: PLAIN, budget: 1.1, of: "generated UUIDv4" },
  { name: "trace id (traceparent)", config: `{"use_trace_id": true}`, input: WITH_TRACEPARENT, budget: 1.3, of: "generated UUIDv4" },
];

/** Largest p99 ratio to the floor allowed in any mode. */
const P99_BUDGET = 1.3;

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

  // Each mode gets a floor of its own on the same requests, so the two see the same maps.
  const pairs: [Subject, Subject][] = [];
  for (const mode of MODES) {
    const floor = await PluginVm.load(floorWasm);
    floor.start("");
    pairs.push([
      subject(`floor (${mode.name})`, floor, mode.input, timed),
      subject(mode.name, await startedVm(wasm, mode.config), mode.input, timed),
    ]);
  }
  timePairs(pairs, warmUp, timed, BATCH);
  const modes = pairs.map(([floor, plugin]): ModeResult => {
    const f = stats(floor);
    const p = stats(plugin);
    return { mode: plugin.name, floor: f, plugin: p, ratio: p.median / f.median, ratioP99: p.p99 / f.p99 };
  });

  // Memory: one VM, the UUID mode, well past warm-up.
  const memoryVm = await startedVm(wasm, "{}");
  const memory: Record<string, number> = { afterStart: memoryVm.memoryBytes() };
  let done = 0;
  for (const checkpoint of memoryCheckpoints) {
    for (; done < checkpoint; done++) memoryVm.request(PLAIN);
    memory[`after${checkpoint}`] = memoryVm.memoryBytes();
  }
  const growth = memory[`after${memoryCheckpoints[1]}`] - memory[`after${memoryCheckpoints[0]}`];

  const calls: Record<string, Record<string, number>> = {};
  for (const mode of MODES) calls[mode.name] = await hostCallsPerRequest(wasm, mode.config, mode.input);
  calls.floor = await hostCallsPerRequest(floorWasm, "", PLAIN);
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

  const budgets: Budget[] = MODES.map((mode, i) => {
    const base = mode.of === undefined ? undefined : modes[MODES.findIndex((m) => m.name === mode.of)];
    const ratio = base === undefined ? modes[i].ratio : modes[i].plugin.median / base.plugin.median;
    const against = mode.of ?? "floor";
    return { budget: `${mode.name} <= ${mode.budget}x ${against} (median)`, ok: ratio <= mode.budget, value: `${ratio.toFixed(2)}x` };
  });
  const worstP99 = modes.reduce((worst, m) => (m.ratioP99 > worst.ratioP99 ? m : worst));
  const staticCalls = Object.values(calls["static value, preserve_existing false"]).reduce((a, b) => a + b, 0);
  budgets.push(
    {
      budget: `p99 <= ${P99_BUDGET}x floor in every mode`,
      ok: worstP99.ratioP99 <= P99_BUDGET,
      value: `${worstP99.ratioP99.toFixed(2)}x (${worstP99.mode})`,
    },
    { budget: "static value, preserve_existing false: 1 host call per request", ok: staticCalls === 1, value: `${staticCalls}` },
    { budget: "module <= 24 KiB raw", ok: size.raw <= 24 * 1024, value: `${size.raw} B` },
    { budget: `no memory growth ${memoryCheckpoints[0]} -> ${memoryCheckpoints[1]} requests`, ok: growth === 0, value: `${growth} B` },
    { budget: "linear memory one page", ok: peak <= 65536, value: `${peak / 65536} page(s)` },
    {
      budget: "cold start in a fresh process within 2 ms of the floor's",
      ok: coldStartMs.plugin - coldStartMs.floor <= 2,
      value: `${coldStartMs.plugin.toFixed(2)} ms vs ${coldStartMs.floor.toFixed(2)} ms`,
    },
  );
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
