// Request counters. They are kept in the plugin and handed to the host's metrics on each
// tick, so the per-request path makes no metric host calls.

import { define_metric, increment_metric, MetricTypeValues, WasmResultValues, log, LogLevelValues } from "@solo-io/proxy-runtime/assembly/runtime";

export const enum Counter { REQUESTS, GENERATED, KEPT, REPLACED, FAILURES }

/** Metric names, indexed by Counter. Envoy files them under `wasmcustom.` (see README for Istio). */
export const COUNTER_NAMES: string[] = [
  "request_tracking_requests_total",
  "request_tracking_generated_total",
  "request_tracking_kept_total",
  "request_tracking_replaced_total",
  "request_tracking_host_call_failures_total",
];

const UNDEFINED_METRIC: u32 = u32.MAX_VALUE;

export class Counters {
  private counts: StaticArray<u64> = new StaticArray<u64>(5);
  private flushed: StaticArray<u64> = new StaticArray<u64>(5);
  private ids: StaticArray<u32> = new StaticArray<u32>(5);
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
        log(LogLevelValues.critical, "request-tracker: proxy_define_metric(" + COUNTER_NAMES[i] +
          ") failed with status " + result.result.toString() + "; the counter will not be exported");
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
