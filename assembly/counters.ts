// Request counters. They are kept in the plugin and handed to the host's metrics on each
// tick, so the per-request path makes no metric host calls.

import {
  define_metric,
  increment_metric,
  LogLevelValues,
  log,
  MetricTypeValues,
  WasmResultValues,
} from "@solo-io/proxy-runtime/assembly/runtime";
import { COUNTER_NAMES } from "./names";

/** Indexes into COUNTER_NAMES. Envoy files the metrics under `wasmcustom.` (see README for Istio). */
export const enum Counter {
  REQUESTS,
  GENERATED,
  KEPT,
  REPLACED,
  FAILURES,
  TRACE_IDS,
}

const UNDEFINED_METRIC: u32 = u32.MAX_VALUE;

export class Counters {
  private counts: StaticArray<u64> = new StaticArray<u64>(COUNTER_NAMES.length);
  private flushed: StaticArray<u64> = new StaticArray<u64>(COUNTER_NAMES.length);
  private ids: StaticArray<u32> = new StaticArray<u32>(COUNTER_NAMES.length);
  private defined: bool = false;

  add(counter: Counter): void {
    unchecked(this.counts[counter]++);
  }

  /** Defines the host metrics once; a metric the host refuses is logged and left out. */
  define(): void {
    if (this.defined) return;
    this.defined = true;
    for (let i = 0; i < COUNTER_NAMES.length; i++) {
      const result = define_metric(MetricTypeValues.Counter, COUNTER_NAMES[i]);
      if (result.result == WasmResultValues.Ok) {
        this.ids[i] = result.metric_id;
      } else {
        this.ids[i] = UNDEFINED_METRIC;
        log(
          LogLevelValues.critical,
          "proxy_define_metric(" +
            COUNTER_NAMES[i] +
            ") failed with status " +
            result.result.toString() +
            "; the counter will not be exported",
        );
      }
    }
  }

  /** Adds what was counted since the last flush to the host's metrics. */
  flush(): void {
    if (!this.defined) return;
    for (let i = 0; i < COUNTER_NAMES.length; i++) {
      const id = this.ids[i];
      const delta = this.counts[i] - this.flushed[i];
      if (id == UNDEFINED_METRIC || delta == 0) continue;
      if (increment_metric(id, <i64>delta) == WasmResultValues.Ok) this.flushed[i] = this.counts[i];
    }
  }
}
