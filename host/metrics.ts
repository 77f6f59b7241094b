// Envoy's metrics as a plugin sees them: every define hands out a new id, numbered per type
// with the type in the low two bits (Envoy's next{Counter,Gauge,Histogram}MetricId), and
// ids of one type and name share one stat. Stats live in a store the VMs of one plugin
// share, as Envoy's VMs share the plugin's stats scope.

import { MetricType, Status, type StatusCode } from "./abi.ts";

export interface Stat {
  type: number;
  name: string;
  /** A counter's or gauge's value; a histogram's last recorded value. */
  value: bigint;
}

/** The stats of a plugin, by type and name. */
export class MetricStore {
  private readonly stats = new Map<string, Stat>();

  stat(type: number, name: string): Stat {
    const key = `${type}\0${name}`;
    let stat = this.stats.get(key);
    if (!stat) {
      stat = { type, name, value: 0n };
      this.stats.set(key, stat);
    }
    return stat;
  }

  /** The first stat defined with this name, of any type. */
  byName(name: string): Stat | undefined {
    for (const stat of this.stats.values()) if (stat.name === name) return stat;
    return undefined;
  }

  names(): string[] {
    return [...new Set([...this.stats.values()].map((s) => s.name))];
  }
}

const TYPE_MASK = 0x3;

/** One VM's metric ids over a store. */
export class Metrics {
  private readonly byId = new Map<number, Stat>();
  // Each type's ids start at the type's value and step by 4.
  private readonly next: number[] = [MetricType.Counter, MetricType.Gauge, MetricType.Histogram];

  constructor(readonly store = new MetricStore()) {}

  define(type: number, name: string): number | undefined {
    if (type !== MetricType.Counter && type !== MetricType.Gauge && type !== MetricType.Histogram) return undefined;
    this.next[type] += 4;
    const id = this.next[type];
    this.byId.set(id, this.store.stat(type, name));
    return id;
  }

  increment(id: number, offset: bigint): StatusCode {
    const type = id & TYPE_MASK;
    if (type !== MetricType.Counter && type !== MetricType.Gauge) return Status.BadArgument;
    const stat = this.byId.get(id);
    if (!stat) return Status.NotFound;
    if (type === MetricType.Counter && offset <= 0n) return Status.BadArgument;
    stat.value += offset;
    return Status.Ok;
  }

  record(id: number, value: bigint): StatusCode {
    const stat = this.byId.get(id);
    if (!stat) return Status.NotFound;
    // Recording on a counter adds, as Envoy does; a gauge or histogram takes the value.
    stat.value = stat.type === MetricType.Counter ? stat.value + value : value;
    return Status.Ok;
  }

  /** A counter's or gauge's value, or the status Envoy answers instead. */
  get(id: number): bigint | StatusCode {
    const type = id & TYPE_MASK;
    if (type !== MetricType.Counter && type !== MetricType.Gauge) return Status.BadArgument;
    return this.byId.get(id)?.value ?? Status.NotFound;
  }

  /** A metric's value by name (the first defined with it), for tests and reports. */
  value(name: string): bigint | undefined {
    return this.store.byName(name)?.value;
  }

  names(): string[] {
    return this.store.names();
  }
}
