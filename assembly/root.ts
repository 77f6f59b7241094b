// The root context: reads and applies the configuration, flushes the counters on tick, and
// hands out stream contexts.

import {
  Context,
  get_configuration_bytes,
  get_log_level,
  LogLevelValues,
  log,
  RootContext,
  set_tick_period_milliseconds,
} from "@solo-io/proxy-runtime/assembly/runtime";
import { parseConfiguration } from "./config";
import { takeStream } from "./stream";
import { Tracker } from "./tracker";

/** How often counters reach the host and the log level is read again. */
const TICK_MILLISECONDS: u32 = 1000;

export class TrackingRoot extends RootContext {
  tracker: Tracker = new Tracker();

  createContext(context_id: u32): Context {
    return takeStream(context_id, this, this.tracker);
  }

  onConfigure(configuration_size: u32): bool {
    const doc = get_configuration_bytes(configuration_size);
    // Unreadable is not empty: refusing beats silently running with the defaults.
    if (doc === null) return false;
    const result = parseConfiguration(doc);
    const settings = result.settings;
    if (settings === null) {
      // The settings in force (if any) stay: the host keeps the previous configuration.
      log(LogLevelValues.critical, result.error);
      return false;
    }
    const tracker = this.tracker;
    tracker.settings = settings;
    tracker.counters.define();
    set_tick_period_milliseconds(TICK_MILLISECONDS);
    tracker.logLevel = get_log_level();
    log(LogLevelValues.info, "configured: " + settings.describe());
    return true;
  }

  onTick(): void {
    this.tracker.counters.flush();
    this.tracker.logLevel = get_log_level();
  }

  // The last call a root context gets (Envoy calls it after on_done, which is not exported).
  onDelete(): void {
    this.tracker.counters.flush();
  }
}
