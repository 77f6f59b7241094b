// A private directory for files that must not outlive the command (a registry auth file): mode
// 0700, in memory where the machine has one (XDG_RUNTIME_DIR, else /dev/shm), and removed on
// every way out: return, error, process exit, and the signals that end a command (SIGINT,
// SIGTERM, SIGHUP when the terminal goes, SIGQUIT).

import { existsSync, rmSync, statSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { onEndingSignal } from "../cli/signals.ts";

function base(): string {
  for (const dir of [process.env.XDG_RUNTIME_DIR, "/dev/shm"]) {
    if (dir && existsSync(dir) && statSync(dir).isDirectory()) return dir;
  }
  return tmpdir();
}

/**
 * Runs `work` with a fresh private directory. A signal removes the directory, calls `stop` (to
 * end a child process), and exits with 128 + the signal number, as a shell would report it.
 */
export async function withPrivateDir<T>(prefix: string, work: (dir: string) => Promise<T>, stop: () => void = () => undefined): Promise<T> {
  const dir = await mkdtemp(join(base(), prefix));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  process.on("exit", remove);
  const stopListening = onEndingSignal(() => {
    stop();
    remove();
  });
  try {
    return await work(dir);
  } finally {
    remove();
    process.off("exit", remove);
    stopListening();
  }
}
