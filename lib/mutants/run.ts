// Runs the fast test layer on a copy of the project once as it is, then once per fault with
// that fault applied, and reports which layer caught each. The tracked tree is never touched,
// and the copy goes on every way out: the end, an error, and a signal (the step running then
// is stopped first).

import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { onEndingSignal } from "../cli/signals.ts";
import type { Fault } from "./faults.ts";

/** What the fast layer needs of the project. */
const COPIED = [
  "assembly",
  "tests",
  "host",
  "lib",
  "bin",
  "patches",
  "asconfig.json",
  "as-pect.asconfig.json",
  "as-pect.config.ts",
  "package.json",
  "tsconfig.json",
];

interface Step {
  name: string;
  args: string[];
}

const STEPS: Step[] = [
  { name: "build", args: ["--import", "tsx", "bin/build.ts"] },
  {
    name: "as-pect specs",
    args: [
      "--import",
      "tsx",
      "--experimental-wasi-unstable-preview1",
      "--no-warnings",
      "node_modules/@as-pect/cli/lib/test.js",
      "--config",
      "as-pect.config.ts",
      "--no-logo",
    ],
  },
  { name: "release binary", args: ["--import", "tsx", "--test", "tests/plugin/release.test.ts", "tests/plugin/hardening.test.ts"] },
];

export interface Outcome {
  fault: Fault;
  /** The steps that failed with the fault applied; empty means it survived. */
  caughtBy: string[];
}

/** The step running now, for a signal to stop. */
let running: ChildProcess | undefined;

/** Runs one step in `dir` (at most 5 minutes); resolves with whether it passed. */
function passes(dir: string, step: Step): Promise<boolean> {
  return new Promise((resolve) => {
    // A process group of its own, so that a signal stops the step and whatever it started.
    const child = spawn(process.execPath, step.args, {
      cwd: dir,
      env: { ...process.env, CI: "" },
      stdio: "ignore",
      timeout: 300_000,
      detached: true,
    });
    running = child;
    child.on("error", () => resolve(false));
    child.on("exit", (code) => {
      running = undefined;
      resolve(code === 0);
    });
  });
}

/** Runs every step in `dir`; returns the names of those that failed. */
async function failingSteps(dir: string): Promise<string[]> {
  const failed: string[] = [];
  for (const step of STEPS) {
    if (!(await passes(dir, step))) {
      failed.push(step.name);
      // Without a module there is nothing for the later steps to judge.
      if (step.name === "build") break;
    }
  }
  return failed;
}

function apply(dir: string, fault: Fault): () => void {
  const path = join(dir, fault.file);
  const original = readFileSync(path, "utf8");
  const at = original.indexOf(fault.from);
  if (at < 0 || original.indexOf(fault.from, at + 1) >= 0) {
    throw new Error(`fault "${fault.name}" no longer applies: ${fault.file} must contain its text exactly once`);
  }
  writeFileSync(path, original.slice(0, at) + fault.to + original.slice(at + fault.from.length));
  return () => writeFileSync(path, original);
}

export async function runMutants(root: string, faults: Fault[], progress: (line: string) => void): Promise<Outcome[]> {
  const dir = mkdtempSync(join(tmpdir(), "request-tracker-mutants-"));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  const stopListening = onEndingSignal(() => {
    if (running?.pid !== undefined) {
      try {
        process.kill(-running.pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
    remove();
  });
  try {
    for (const entry of COPIED) cpSync(join(root, entry), join(dir, entry), { recursive: true });
    symlinkSync(resolve(root, "node_modules"), join(dir, "node_modules"));
    const baseline = await failingSteps(dir);
    if (baseline.length > 0) throw new Error(`the project as it is fails the fast layer (${baseline.join(", ")}): fix that first`);
    progress("the project as it is passes the fast layer");
    const outcomes: Outcome[] = [];
    for (const [i, fault] of faults.entries()) {
      const restore = apply(dir, fault);
      try {
        const caughtBy = await failingSteps(dir);
        if (caughtBy.includes("build")) throw new Error(`fault "${fault.name}" does not build: it tests the compiler, not the tests`);
        progress(`${i + 1}/${faults.length} ${fault.name}: ${caughtBy.length > 0 ? `caught by ${caughtBy.join(" and ")}` : "SURVIVED"}`);
        outcomes.push({ fault, caughtBy });
      } finally {
        restore();
      }
    }
    return outcomes;
  } finally {
    stopListening();
    remove();
  }
}
