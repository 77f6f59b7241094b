// What the host functions read and change for one VM: its memory and allocator, logs,
// configuration, contexts and their streams, metrics, shared data, clocks and randomness.
// The VM driver and the as-pect spec host both fill one of these.

import { randomFillSync } from "node:crypto";
import { BufferType, LOG_LEVEL_NAMES, LogLevel, type LogLevelName } from "./abi.ts";
import { Clock } from "./clock.ts";
import { MetricStore, Metrics } from "./metrics.ts";
import { SharedData } from "./shared-data.ts";
import type { StreamState } from "./stream-state.ts";

export interface LogEntry {
  level: LogLevelName;
  message: string;
  /**
   * For the plugin's own lines (proxy_log, stdout, stderr): Envoy's log prefix of the context
   * that wrote it, " <plugin name> <root id> <vm id>" for a stream and " <root id> <vm id>"
   * for a root context, empty parts left out. Undefined for the host's lines about the plugin.
   */
  prefix?: string;
}

/** What the VMs of one plugin share in Envoy's process: its log, shared data and stats. */
export interface ProxyProcess {
  logs: LogEntry[];
  shared: SharedData;
  stats: MetricStore;
}

export function newProcess(): ProxyProcess {
  return { logs: [], shared: new SharedData(), stats: new MetricStore() };
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

export class HostState {
  constructor(process: ProxyProcess = newProcess()) {
    this.logs = process.logs;
    this.shared = process.shared;
    this.metrics = new Metrics(process.stats);
  }

  memory: WebAssembly.Memory | undefined;
  /** The guest's allocator; returns 0 when it cannot allocate. */
  allocate: (size: number) => number = () => 0;

  logs: LogEntry[];
  logLevel: number = LogLevel.info;

  properties = new Map<string, Buffer>();
  vmConfiguration: Buffer = Buffer.alloc(0);
  pluginConfiguration: Buffer = Buffer.alloc(0);
  metrics: Metrics;
  shared: SharedData;
  environment: [string, string][] = [];
  /**
   * The root context Envoy is starting or configuring (0: none). Envoy serves the plugin
   * configuration only to it, only then: in its proxy_on_context_create and proxy_on_configure.
   */
  configuringContext = 0;
  /** While the module starts or the host allocates, only these calls are allowed; others trap, as in Envoy. */
  allowedCalls: ReadonlySet<string> | undefined;
  exitCode: number | undefined;

  /** Context ids the guest knows: root contexts and streams. */
  roots = new Set<number>();
  streams = new Map<number, StreamState>();
  effectiveContext = 0;
  tickPeriods = new Map<number, number>();

  /** The wall clock the guest reads; tests stop it. */
  readonly clock = new Clock();
  monotonic: () => bigint = () => process.hrtime.bigint();
  /** Fills `length` bytes of `target` at `offset` with cryptographic randomness. */
  random: (target: Buffer, offset: number, length: number) => void = pooledRandom();

  /** A line the plugin logs, in the effective context (Envoy's contextOrEffectiveContext). */
  log(level: number, message: string): void {
    if (level < this.logLevel) return;
    this.logs.push({ level: LOG_LEVEL_NAMES[level] ?? "critical", message, prefix: this.logPrefix() });
  }

  /** A line the host logs about the plugin (a trap, a WASI call cpp-host reports). */
  hostLog(level: number, message: string): void {
    if (level < this.logLevel) return;
    this.logs.push({ level: LOG_LEVEL_NAMES[level] ?? "critical", message });
  }

  /** cpp-host's log prefix of the effective context: its plugin's for a stream, its root's for a root, none for the VM's. */
  private logPrefix(): string {
    const id = this.effectiveContext;
    const isStream = this.streams.has(id);
    if (!isStream && !this.roots.has(id)) return "";
    const parts = isStream ? ["plugin_name", "plugin_root_id", "plugin_vm_id"] : ["plugin_root_id", "plugin_vm_id"];
    return parts.map((p) => this.properties.get(p)?.toString() ?? "").reduce((prefix, part) => (part ? `${prefix} ${part}` : prefix), "");
  }

  logsAt(level: LogLevelName): string[] {
    return this.logs.filter((l) => l.level === level).map((l) => l.message);
  }

  /** The stream of the effective context, if it is one. */
  stream(): StreamState | undefined {
    return this.streams.get(this.effectiveContext);
  }

  /** The root context a context belongs to. */
  rootOf(id: number): number {
    return this.streams.get(id)?.rootId ?? id;
  }

  /** A buffer the plugin may read now, or undefined (NotFound). */
  buffer(type: number): Buffer | undefined {
    if (type === BufferType.VmConfiguration) return this.vmConfiguration;
    if (type === BufferType.PluginConfiguration) {
      return this.configuringContext !== 0 && this.effectiveContext === this.configuringContext ? this.pluginConfiguration : undefined;
    }
    return this.stream()?.body(type);
  }

  private cachedBuffer: Buffer | undefined;
  private cachedView: DataView | undefined;

  /**
   * The guest's memory as a Buffer; the same object until the memory grows, which detaches
   * its ArrayBuffer (unless the memory is shared, see attach). A detached Buffer's length
   * reads 0, a check V8 inlines, where reading `.buffer` costs a builtin call on every host call.
   */
  bytes(): Buffer {
    const cached = this.cachedBuffer;
    if (cached !== undefined && cached.length !== 0) return cached;
    return this.attach().bytes;
  }

  /** The guest's memory as a DataView, made with bytes() from the same ArrayBuffer. */
  view(): DataView {
    const cached = this.cachedView;
    if (cached !== undefined && this.cachedBuffer?.length !== 0) return cached;
    return this.attach().view;
  }

  private attach(): { bytes: Buffer; view: DataView } {
    if (!this.memory) throw new Error("the guest's memory is not attached yet");
    const buffer = this.memory.buffer;
    const bytes = Buffer.from(buffer);
    const view = new DataView(buffer);
    // A shared memory grows in place, its old buffer left attached at the old length: it is
    // read anew on every call instead.
    if (!(buffer instanceof SharedArrayBuffer)) {
      this.cachedBuffer = bytes;
      this.cachedView = view;
    }
    return { bytes, view };
  }
}
