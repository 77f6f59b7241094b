// Cold start as a proxy pays it when a plugin (re)loads: each run in a fresh process, so no
// compiled code or warm cache of the module is carried over. The judged figure has the host
// warmed first by a module of its own (warm-up.wat): a proxy loading a plugin has its host
// functions compiled, and Envoy's are native code, where this host's are JavaScript that V8
// compiles on first use. The figure with the host cold too is given beside it. Subjects
// alternate run by run, and the plugin is judged by its difference to the floor in the same
// run, which a machine slowing down or speeding up over the runs moves for both.

import { runChild } from "./child.ts";
import { median } from "./measure.ts";

export interface ColdSubject {
  file: string;
  config: string;
  rootId: string;
}

export interface ColdStart {
  /** Median milliseconds of each. */
  plugin: number;
  floor: number;
  /** Median over the runs of the plugin's milliseconds less the floor's in the same run. */
  overFloor: number;
}

export interface ColdStarts {
  /** The host warmed by the warm-up module first: the judged figure. */
  warmHost: ColdStart;
  /** Nothing run before: the host's first calls compile its JavaScript. */
  coldHost: ColdStart;
}

/** A difference in milliseconds with its sign, as the report prints it: +1.20, -0.30. */
export const signedMs = (ms: number): string => `${ms >= 0 ? "+" : ""}${ms.toFixed(2)}`;

function coldStartMs(s: ColdSubject, warmUp?: string): number {
  return Number(runChild("./cold-start-child.ts", [s.file, s.config, s.rootId, ...(warmUp ? [warmUp] : [])]).trim());
}

function summary(times: [number, number][]): ColdStart {
  return {
    plugin: median(times.map(([p]) => p)),
    floor: median(times.map(([, f]) => f)),
    overFloor: median(times.map(([p, f]) => p - f)),
  };
}

/** Cold starts of the plugin and the floor over `runs` runs, each of four fresh processes. */
export function coldStarts(plugin: ColdSubject, floor: ColdSubject, warmUp: string, runs: number): ColdStarts {
  const warm: [number, number][] = [];
  const cold: [number, number][] = [];
  for (let run = 0; run < runs; run++) {
    warm.push([coldStartMs(plugin, warmUp), coldStartMs(floor, warmUp)]);
    cold.push([coldStartMs(plugin), coldStartMs(floor)]);
  }
  return { warmHost: summary(warm), coldHost: summary(cold) };
}
