// Cold start as a proxy pays it when a plugin (re)loads: each run in a fresh process, so no
// compiled code or warm cache is carried over; subjects alternate run by run.

import { runChild } from "./child.ts";
import { median } from "./measure.ts";

export interface ColdSubject {
  name: string;
  file: string;
  config: string;
  rootId: string;
}

/** Median cold-start milliseconds of each subject over `runs` fresh processes. */
export function coldStarts(subjects: ColdSubject[], runs: number): Record<string, number> {
  const times = subjects.map(() => [] as number[]);
  for (let run = 0; run < runs; run++) {
    subjects.forEach((s, i) => {
      times[i].push(Number(runChild("./cold-start-child.ts", [s.file, s.config, s.rootId]).trim()));
    });
  }
  return Object.fromEntries(subjects.map((s, i) => [s.name, median(times[i])]));
}
