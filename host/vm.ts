// A Proxy-Wasm VM driven the way Envoy drives one: load and check the module, start a
// root context (vm_start, configure), then run streams through it callback by callback.
// A trap fails the VM for good; streams then fail open or closed as configured.

import { readFile } from "node:fs/promises";
import { LogLevel, type LogLevelName } from "./abi.ts";
import type { HeaderInput, HeaderMap } from "./header-map.ts";
import { ALLOCATOR_CALLS, createImports, NO_CALLS, provideMemoryAndTables, START_CALLS } from "./imports/index.ts";
import { type CheckedModule, checkModule, LoadError } from "./module-check.ts";
import { RUNNABLE_ABI_VERSIONS } from "./signatures.ts";
import { HostState, type ProxyProcess } from "./state.ts";
import { type Failure, type RequestResult, Stream } from "./stream.ts";

/** Optional wrappers around what the host hands the module; tests use them to inject faults and count calls. */
export interface HostHooks {
  imports?(imports: WebAssembly.Imports): WebAssembly.Imports;
  allocator?(allocate: (size: number) => number): (size: number) => number;
}

export interface VmOptions {
  /** Envoy's root id (WasmPlugin spec.pluginName). */
  rootId?: string;
  /** The plugin's name as Envoy knows it (Istio: <namespace>.<name>). */
  pluginName?: string;
  vmId?: string;
  vmConfiguration?: string | Uint8Array;
  /** As Envoy's fail_open (Istio FAIL_OPEN): after a trap, streams pass without the plugin. */
  failOpen?: boolean;
  logLevel?: LogLevelName;
  hooks?: HostHooks;
  /** What this VM shares with the plugin's other VMs (log, shared data, stats); its own by default. */
  process?: ProxyProcess;
}

export interface StartResult {
  ok: boolean;
  /** Why the plugin did not start: which callback refused or trapped. */
  reason?: string;
}

export interface RequestInput {
  /** Request headers; a HeaderMap is copied, so a prepared map can be reused. */
  headers?: HeaderInput | HeaderMap;
  body?: string | Uint8Array;
  /** What the upstream answers; without it, 200 with no other headers. */
  responseHeaders?: HeaderInput | HeaderMap;
  responseBody?: string | Uint8Array;
  /** The downstream peer's address as Envoy's source.address has it (see sourceAddress); without it, none. */
  source?: string;
}

/** An exported function as JavaScript sees it. */
type GuestFunction = (...args: number[]) => unknown;

const NO_BYTES = Buffer.alloc(0);

/** What a trap or a thrown value says, whatever was thrown. */
const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

function bytes(value: string | Uint8Array | undefined): Buffer {
  if (value === undefined) return NO_BYTES;
  return typeof value === "string" ? Buffer.from(value, "utf8") : Buffer.from(value);
}

export class PluginVm {
  readonly state: HostState;
  readonly abiVersion: string;
  failure: Failure | undefined;
  rootContextId = 0;
  /** Exported functions by name, looked up once. */
  private readonly callbacks = new Map<string, GuestFunction>();
  private nextContextId = 1;
  private readonly failOpen: boolean;

  private constructor(
    readonly module: WebAssembly.Module,
    abiVersion: string,
    readonly options: VmOptions,
  ) {
    this.state = new HostState(options.process);
    this.abiVersion = abiVersion;
    this.failOpen = options.failOpen ?? false;
    this.state.logLevel = LogLevel[options.logLevel ?? "info"];
    this.state.vmConfiguration = bytes(options.vmConfiguration);
    this.state.properties.set("plugin_root_id", Buffer.from(options.rootId ?? ""));
    this.state.properties.set("plugin_name", Buffer.from(options.pluginName ?? options.rootId ?? ""));
    this.state.properties.set("plugin_vm_id", Buffer.from(options.vmId ?? ""));
  }

  /** Compiles, checks and instantiates a module from bytes or a file path. */
  static async load(source: string | Uint8Array, options: VmOptions = {}): Promise<PluginVm> {
    const code = typeof source === "string" ? await readFile(source) : source;
    return PluginVm.instantiate(await checkModule(code), options);
  }

  /** Instantiates a checked module (compiled once, instantiated per VM, as V8 clones a base VM in Envoy). */
  static async instantiate(checked: CheckedModule, options: VmOptions = {}): Promise<PluginVm> {
    if (!RUNNABLE_ABI_VERSIONS.includes(checked.abi)) {
      throw new LoadError(
        `the module declares Proxy-Wasm ABI ${checked.abi} (${checked.abiVersion}): Envoy still loads it, but this host runs only ABI ${RUNNABLE_ABI_VERSIONS.join(" and ")}`,
      );
    }
    const vm = new PluginVm(checked.module, checked.abiVersion, options);
    vm.link(checked);
    return vm;
  }

  private link(checked: CheckedModule): void {
    const state = this.state;
    const hooks = this.options.hooks;
    let imports = createImports(state, new Set(checked.imports.map((i) => `${i.module}.${i.name}`)));
    if (hooks?.imports) imports = hooks.imports(imports);
    let imported: WebAssembly.Memory | undefined;
    try {
      imported = provideMemoryAndTables(imports, checked.info.imports);
    } catch (e) {
      throw new LoadError(`the memory or table the module imports cannot be made: ${errorText(e)}`);
    }
    try {
      // V8 runs the start section while linking; cpp-host has no context yet to serve a host call.
      state.allowedCalls = NO_CALLS;
      const instance = new WebAssembly.Instance(this.module, imports);
      for (const [name, value] of Object.entries(instance.exports))
        if (typeof value === "function") this.callbacks.set(name, value as GuestFunction);
      const exportedMemory = checked.exports.find((e) => e.kind === "memory");
      state.memory = exportedMemory ? (instance.exports[exportedMemory.name] as WebAssembly.Memory) : imported;
      // As cpp-host's startVm: a WASI reactor's _initialize (then main or __main_void), else a command's _start.
      state.allowedCalls = START_CALLS;
      const entry = (name: string) => this.callbacks.get(name);
      const initialize = entry("_initialize");
      if (initialize) {
        initialize();
        (entry("main") ?? entry("__main_void"))?.(0, 0);
      } else {
        entry("_start")?.();
      }
    } catch (e) {
      throw new LoadError(`the module failed while starting: ${errorText(e)}`);
    } finally {
      state.allowedCalls = undefined;
    }
    const allocatorName = checked.allocator;
    const malloc = this.callbacks.get(allocatorName) as GuestFunction;
    let allocate = (size: number): number => {
      const previous = state.allowedCalls;
      state.allowedCalls = ALLOCATOR_CALLS;
      try {
        return Number(malloc(size)) >>> 0;
      } finally {
        state.allowedCalls = previous;
      }
    };
    if (hooks?.allocator) allocate = hooks.allocator(allocate);
    state.allocate = allocate;
  }

  /**
   * Calls a guest callback in a context as Envoy does: the effective context is the callee's,
   * a trap fails the VM and is reported with the callback's name. Returns undefined when the
   * callback is not exported, the VM has failed, or the call trapped.
   */
  // Fixed arity (extra arguments are ignored by a Wasm function): no array per call on the request path.
  call(name: string, contextId: number, a = 0, b = 0): number | undefined {
    const fn = this.callbacks.get(name);
    if (this.failure || fn === undefined) return undefined;
    const previous = this.state.effectiveContext;
    this.state.effectiveContext = contextId;
    try {
      const result = fn(contextId, a, b);
      return typeof result === "number" ? result : 0;
    } catch (e) {
      const message = errorText(e);
      this.failure = { phase: name, message };
      this.state.hostLog(LogLevel.error, `Function: ${name} failed: ${message}`);
      return undefined;
    } finally {
      this.state.effectiveContext = previous;
    }
  }

  /**
   * Creates a root context, then proxy_on_vm_start and proxy_on_configure, as Envoy starts a
   * plugin; another call is a configuration update. Streams use the newest accepted one.
   */
  start(pluginConfiguration: string | Uint8Array = ""): StartResult {
    const state = this.state;
    const root = this.nextContextId++;
    const previous = this.rootContextId;
    this.rootContextId = root;
    state.roots.add(root);
    state.pluginConfiguration = bytes(pluginConfiguration);
    const steps: [string, number][] = [
      ["proxy_on_context_create", 0],
      ["proxy_on_vm_start", state.vmConfiguration.length],
      ["proxy_on_configure", state.pluginConfiguration.length],
    ];
    for (const [name, arg] of steps) {
      // Envoy serves the plugin configuration while it creates the root context and while it configures it, not in vm_start.
      state.configuringContext = name === "proxy_on_vm_start" ? 0 : root;
      const result = this.call(name, root, arg);
      state.configuringContext = 0;
      if (this.failure) return { ok: false, reason: `${name} trapped: ${this.failure.message}` };
      if (name !== "proxy_on_context_create" && result === 0) {
        // A refused update leaves the running configuration (root context) in force, as Envoy keeps it.
        if (previous !== 0) this.rootContextId = previous;
        return { ok: false, reason: `${name} returned false` };
      }
    }
    return { ok: true };
  }

  /** Runs each root context's proxy_on_tick once. */
  tick(): void {
    for (const root of this.state.roots) this.call("proxy_on_tick", root);
  }

  /** Tears a root context down (default: the latest), as Envoy does when a plugin goes away:
   * proxy_on_done, then proxy_on_delete when it agrees (or does not export on_done). */
  stopRoot(root = this.rootContextId): void {
    if (!this.state.roots.has(root)) return;
    if (this.call("proxy_on_done", root) !== 0) this.call("proxy_on_delete", root);
    this.state.roots.delete(root);
  }

  /** Tears every root context down. */
  stop(): void {
    for (const root of [...this.state.roots]) this.stopRoot(root);
  }

  /** Opens a stream (an HTTP context) to drive callback by callback, from peer `input.source`. */
  stream(input: Pick<RequestInput, "source"> = {}): Stream {
    const stream = new Stream(this, this.nextContextId++, this.rootContextId, this.failOpen);
    stream.state.source = input.source;
    return stream;
  }

  /** Runs a whole request and response through the plugin, as an Envoy worker would. */
  request(input: RequestInput = {}): RequestResult {
    const stream = this.stream(input);
    const requestBody = bytes(input.body);
    stream.requestHeaders(input.headers ?? [], requestBody.length === 0);
    if (requestBody.length > 0) stream.requestBody(requestBody, true);
    const responseBody = stream.localResponse ? stream.localResponse.body : bytes(input.responseBody);
    stream.responseHeaders(input.responseHeaders ?? [[":status", "200"]], responseBody.length === 0);
    if (responseBody.length > 0) stream.responseBody(responseBody, true);
    stream.finish();
    return stream.result();
  }

  logs(level?: LogLevelName): string[] {
    return level ? this.state.logsAt(level) : this.state.logs.map((l) => `[${l.level}] ${l.message}`);
  }

  metric(name: string): bigint | undefined {
    return this.state.metrics.value(name);
  }

  /** Linear memory size in bytes. */
  memoryBytes(): number {
    return this.state.memory?.buffer.byteLength ?? 0;
  }
}
