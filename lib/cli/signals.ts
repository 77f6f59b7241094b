// The signals that end a command (Ctrl-C, kill, a closed terminal, Ctrl-\) and the clean-up a
// command owes before it goes: what it made removed, what it started stopped, and the exit
// code a shell reports for the signal, 128 + its number.

import { constants } from "node:os";

export const ENDING_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT"] as const;

/**
 * Until the returned function is called, any of ENDING_SIGNALS runs `cleanUp` and exits with
 * 128 + the signal's number.
 */
export function onEndingSignal(cleanUp: () => void): () => void {
  const handler = (signal: NodeJS.Signals) => {
    cleanUp();
    process.exit(128 + constants.signals[signal]);
  };
  for (const signal of ENDING_SIGNALS) process.once(signal, handler);
  return () => {
    for (const signal of ENDING_SIGNALS) process.off(signal, handler);
  };
}
