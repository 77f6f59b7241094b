// The benchmark's output: a console report, and the tables of docs/benchmark.md, which a
// full run rewrites between its markers so the figures there are always measured ones.

import { readFile, writeFile } from "node:fs/promises";
import { PRODUCT_NAME } from "../../assembly/names.ts";
import { type ColdStart, signedMs } from "./cold-start.ts";
import type { Results } from "./run.ts";

const coldStart = (c: ColdStart) => `${c.plugin.toFixed(2)} ms (floor ${c.floor.toFixed(2)} ms, ${signedMs(c.overFloor)} ms run by run)`;

export function printReport(r: Results, print: (line: string) => void): void {
  print(`${PRODUCT_NAME} benchmark (${r.short ? "short" : "full"}): ${r.machine.cpu}, ${r.machine.cores} cores, node ${r.machine.node}`);
  print("");
  print(markdownTables(r));
}

export function markdownTables(r: Results): string {
  const lines = [
    `ns per request lifecycle (context create, request headers, response headers, log, done, delete), ${r.timedRequests} timed each ` +
      `in each of ${r.processes} fresh process${r.processes === 1 ? "" : "es"}; each figure is the median over the processes:`,
    "",
    "| mode | floor median | plugin median | ratio | ratio by process | floor p99 | plugin p99 | p99 ratio |",
    "|---|---:|---:|---:|---|---:|---:|---:|",
    ...r.modes.map(
      (m) =>
        `| ${m.mode} | ${Math.round(m.floor.median)} | ${Math.round(m.plugin.median)} | ${m.ratio.toFixed(2)}x | ` +
        `${m.ratios.map((x) => x.toFixed(2)).join(" ")} | ${Math.round(m.floor.p99)} | ${Math.round(m.plugin.p99)} | ${m.ratioP99.toFixed(2)}x |`,
    ),
    "",
    "Host calls per request:",
    "",
    "| subject | calls |",
    "|---|---|",
    ...Object.entries(r.calls).map(
      ([s, c]) =>
        `| ${s} | ${Object.entries(c)
          .map(([n, k]) => `${n} ${k}`)
          .join(", ")} |`,
    ),
    "",
    `Module: ${r.size.raw} bytes raw, ${r.size.gzip} gzipped. Start in a warm process: ${r.startMs.median.toFixed(2)} ms median, ` +
      `${r.startMs.p90.toFixed(2)} ms p90; cold start in a fresh process: ${coldStart(r.coldStartMs.warmHost)} with the host warmed, ${coldStart(r.coldStartMs.coldHost)} with the host cold too.`,
    `Linear memory: ${Object.entries(r.memory)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")} bytes.`,
    "",
    "| budget | measured | |",
    "|---|---|---|",
    ...r.budgets.map((b) => `| ${b.budget} | ${b.value} | ${b.ok ? "ok" : "OVER"} |`),
  ];
  return lines.join("\n");
}

const BEGIN = "<!-- bench:begin -->";
const END = "<!-- bench:end -->";

/** Replaces what stands between the markers in `doc` with this run's tables. */
export async function writeIntoDoc(doc: string, r: Results): Promise<void> {
  const text = await readFile(doc, "utf8");
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${doc} has no ${BEGIN} ... ${END} section to write into`);
  const header = `Measured ${r.date.slice(0, 10)} on ${r.machine.cpu}, ${r.machine.cores} cores, Node ${r.machine.node.slice(1)}.`;
  await writeFile(doc, `${text.slice(0, start + BEGIN.length)}\n${header}\n\n${markdownTables(r)}\n${text.slice(end)}`);
}
