// A Proxy-Wasm VM driven the way Envoy drives one: load and check the module, start a
// root context (vm_start, configure), then run streams through it callback by callback.
// A trap fails the VM for good; the stream then fails open or closed as configured.

import { readFile } from "node:fs/promises";
import { ABI_VERSION_EXPORTS, FilterHeadersStatus, LogLevel, type LogLevelName, importProblem } from "./abi.js";
import { HeaderMap, type HeaderInput } from "./header-map.js";
import { ALLOCATOR_CALLS, START_CALLS, createImports } from "./imports.js";
import { HostState, INJECTED_TRAP, StreamState, type LocalResponse } from "./state.js";

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
}

export interface Failure {
  /** The callback that trapped, e.g. proxy_on_request_headers. */
  phase: string;
  message: string;
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
}

export interface RequestResult {
  /** The request headers as they go upstream. */
  requestHeaders: HeaderMap;
  /** The response headers as they go downstream (the local response's when there is one). */
  responseHeaders: HeaderMap;
  /** Set when the plugin or the fail-closed policy answered instead of the upstream. */
  localResponse?: LocalResponse;
  /** Set when this stream hit a trap, or the VM had already failed. */
  failure?: Failure;
}

/** Thrown when a module cannot be loaded at all (as Envoy would refuse it). */
export class LoadError extends Error {}

const FAIL_STREAM: LocalResponse = { status: 503, details: "wasm_fail_stream", body: Buffer.alloc(0), headers: [], grpcStatus: 14 };

const NO_BYTES = Buffer.alloc(0);

function bytes(value: string | Uint8Array | undefined): Buffer {
  if (value === undefined) return NO_BYTES;
  return typeof value === "string" ? Buffer.from(value, "utf8") : Buffer.from(value);
}

export class PluginVm {
  readonly state = new HostState();
  readonly abiVersion: string;
  failure: Failure | undefined;
  rootContextId = 0;
  private exports: Record<string, any> = {};
  /** Exported functions by name, looked up once. */
  private readonly callbacks = new Map<string, (...args: number[]) => unknown>();
  private nextContextId = 1;
  private readonly failOpen: boolean;

  private constructor(readonly module: WebAssembly.Module, readonly options: VmOptions) {
    const exportNames = WebAssembly.Module.exports(module).filter((e) => e.kind === "function").map((e) => e.name);
    const abi = exportNames.find((n) => (ABI_VERSION_EXPORTS as readonly string[]).includes(n));
    if (!abi) throw new LoadError("missing or unknown Proxy-Wasm ABI version: the module exports none of " + ABI_VERSION_EXPORTS.join(", "));
    this.abiVersion = abi;
    const problems = WebAssembly.Module.imports(module)
      .map((i) => ({ i, problem: importProblem(i.module, i.name, i.kind, abi) }))
      .filter((p) => p.problem !== undefined)
      .map(({ i, problem }) => `${i.module}.${i.name} ${problem}`);
    if (problems.length > 0) throw new LoadError("the module imports what Envoy does not provide: " + problems.join("; "));
    if (!exportNames.includes("malloc") && !exportNames.includes("proxy_on_memory_allocate")) {
      throw new LoadError("the module exports no allocator (malloc or proxy_on_memory_allocate)");
    }
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
    let module: WebAssembly.Module;
    try {
      module = await WebAssembly.compile(new Uint8Array(code));
    } catch (e) {
      throw new LoadError(`not a valid Wasm module: ${(e as Error).message}`);
    }
    const vm = new PluginVm(module, options);
    await vm.instantiate();
    return vm;
  }

  private async instantiate(): Promise<void> {
    const state = this.state;
    state.allowedCalls = START_CALLS;
    try {
      const instance = await WebAssembly.instantiate(this.module, createImports(state));
      this.exports = instance.exports as Record<string, any>;
      state.memory = this.exports.memory as WebAssembly.Memory;
      if (!(state.memory instanceof WebAssembly.Memory)) throw new LoadError("the module exports no memory");
      // As cpp-host: a WASI reactor's _initialize (then main or __main_void), else a command's _start.
      if (this.exports._initialize) {
        this.exports._initialize();
        if (this.exports.main) this.exports.main(0, 0);
        else if (this.exports.__main_void) this.exports.__main_void();
      } else if (this.exports._start) {
        this.exports._start();
      }
    } catch (e) {
      if (e instanceof LoadError) throw e;
      throw new LoadError(`the module failed while starting: ${(e as Error).message}`);
    } finally {
      state.allowedCalls = undefined;
    }
    for (const [name, value] of Object.entries(this.exports)) if (typeof value === "function") this.callbacks.set(name, value);
    const allocator = this.exports.malloc ?? this.exports.proxy_on_memory_allocate;
    state.allocate = (size: number) => {
      const fault = state.faults.size > 0 ? state.takeFault("malloc") : undefined;
      if (fault === INJECTED_TRAP) throw new WebAssembly.RuntimeError("injected trap in malloc");
      if (fault !== undefined) return 0;
      const previous = state.allowedCalls;
      state.allowedCalls = ALLOCATOR_CALLS;
      try {
        return allocator(size) >>> 0;
      } finally {
        state.allowedCalls = previous;
      }
    };
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
      const message = e instanceof Error ? e.message : String(e);
      this.failure = { phase: name, message };
      this.state.log(LogLevel.error, `Function: ${name} failed: ${message}`);
      return undefined;
    } finally {
      this.state.effectiveContext = previous;
    }
  }

  /** Creates the root context, then proxy_on_vm_start and proxy_on_configure, as Envoy starts a plugin. */
  start(pluginConfiguration: string | Uint8Array = ""): StartResult {
    const state = this.state;
    const root = this.nextContextId++;
    this.rootContextId = root;
    state.roots.add(root);
    state.pluginConfiguration = bytes(pluginConfiguration);
    const steps: [string, number][] = [
      ["proxy_on_context_create", 0],
      ["proxy_on_vm_start", state.vmConfiguration.length],
      ["proxy_on_configure", state.pluginConfiguration.length],
    ];
    for (const [name, arg] of steps) {
      state.configuring = name === "proxy_on_configure";
      const result = this.call(name, root, arg);
      state.configuring = false;
      if (this.failure) return { ok: false, reason: `${name} trapped: ${this.failure.message}` };
      if (name !== "proxy_on_context_create" && result === 0) return { ok: false, reason: `${name} returned false` };
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

  /** Opens a stream (an HTTP context) to drive callback by callback. */
  stream(): Stream {
    return new Stream(this, this.nextContextId++, this.rootContextId, this.failOpen);
  }

  /** Runs a whole request and response through the plugin, as an Envoy worker would. */
  request(input: RequestInput = {}): RequestResult {
    const stream = this.stream();
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

/** One HTTP stream: the callbacks Envoy makes for a request, in Envoy's order. */
export class Stream {
  readonly state: StreamState;
  localResponse: LocalResponse | undefined;
  failure: Failure | undefined;
  private created = false;
  /** Set when a trap happened under fail-open: the rest of the stream skips the plugin. */
  private bypass = false;

  constructor(private readonly vm: PluginVm, readonly id: number, rootId: number, private readonly failOpen: boolean) {
    this.state = new StreamState(id, rootId);
    if (vm.failure) this.vmFailed("request");
  }

  /**
   * The VM has failed. Failing open, the rest of the stream skips the plugin. Failing closed,
   * Envoy answers 503 while the response can still be replaced (request and response
   * callbacks; not after it went downstream, as in proxy_on_log).
   */
  private vmFailed(phase: StreamState["phase"] = "idle"): void {
    this.failure = this.vm.failure;
    if (this.failOpen) {
      this.bypass = true;
      return;
    }
    if (phase === "log" || this.localResponse) return;
    this.localResponse = { ...FAIL_STREAM, body: Buffer.alloc(0), headers: [] };
    if (phase === "response") this.state.responseHeaders = new HeaderMap([[":status", String(FAIL_STREAM.status)]]);
  }

  /** Runs a callback in a phase; a trap turns into fail-open bypass or a fail-closed 503. */
  private run(phase: StreamState["phase"], name: string, a = 0, b = 0): number | undefined {
    if (this.bypass || this.vm.failure) return undefined;
    const hostState = this.vm.state;
    if (!this.created) {
      this.created = true;
      hostState.streams.set(this.id, this.state);
      this.vm.call("proxy_on_context_create", this.id, this.state.rootId);
    }
    this.state.phase = phase;
    const result = this.vm.call(name, this.id, a, b);
    this.state.phase = "idle";
    if (this.vm.failure) this.vmFailed(phase);
    else if (this.state.localResponse && !this.localResponse) this.localResponse = this.state.localResponse;
    return result;
  }

  requestHeaders(headers: HeaderInput | HeaderMap, endOfStream: boolean): number | undefined {
    this.state.requestHeaders = HeaderMap.from(headers);
    this.state.requestEnd = endOfStream;
    if (this.localResponse) return undefined;
    return this.run("request", "proxy_on_request_headers", this.state.requestHeaders.size, endOfStream ? 1 : 0) ?? FilterHeadersStatus.Continue;
  }

  requestBody(chunk: Uint8Array, endOfStream: boolean): number | undefined {
    this.state.requestBody = Buffer.concat([this.state.requestBody, chunk]);
    this.state.requestEnd = endOfStream;
    if (this.localResponse) return undefined;
    return this.run("request", "proxy_on_request_body", this.state.requestBody.length, endOfStream ? 1 : 0);
  }

  responseHeaders(headers: HeaderInput | HeaderMap, endOfStream: boolean): number | undefined {
    // A local response replaces what the upstream would have said, and still passes the encoder callbacks.
    const local = this.localResponse;
    this.state.responseHeaders = local
      ? new HeaderMap([[":status", String(local.status)], ...local.headers])
      : HeaderMap.from(headers);
    this.state.responseEnd = endOfStream;
    return this.run("response", "proxy_on_response_headers", this.state.responseHeaders.size, endOfStream ? 1 : 0);
  }

  responseBody(chunk: Uint8Array, endOfStream: boolean): number | undefined {
    this.state.responseBody = Buffer.concat([this.state.responseBody, chunk]);
    this.state.responseEnd = endOfStream;
    return this.run("response", "proxy_on_response_body", this.state.responseBody.length, endOfStream ? 1 : 0);
  }

  /** The end of the stream: proxy_on_log, proxy_on_done, proxy_on_delete (Envoy's order). */
  finish(): void {
    if (this.created && !this.bypass && !this.vm.failure) {
      this.run("log", "proxy_on_log");
      this.run("idle", "proxy_on_done");
      this.run("idle", "proxy_on_delete");
    }
    this.vm.state.streams.delete(this.id);
  }

  result(): RequestResult {
    return {
      requestHeaders: this.state.requestHeaders,
      responseHeaders: this.state.responseHeaders,
      localResponse: this.localResponse,
      failure: this.failure,
    };
  }
}
