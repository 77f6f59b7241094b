// Cold start as a proxy pays it when a plugin (re)loads: each run in a fresh process, so no
// compiled code or warm cache is carried over; subjects alternate run by run, and the plugin
// is judged by its difference to the floor in the same run, which a machine slowing down or
// speeding up over the runs moves for both.

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

function coldStartMs(s: ColdSubject): number {
  return Number(runChild("./cold-start-child.ts", [s.file, s.config, s.rootId]).trim());
}

/** Cold starts of the plugin and the floor over `runs` pairs of fresh processes. */
export function coldStarts(plugin: ColdSubject, floor: ColdSubject, runs: number): ColdStart {
  const times: [number, number][] = [];
  for (let run = 0; run < runs; run++) times.push([coldStartMs(plugin), coldStartMs(floor)]);
  return {
    plugin: median(times.map(([p]) => p)),
    floor: median(times.map(([, f]) => f)),
    overFloor: median(times.map(([p, f]) => p - f)),
  };
}
