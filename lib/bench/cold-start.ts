// Cold start as a proxy pays it when a plugin (re)loads: each run in a fresh process, so no
// compiled code or warm cache is carried over; subjects alternate run by run.

import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface ColdSubject {
  name: string;
  wasm: Uint8Array;
  config: string;
  rootId: string;
}

const CHILD = new URL("./cold-start-child.ts", import.meta.url).pathname;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median cold-start milliseconds of each subject over `runs` fresh processes. */
export function coldStarts(subjects: ColdSubject[], runs: number): Record<string, number> {
  const dir = mkdtempSync(join(tmpdir(), "request-tracker-cold-"));
  try {
    const files = subjects.map((s, i) => {
      const file = join(dir, `${i}.wasm`);
      writeFileSync(file, s.wasm);
      return file;
    });
    const times = subjects.map(() => [] as number[]);
    for (let run = 0; run < runs; run++) {
      subjects.forEach((s, i) => {
        const out = execFileSync(process.execPath, ["--import", "tsx", CHILD, files[i], s.config, s.rootId], { encoding: "utf8" });
        times[i].push(Number(out.trim()));
      });
    }
    return Object.fromEntries(subjects.map((s, i) => [s.name, median(times[i])]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
