// What a root context and its streams share: the settings in force, the counters, the
// host's log level and scratch buffers. Contexts run one at a time in a VM, so the scratch
// buffers are never in use twice.

import { LogLevelValues, log, WasmResultValues } from "@solo-io/proxy-runtime/assembly/runtime";
import { Settings } from "./config";
import { Counter, Counters } from "./counters";
import { HostValue } from "./hostcalls";
import { TRACE_ID_LENGTH } from "./tracecontext";
import { UUID_LENGTH } from "./uuid";

export class Tracker {
  settings: Settings | null = null;
  counters: Counters = new Counters();
  /** The host's log level, refreshed on configure and on every tick. */
  logLevel: LogLevelValues = LogLevelValues.info;
  /** Scratch for values the host returns. */
  hostValue: HostValue = new HostValue();
  /** Scratch for generated values and trace ids, which the host copies when they are set. */
  uuidScratch: ArrayBuffer = new ArrayBuffer(UUID_LENGTH);
  traceScratch: ArrayBuffer = new ArrayBuffer(TRACE_ID_LENGTH);

  /** Logs a failed host call at critical and counts it; the request goes on. */
  hostCallFailed(call: string, status: WasmResultValues): void {
    this.counters.add(Counter.FAILURES);
    log(LogLevelValues.critical, call + " failed with status " + status.toString() + "; the request continues unchanged");
  }
}
