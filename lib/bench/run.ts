// The benchmark: the release plugin against the floor (floor.wat, one host call per request)
// in the same host and the same process, plus start time, module size, memory after many
// requests and host calls per request, each judged against its budget. The timing runs in
// several fresh processes and takes the median of their ratios: within one process the
// ratios hold to a percent or two, but each process's JIT settles a little differently.

import { readFile } from "node:fs/promises";
import os from "node:os";
import { gzipSync } from "node:zlib";
import { PLUGIN_NAME } from "../../assembly/names.ts";
import { assemble } from "../build/wat.ts";
import { runChild, withModuleFiles } from "./child.ts";
import { type ColdStarts, coldStarts, signedMs } from "./cold-start.ts";
import { hostCallsPerRequest, median, type PairStats, type Stats, startedVm } from "./measure.ts";
import { MODES, P99_BUDGET } from "./modes.ts";
import { PLAIN } from "./workload.ts";

export interface RunOptions {
  short: boolean;
  wasm: Uint8Array;
}

/** A mode's figures: each the median over the timing processes. */
export interface ModeResult extends PairStats {
  mode: string;
  ratio: number;
  ratioP99: number;
  /** The median ratio of each timing process, lowest first. */
  ratios: number[];
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
  /** How many fresh processes timed the modes. */
  processes: number;
  modes: ModeResult[];
  calls: Record<string, Record<string, number>>;
  size: { raw: number; gzip: number };
  startMs: { median: number; p90: number };
  /** Cold start in a fresh process, ms: the plugin's, the floor's, and the plugin's over the floor's, with the host warmed and cold. */
  coldStartMs: ColdStarts;
  memory: Record<string, number>;
  budgets: Budget[];
}

/** A module of lib/bench written in the text format (the floor, the warm-up), assembled. */
async function watModule(file: string): Promise<Uint8Array> {
  return assemble(await readFile(new URL(`./${file}`, import.meta.url), "utf8"), file);
}

export async function runBenchmark({ short, wasm }: RunOptions): Promise<Results> {
  const timed = short ? 20_000 : 200_000;
  const warmUp = short ? 5_000 : 50_000;
  const memoryCheckpoints = short ? [10_000, 100_000] : [100_000, 1_000_000];
  const floorWasm = await watModule("floor.wat");
  const warmUpWasm = await watModule("warm-up.wat");

  // Start: compile + instantiate + configure, as a proxy does when the plugin (re)loads.
  const startTimes: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t = process.hrtime.bigint();
    await startedVm(wasm, "{}");
    startTimes.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  startTimes.sort((a, b) => a - b);

  const processes = short ? 1 : 7;
  const runs = withModuleFiles({ plugin: wasm, floor: floorWasm, warmUp: warmUpWasm }, (files) => {
    const timings: PairStats[][] = [];
    for (let i = 0; i < processes; i++)
      timings.push(JSON.parse(runChild("./timing-child.ts", [files.plugin, files.floor, String(timed), String(warmUp)])));
    const cold = coldStarts(
      { file: files.plugin, config: "{}", rootId: PLUGIN_NAME },
      { file: files.floor, config: "", rootId: "" },
      files.warmUp,
      short ? 3 : 11,
    );
    return { timings, cold };
  });
  /** A figure of each timing process, lowest first, and their median. */
  const byProcess = (pick: (t: PairStats[]) => number) => runs.timings.map(pick).sort((x, y) => x - y);
  const middle = (pick: (t: PairStats[]) => number) => median(byProcess(pick));
  const modes = MODES.map((mode, i): ModeResult => {
    const statsOf = (side: "floor" | "plugin"): Stats => ({
      median: middle((t) => t[i][side].median),
      p99: middle((t) => t[i][side].p99),
      n: runs.timings[0][i][side].n,
    });
    const ratios = byProcess((t) => t[i].plugin.median / t[i].floor.median);
    return {
      mode: mode.name,
      floor: statsOf("floor"),
      plugin: statsOf("plugin"),
      ratio: median(ratios),
      ratioP99: middle((t) => t[i].plugin.p99 / t[i].floor.p99),
      ratios,
    };
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
  const coldStartMs = runs.cold;
  const size = { raw: wasm.length, gzip: gzipSync(wasm, { level: 9 }).length };
  const startMs = { median: median(startTimes), p90: startTimes[Math.floor(startTimes.length * 0.9)] };
  const peak = Math.max(...Object.values(memory));

  const budgets: Budget[] = MODES.map((mode, i) => {
    // A mode judged against another: their plugins' medians, process by process.
    const base = MODES.findIndex((m) => m.name === mode.of);
    const ratios = base < 0 ? modes[i].ratios : byProcess((t) => t[i].plugin.median / t[base].plugin.median);
    const ratio = median(ratios);
    const range = ratios.length > 1 ? ` (${ratios[0].toFixed(2)}-${ratios[ratios.length - 1].toFixed(2)})` : "";
    return {
      budget: `${mode.name} <= ${mode.budget}x ${mode.of ?? "floor"} (median)`,
      ok: ratio <= mode.budget,
      value: `${ratio.toFixed(2)}x${range}`,
    };
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
      budget: "cold start in a fresh process (host warmed) within 2 ms of the floor's",
      ok: coldStartMs.warmHost.overFloor <= 2,
      value: `${signedMs(coldStartMs.warmHost.overFloor)} ms (${coldStartMs.warmHost.plugin.toFixed(2)} ms vs ${coldStartMs.warmHost.floor.toFixed(2)} ms)`,
    },
  );
  const machine = { cpu: os.cpus()[0]?.model ?? "unknown", cores: os.cpus().length, node: process.version, v8: process.versions.v8 };
  return {
    date: new Date().toISOString(),
    short,
    machine,
    timedRequests: timed,
    processes,
    modes,
    calls,
    size,
    startMs,
    coldStartMs,
    memory,
    budgets,
  };
}
