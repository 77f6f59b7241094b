// A root context: one plugin configuration in the VM. It checks its root id, reads and
// applies the configuration, and flushes the counters on each tick.

import {
  get_configuration_bytes,
  get_log_level,
  LogLevelValues,
  log,
  set_tick_period_milliseconds,
  WasmResultValues,
} from "@solo-io/proxy-runtime/assembly/runtime";
import { SMALL_SCRATCH, SMALL_SCRATCH_SIZE } from "./allocator";
import { parseConfiguration, Settings } from "./config";
import { Counter, Counters } from "./counters";
import { getProperty, valueLength, valuePtr } from "./hostcalls";
import { ROOT_IDS } from "./names";

/** How often counters reach the host and the log level is read again. */
const TICK_MILLISECONDS: u32 = 1000;

// The property Envoy gives a root context's root id (WasmPlugin spec.pluginName) under.
const PLUGIN_ROOT_ID = memory.data<u8>([0x70, 0x6c, 0x75, 0x67, 0x69, 0x6e, 0x5f, 0x72, 0x6f, 0x6f, 0x74, 0x5f, 0x69, 0x64]);

export class Root {
  /** Settings in force once a configuration was accepted. */
  settings: Settings | null = null;
  counters: Counters = new Counters();
  /** The host's log level, refreshed on configure and on every tick. */
  logLevel: LogLevelValues = LogLevelValues.info;
  /** The root id is one the plugin answers to; otherwise the plugin refuses to start. */
  known: bool;
  /** The next younger root context of the VM (see contexts.ts). */
  next: Root | null = null;

  constructor(public id: u32) {
    this.known = rootIdKnown();
  }

  configure(configurationSize: u32): bool {
    if (!this.known) return false;
    const doc = get_configuration_bytes(configurationSize);
    // Unreadable is not empty: refusing beats silently running with the defaults.
    if (doc === null) return false;
    const result = parseConfiguration(doc);
    const settings = result.settings;
    if (settings === null) {
      // The settings in force (if any) stay: the host keeps the previous configuration.
      log(LogLevelValues.critical, result.error);
      return false;
    }
    this.settings = settings;
    this.counters.define();
    set_tick_period_milliseconds(TICK_MILLISECONDS);
    this.logLevel = get_log_level();
    log(LogLevelValues.info, "configured: " + settings.describe());
    return true;
  }

  tick(): void {
    this.counters.flush();
    this.logLevel = get_log_level();
  }

  /** Logs a failed host call at critical and counts it; the request goes on. */
  hostCallFailed(call: string, status: WasmResultValues): void {
    this.counters.add(Counter.FAILURES);
    log(LogLevelValues.critical, call + " failed with status " + status.toString() + "; the request continues unchanged");
  }
}

/** Whether the root id the host gives (none counts as "") is one of ROOT_IDS; logs why not. */
function rootIdKnown(): bool {
  const status = getProperty(PLUGIN_ROOT_ID, 14, SMALL_SCRATCH, SMALL_SCRATCH_SIZE);
  const id = status == WasmResultValues.Ok ? String.UTF8.decodeUnsafe(valuePtr, valueLength) : "";
  if (ROOT_IDS.includes(id)) return true;
  log(LogLevelValues.critical, 'no root context is registered for root id "' + id + '" (registered: "' + ROOT_IDS.join('", "') + '")');
  return false;
}
