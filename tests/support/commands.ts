// Runs a bin/ command in a child process, as a user would, with no registry credentials from
// the caller's environment unless given; resolves with its exit and output.

import { spawn } from "node:child_process";

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `onStart` gets a way to signal the child while it runs. */
export function runCommand(
  script: string,
  args: string[],
  env: Record<string, string> = {},
  onStart?: (kill: (signal: NodeJS.Signals) => void) => void,
): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
      env: { ...process.env, REGISTRY_USERNAME: "", REGISTRY_PASSWORD: "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c) => (stdout += c));
    child.stderr.on("data", (c) => (stderr += c));
    onStart?.((signal) => child.kill(signal));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}
