// What the host functions read and change: logs, properties, buffers, header maps per
// stream, metrics, shared data, and faults injected by tests. The VM driver and the
// unit-test mock both fill one of these.

import { LogLevel, MetricType, Status, type LogLevelName, LOG_LEVEL_NAMES } from "./abi.js";
import { randomFillSync } from "node:crypto";
import { HeaderMap } from "./header-map.js";

export interface LogEntry {
  level: LogLevelName;
  message: string;
}

export interface LocalResponse {
  status: number;
  details: string;
  body: Buffer;
  headers: [string, string][];
  grpcStatus: number;
}

/**
 * Cryptographic randomness served from a pool refilled 4 KiB at a time, as a C++ host's
 * RAND_bytes is cheap per call; large requests bypass the pool.
 */
function pooledRandom(): (target: Buffer, offset: number, length: number) => void {
  const pool = Buffer.alloc(4096);
  let used = pool.length;
  return (target, offset, length) => {
    if (length > 256) {
      randomFillSync(target, offset, length);
      return;
    }
    if (used + length > pool.length) {
      randomFillSync(pool);
      used = 0;
    }
    // Each pooled byte is handed out once.
    pool.copy(target, offset, used, used + length);
    used += length;
  };
}

/** A fault status that makes the host call trap instead of returning, as a crash inside it would. */
export const INJECTED_TRAP = -1;

/** Bodies are replaced, never written in place, so streams can share this. */
const EMPTY = Buffer.alloc(0);

/**
 * Which callback a stream is in. Envoy hands the plugin the request maps only during the
 * request callbacks, the response maps only during the response callbacks, and read-only
 * copies of both during proxy_on_log.
 */
export type StreamPhase = "idle" | "request" | "response" | "log";

/** Per-stream (HTTP context) state: Envoy's header maps and bodies for one request. */
export class StreamState {
  phase: StreamPhase = "idle";
  requestHeaders = new HeaderMap();
  requestTrailers = new HeaderMap();
  responseHeaders = new HeaderMap();
  responseTrailers = new HeaderMap();
  requestBody: Buffer = EMPTY;
  responseBody: Buffer = EMPTY;
  requestEnd = false;
  responseEnd = false;
  localResponse: LocalResponse | undefined;
  /** Streams the plugin asked to continue or close, by ABI stream type. */
  continued: number[] = [];
  closed: number[] = [];

  constructor(readonly id: number, readonly rootId: number) {}
}

interface Metric {
  type: number;
  name: string;
  value: bigint;
}

/** Envoy's metrics: ids step by 4 with the type in the low two bits; counters only go up. */
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

export class HostState {
  memory: WebAssembly.Memory | undefined;
  /** The guest's allocator; returns 0 when it cannot allocate. */
  allocate: (size: number) => number = () => 0;

  logs: LogEntry[] = [];
  logLevel: number = LogLevel.info;
  /** Host calls forced to fail: function name to the status (or WASI errno) and how many more times. */
  faults = new Map<string, { status: number; times: number }>();

  properties = new Map<string, Buffer>();
  vmConfiguration: Buffer = Buffer.alloc(0);
  pluginConfiguration: Buffer = Buffer.alloc(0);
  metrics = new Metrics();
  sharedData = new Map<string, { value: Buffer; cas: number }>();
  private cas = 0;
  private queues = new Map<string, { token: number; items: Buffer[] }>();
  environment: [string, string][] = [];
  /** Set while proxy_on_configure runs: the only time the plugin configuration is readable. */
  configuring = false;
  /** While the module starts or the host allocates, only these calls are allowed; others trap, as in Envoy. */
  allowedCalls: ReadonlySet<string> | undefined;
  exitCode: number | undefined;

  /** Context ids the guest knows: root contexts and streams. */
  roots = new Set<number>();
  streams = new Map<number, StreamState>();
  effectiveContext = 0;
  tickPeriods = new Map<number, number>();

  now: () => bigint = () => BigInt(Date.now()) * 1_000_000n;
  monotonic: () => bigint = () => process.hrtime.bigint();
  /** Fills `length` bytes of `target` at `offset` with cryptographic randomness. */
  random: (target: Buffer, offset: number, length: number) => void = pooledRandom();
  /** Counts every host function call by name, for reports of calls per request. */
  callCounts = new Map<string, number>();
  countCalls = false;

  /**
   * Makes host call `name` (or "malloc") return `status`, `times` times (default: until
   * cleared). INJECTED_TRAP makes it trap instead.
   */
  failCall(name: string, status: number, times = Infinity): void {
    this.faults.set(name, { status, times });
  }

  /** The injected status for a call about to run, if any; uses up one of its times. */
  takeFault(name: string): number | undefined {
    const fault = this.faults.get(name);
    if (!fault) return undefined;
    if (--fault.times <= 0) this.faults.delete(name);
    return fault.status;
  }

  log(level: number, message: string): void {
    if (level < this.logLevel) return;
    this.logs.push({ level: LOG_LEVEL_NAMES[level] ?? "critical", message });
  }

  logsAt(level: LogLevelName): string[] {
    return this.logs.filter((l) => l.level === level).map((l) => l.message);
  }

  stream(): StreamState | undefined {
    return this.streams.get(this.effectiveContext);
  }

  /** The root context a context belongs to. */
  rootOf(id: number): number {
    return this.streams.get(id)?.rootId ?? id;
  }

  nextCas(): number {
    this.cas = this.cas >= 0xffffffff ? 1 : this.cas + 1;
    return this.cas;
  }

  queue(name: string, create: boolean): { token: number; items: Buffer[] } | undefined {
    let queue = this.queues.get(name);
    if (!queue && create) {
      queue = { token: this.queues.size + 1, items: [] };
      this.queues.set(name, queue);
    }
    return queue;
  }

  queueByToken(token: number): { token: number; items: Buffer[] } | undefined {
    for (const queue of this.queues.values()) if (queue.token === token) return queue;
    return undefined;
  }

  /**
   * A property by path segments: the fixed ones in `properties` (keyed by the segments
   * joined with "."), then the request's, read from its headers as Envoy does.
   */
  property(path: string[]): Buffer | undefined {
    const fixed = this.properties.get(path.join("."));
    if (fixed !== undefined) return fixed;
    const stream = this.stream();
    if (!stream || (stream.phase !== "request" && stream.phase !== "log") || path[0] !== "request") return undefined;
    const headers = stream.requestHeaders;
    const header = (name: string) => {
      const values = headers.values(name);
      return values.length > 0 ? Buffer.from(values.join(",")) : undefined;
    };
    if (path.length === 3 && path[1] === "headers") return header(path[2]);
    if (path.length !== 2) return undefined;
    const fromHeader: Record<string, string> = {
      path: ":path", method: ":method", host: ":authority", scheme: ":scheme", id: "x-request-id",
      useragent: "user-agent", referer: "referer",
    };
    return fromHeader[path[1]] ? header(fromHeader[path[1]]) : undefined;
  }

  private cachedBuffer: Buffer | undefined;

  /** The guest's memory as a Buffer; the same object until the memory grows (which detaches it). */
  bytes(): Buffer {
    const cached = this.cachedBuffer;
    if (cached !== undefined && cached.buffer.byteLength !== 0) return cached;
    if (!this.memory) throw new Error("the guest's memory is not attached yet");
    this.cachedBuffer = Buffer.from(this.memory.buffer);
    return this.cachedBuffer;
  }

  view(): DataView {
    if (!this.memory) throw new Error("the guest's memory is not attached yet");
    return new DataView(this.memory.buffer);
  }
}
