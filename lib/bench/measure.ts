// Timing in one process: subjects run in alternating batches, so machine noise hits the
// plugin and the floor alike; figures are medians and p99s of per-request times.

import { PLUGIN_NAME } from "../../assembly/names.ts";
import { PluginVm, type RequestInput } from "../../host/index.ts";
import { Instrument } from "../../host/testing/instrument.ts";

export interface Subject {
  name: string;
  vm: PluginVm;
  input: RequestInput;
  samples: Float64Array;
  count: number;
}

export interface Stats {
  median: number;
  p99: number;
  n: number;
}

/** A mode's floor and plugin figures from one timing process. */
export interface PairStats {
  floor: Stats;
  plugin: Stats;
}

export function subject(name: string, vm: PluginVm, input: RequestInput, timed: number): Subject {
  return { name, vm, input, samples: new Float64Array(timed), count: 0 };
}

export function runBatch(s: Subject, n: number, record: boolean): void {
  const { vm, input } = s;
  for (let i = 0; i < n; i++) {
    const start = process.hrtime.bigint();
    vm.request(input);
    const elapsed = Number(process.hrtime.bigint() - start);
    if (record && s.count < s.samples.length) s.samples[s.count++] = elapsed;
  }
}

/** The median of a few figures (the middle one, the upper of two). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

export function stats(s: Subject): Stats {
  const sorted = s.samples.subarray(0, s.count).sort();
  return { median: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), n: s.count };
}

/** Pairs of (floor, plugin) subjects, warmed up, then timed in alternating batches. */
export function timePairs(pairs: [Subject, Subject][], warmUp: number, timed: number, batch: number): void {
  for (const s of pairs.flat()) runBatch(s, warmUp, false);
  for (let round = 0; round < timed / batch; round++) {
    for (const [floor, plugin] of pairs) {
      runBatch(floor, batch, true);
      runBatch(plugin, batch, true);
    }
  }
}

export async function startedVm(wasm: Uint8Array, config: string, hooks?: Instrument): Promise<PluginVm> {
  const vm = await PluginVm.load(wasm, { rootId: PLUGIN_NAME, hooks });
  const started = vm.start(config);
  if (!started.ok) throw new Error(`the plugin did not start with ${config}: ${vm.logs("critical").join(" ")}`);
  return vm;
}

/** Host calls per request, on a VM of its own with call counting on. */
export async function hostCallsPerRequest(
  wasm: Uint8Array,
  config: string,
  input: RequestInput,
  n = 4096,
): Promise<Record<string, number>> {
  const counter = new Instrument();
  const vm = await startedVm(wasm, config, counter);
  counter.counting = true;
  for (let i = 0; i < n; i++) vm.request(input);
  return Object.fromEntries([...counter.callCounts].map(([name, count]) => [name, count / n]));
}
