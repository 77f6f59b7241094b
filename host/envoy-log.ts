// A log entry as Envoy's log shows it. Envoy writes the plugin's lines as
// "wasm log<prefix>: <message>" (Context::log, with cpp-host's log prefix of the context)
// and the host's own lines about the plugin as they are, both on its "wasm" logger. Its
// default format puts "[<time>][<thread>][<level>][wasm] [<source file>:<line>] " before
// that; this form keeps the level and logger and leaves out the time, thread and source.

import type { LogLevelName } from "./abi.ts";
import type { LogEntry } from "./state.ts";

/** spdlog's level names, which Envoy prints. */
const ENVOY_LEVELS: Record<LogLevelName, string> = {
  trace: "trace",
  debug: "debug",
  info: "info",
  warn: "warning",
  error: "error",
  critical: "critical",
};

/** What Envoy's wasm logger writes for the entry: "wasm log <root_id> <vm_id>: <message>" for a plugin line. */
export function envoyMessage(entry: LogEntry): string {
  return entry.prefix === undefined ? entry.message : `wasm log${entry.prefix}: ${entry.message}`;
}

/** The entry as a line of Envoy's log, without time, thread and source: "[info][wasm] wasm log request-tracker: ...". */
export function envoyLogLine(entry: LogEntry): string {
  return `[${ENVOY_LEVELS[entry.level]}][wasm] ${envoyMessage(entry)}`;
}
