// Envoy's metrics as a plugin sees them: defined by type and name, addressed by id.

import { MetricType, Status } from "./abi.ts";

interface Metric {
  type: number;
  name: string;
  value: bigint;
}

/** Ids step by 4 with the type in the low two bits; counters only go up. */
export class Metrics {
  private byId = new Map<number, Metric>();
  private next = 0;

  define(type: number, name: string): number | undefined {
    if (type !== MetricType.Counter && type !== MetricType.Gauge && type !== MetricType.Histogram) return undefined;
    for (const [id, m] of this.byId) if (m.name === name && m.type === type) return id;
    this.next += 4;
    const id = this.next | type;
    this.byId.set(id, { type, name, value: 0n });
    return id;
  }

  increment(id: number, offset: bigint): number {
    const m = this.byId.get(id);
    if (!m) return Status.NotFound;
    if (m.type === MetricType.Histogram) return Status.BadArgument;
    if (m.type === MetricType.Counter && offset <= 0n) return Status.BadArgument;
    m.value += offset;
    return Status.Ok;
  }

  record(id: number, value: bigint): number {
    const m = this.byId.get(id);
    if (!m) return Status.NotFound;
    // Recording on a counter adds, as Envoy does; a gauge or histogram takes the value.
    m.value = m.type === MetricType.Counter ? m.value + value : value;
    return Status.Ok;
  }

  get(id: number): bigint | undefined {
    const m = this.byId.get(id);
    return m && m.type !== MetricType.Histogram ? m.value : undefined;
  }

  /** A metric's value by name (the first defined with it), for tests and reports. */
  value(name: string): bigint | undefined {
    for (const m of this.byId.values()) if (m.name === name) return m.value;
    return undefined;
  }

  names(): string[] {
    return [...this.byId.values()].map((m) => m.name);
  }
}
