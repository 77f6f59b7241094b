// The host functions a Proxy-Wasm module imports, implemented over a HostState the way
// proxy-wasm-cpp-host and Envoy behave (statuses, memory hand-over through the guest's
// allocator, header-map access rules). Functions the host does not model return
// Unimplemented rather than being missing, so any ABI 0.2.x module links.

import {
  BufferType, ENV_FUNCTIONS_0_2_0_ONLY, ENV_FUNCTIONS_0_2_1, LogLevel, MapType, Status, StreamType,
  WASI_FUNCTIONS, WASI_MODULES,
} from "./abi.js";
import { HeaderMap, deserializePairs } from "./header-map.js";
import { INJECTED_TRAP, type HostState } from "./state.js";

/** Thrown for a guest pointer outside its memory; the call returns InvalidMemoryAccess. */
class MemoryAccessError extends Error {}

/** Host calls cpp-host allows while a module starts (_initialize, _start, start section). */
export const START_CALLS: ReadonlySet<string> = new Set(["proxy_log", ...WASI_FUNCTIONS]);
/** Host calls cpp-host allows while the host calls the module's malloc. */
export const ALLOCATOR_CALLS: ReadonlySet<string> = new Set(["proxy_log", "fd_write", "clock_time_get", "poll_oneoff"]);

const WASI_ERRNO = { SUCCESS: 0, BADF: 8, INVAL: 28, NOENT: 44, NOSYS: 52, NOTSUP: 58 } as const;

type HostFunction = (...args: any[]) => number | void;

export function createImports(state: HostState): WebAssembly.Imports {
  /** The guest's memory, once `size` bytes at `ptr` are known to lie inside it. */
  const guest = (ptr: number, size: number): Buffer => {
    const mem = state.bytes();
    if (ptr < 0 || size < 0 || ptr + size > mem.length) throw new MemoryAccessError();
    return mem;
  };
  const read = (ptr: number, size: number): Buffer => Buffer.from(guest(ptr, size).subarray(ptr, ptr + size));
  const text = (ptr: number, size: number): string => read(ptr, size).toString("utf8");
  /** Guest bytes as a binary string (one char per byte), without an intermediate copy. */
  const readBinary = (ptr: number, size: number): string => {
    const mem = guest(ptr, size);
    // Buffer's latin1Slice: what toString("latin1", ...) ends in, without its argument handling.
    return (mem as Buffer & { latin1Slice(start: number, end: number): string }).latin1Slice(ptr, ptr + size);
  };
  const writeU32 = (ptr: number, value: number): void => {
    guest(ptr, 4).writeUInt32LE(value >>> 0, ptr);
  };
  const writeU64 = (ptr: number, value: bigint): void => {
    guest(ptr, 8).writeBigUInt64LE(BigInt.asUintN(64, value), ptr);
  };
  /** Hands bytes to the guest as cpp-host does: malloc'd copy, or pointer 0 for nothing. */
  const copyOut = (data: Uint8Array | string, ptrPtr: number, sizePtr: number): number => {
    let ptr = 0;
    if (data.length > 0) {
      ptr = state.allocate(data.length);
      const mem = state.bytes();
      if (ptr === 0 || ptr + data.length > mem.length) return Status.InvalidMemoryAccess;
      if (typeof data === "string") mem.write(data, ptr, "latin1");
      else mem.set(data, ptr);
    }
    writeU32(ptrPtr, ptr);
    writeU32(sizePtr, data.length);
    return Status.Ok;
  };

  const mapFor = (type: number, stream = state.stream()): HeaderMap | undefined => {
    if (!stream) return undefined;
    switch (type) {
      case MapType.RequestHeaders: return stream.phase === "request" ? stream.requestHeaders : undefined;
      case MapType.RequestTrailers: return stream.phase === "request" ? stream.requestTrailers : undefined;
      case MapType.ResponseHeaders: return stream.phase === "response" ? stream.responseHeaders : undefined;
      case MapType.ResponseTrailers: return stream.phase === "response" ? stream.responseTrailers : undefined;
    }
    return undefined;
  };
  /** In proxy_on_log the maps are Envoy's read-only access-log copies. */
  const readableMapFor = (type: number): HeaderMap | undefined => {
    const stream = state.stream();
    if (stream?.phase === "log") {
      if (type === MapType.RequestHeaders) return stream.requestHeaders;
      if (type === MapType.ResponseHeaders) return stream.responseHeaders;
      if (type === MapType.ResponseTrailers) return stream.responseTrailers;
      return undefined;
    }
    return mapFor(type, stream);
  };

  const bufferFor = (type: number): Buffer | undefined => {
    const stream = state.stream();
    switch (type) {
      case BufferType.VmConfiguration: return state.vmConfiguration;
      case BufferType.PluginConfiguration: return state.configuring ? state.pluginConfiguration : undefined;
      case BufferType.HttpRequestBody: return stream?.requestBody;
      case BufferType.HttpResponseBody: return stream?.responseBody;
    }
    return undefined;
  };

  const env: Record<string, HostFunction> = {
    proxy_log(level: number, ptr: number, size: number) {
      if (level < LogLevel.trace || level > LogLevel.critical) return Status.BadArgument;
      state.log(level, text(ptr, size));
      return Status.Ok;
    },
    proxy_get_log_level(ptr: number) {
      writeU32(ptr, state.logLevel);
      return Status.Ok;
    },
    proxy_set_tick_period_milliseconds(ms: number) {
      state.tickPeriods.set(state.rootOf(state.effectiveContext), ms >>> 0);
      return Status.Ok;
    },
    proxy_get_current_time_nanoseconds(ptr: number) {
      writeU64(ptr, state.now());
      return Status.Ok;
    },
    proxy_set_effective_context(id: number) {
      if (!state.roots.has(id) && !state.streams.has(id)) return Status.BadArgument;
      state.effectiveContext = id;
      return Status.Ok;
    },
    proxy_done() {
      return Status.NotFound;
    },
    proxy_call_foreign_function() {
      return Status.NotFound;
    },
    proxy_get_property(pathPtr: number, pathSize: number, ptrPtr: number, sizePtr: number) {
      const path = text(pathPtr, pathSize).split("\0").filter((s) => s.length > 0);
      const value = state.property(path);
      if (value === undefined) return Status.NotFound;
      return copyOut(value, ptrPtr, sizePtr);
    },
    proxy_continue_stream(type: number) {
      if (type < 0 || type > StreamType.Upstream) return Status.BadArgument;
      if (type === StreamType.Upstream) return Status.Unimplemented;
      state.stream()?.continued.push(type);
      return Status.Ok;
    },
    proxy_close_stream(type: number) {
      if (type < 0 || type > StreamType.Upstream) return Status.BadArgument;
      state.stream()?.closed.push(type);
      return Status.Ok;
    },
    proxy_send_local_response(status: number, detailsPtr: number, detailsSize: number, bodyPtr: number, bodySize: number,
      headersPtr: number, headersSize: number, grpcStatus: number) {
      const details = text(detailsPtr, detailsSize).replace(/\s/g, "_");
      const body = read(bodyPtr, bodySize);
      let headers: [string, string][] = [];
      try {
        headers = deserializePairs(read(headersPtr, headersSize)).map(([k, v]) => [k.toString("latin1").toLowerCase(), v.toString("latin1")]);
      } catch {
        headers = []; // Envoy treats malformed pairs as none.
      }
      const stream = state.stream();
      if (stream && !stream.localResponse) stream.localResponse = { status, details, body, headers, grpcStatus: grpcStatus | 0 };
      return Status.Ok;
    },
    proxy_get_buffer_bytes(type: number, start: number, length: number, ptrPtr: number, sizePtr: number) {
      const buffer = bufferFor(type);
      if (!buffer) return Status.NotFound;
      start >>>= 0;
      length >>>= 0;
      if (start + length > 0xffffffff) return Status.BadArgument;
      return copyOut(buffer.subarray(Math.min(start, buffer.length), Math.min(start + length, buffer.length)), ptrPtr, sizePtr);
    },
    proxy_get_buffer_status(type: number, lengthPtr: number, flagsPtr: number) {
      const buffer = bufferFor(type);
      if (!buffer) return Status.NotFound;
      writeU32(lengthPtr, buffer.length);
      writeU32(flagsPtr, 0);
      return Status.Ok;
    },
    proxy_set_buffer_bytes(type: number, start: number, length: number, ptr: number, size: number) {
      const stream = state.stream();
      if (!stream || (type !== BufferType.HttpRequestBody && type !== BufferType.HttpResponseBody)) return Status.BadArgument;
      const key = type === BufferType.HttpRequestBody ? "requestBody" : "responseBody";
      const current = stream[key];
      const data = read(ptr, size);
      if (start === 0) stream[key] = Buffer.concat([data, current.subarray(Math.min(length >>> 0, current.length))]);
      else if (start >= current.length) stream[key] = Buffer.concat([current, data]);
      else return Status.BadArgument;
      return Status.Ok;
    },
    proxy_get_header_map_value(type: number, keyPtr: number, keySize: number, ptrPtr: number, sizePtr: number) {
      const map = readableMapFor(type);
      if (!map) return state.stream()?.phase === "log" ? Status.NotFound : Status.BadArgument;
      const value = map.getBinary(readBinary(keyPtr, keySize));
      if (value === undefined) return Status.NotFound;
      return copyOut(value, ptrPtr, sizePtr);
    },
    proxy_get_header_map_pairs(type: number, ptrPtr: number, sizePtr: number) {
      const map = readableMapFor(type);
      return copyOut(map && map.size > 0 ? map.serialize() : Buffer.alloc(0), ptrPtr, sizePtr);
    },
    proxy_get_header_map_size(type: number, sizePtr: number) {
      const map = mapFor(type);
      if (!map) return Status.BadArgument;
      writeU32(sizePtr, map.byteSize);
      return Status.Ok;
    },
    proxy_add_header_map_value(type: number, keyPtr: number, keySize: number, valuePtr: number, valueSize: number) {
      const map = mapFor(type);
      if (!map) return Status.BadArgument;
      map.addBinary(readBinary(keyPtr, keySize), readBinary(valuePtr, valueSize));
      return Status.Ok;
    },
    proxy_replace_header_map_value(type: number, keyPtr: number, keySize: number, valuePtr: number, valueSize: number) {
      const map = mapFor(type);
      if (!map) return Status.BadArgument;
      map.replaceBinary(readBinary(keyPtr, keySize), readBinary(valuePtr, valueSize));
      return Status.Ok;
    },
    proxy_remove_header_map_value(type: number, keyPtr: number, keySize: number) {
      const map = mapFor(type);
      if (!map) return Status.BadArgument;
      map.removeBinary(readBinary(keyPtr, keySize));
      return Status.Ok;
    },
    proxy_set_header_map_pairs(type: number, ptr: number, size: number) {
      const map = mapFor(type);
      if (!map) return Status.BadArgument;
      let pairs: [Buffer, Buffer][] = [];
      try {
        pairs = deserializePairs(read(ptr, size));
      } catch (e) {
        if (e instanceof MemoryAccessError) throw e;
        pairs = []; // cpp-host treats malformed pairs as an empty map.
      }
      map.setAll(pairs);
      return Status.Ok;
    },
    proxy_get_shared_data(keyPtr: number, keySize: number, ptrPtr: number, sizePtr: number, casPtr: number) {
      const entry = state.sharedData.get(text(keyPtr, keySize));
      if (!entry) return Status.NotFound;
      const status = copyOut(entry.value, ptrPtr, sizePtr);
      if (status === Status.Ok) writeU32(casPtr, entry.cas);
      return status;
    },
    proxy_set_shared_data(keyPtr: number, keySize: number, valuePtr: number, valueSize: number, cas: number) {
      const key = text(keyPtr, keySize);
      const entry = state.sharedData.get(key);
      if (entry && cas !== 0 && cas >>> 0 !== entry.cas) return Status.CasMismatch;
      state.sharedData.set(key, { value: read(valuePtr, valueSize), cas: state.nextCas() });
      return Status.Ok;
    },
    proxy_register_shared_queue(namePtr: number, nameSize: number, tokenPtr: number) {
      writeU32(tokenPtr, state.queue(text(namePtr, nameSize), true)!.token);
      return Status.Ok;
    },
    proxy_resolve_shared_queue(_vmPtr: number, _vmSize: number, namePtr: number, nameSize: number, tokenPtr: number) {
      const queue = state.queue(text(namePtr, nameSize), false);
      if (!queue) return Status.NotFound;
      writeU32(tokenPtr, queue.token);
      return Status.Ok;
    },
    proxy_enqueue_shared_queue(token: number, ptr: number, size: number) {
      const queue = state.queueByToken(token);
      if (!queue) return Status.NotFound;
      queue.items.push(read(ptr, size));
      return Status.Ok;
    },
    proxy_dequeue_shared_queue(token: number, ptrPtr: number, sizePtr: number) {
      const queue = state.queueByToken(token);
      if (!queue) return Status.NotFound;
      const item = queue.items.shift();
      if (!item) return Status.Empty;
      return copyOut(item, ptrPtr, sizePtr);
    },
    proxy_define_metric(type: number, namePtr: number, nameSize: number, idPtr: number) {
      const id = state.metrics.define(type, text(namePtr, nameSize));
      if (id === undefined) return Status.BadArgument;
      writeU32(idPtr, id);
      return Status.Ok;
    },
    proxy_increment_metric(id: number, offset: bigint) {
      return state.metrics.increment(id, offset);
    },
    proxy_record_metric(id: number, value: bigint) {
      return state.metrics.record(id, BigInt.asUintN(64, value));
    },
    proxy_get_metric(id: number, ptr: number) {
      const value = state.metrics.get(id);
      if (value === undefined) return Status.NotFound;
      writeU64(ptr, value);
      return Status.Ok;
    },
  };
  for (const name of [...ENV_FUNCTIONS_0_2_1, ...ENV_FUNCTIONS_0_2_0_ONLY]) env[name] ??= () => Status.Unimplemented;

  const wasi: Record<string, HostFunction> = {
    fd_write(fd: number, iovs: number, iovsLen: number, writtenPtr: number) {
      if (fd !== 1 && fd !== 2) return WASI_ERRNO.BADF;
      const view = state.view();
      const parts: Buffer[] = [];
      for (let i = 0; i < iovsLen; i++) parts.push(read(view.getUint32(iovs + 8 * i, true), view.getUint32(iovs + 8 * i + 4, true)));
      const data = Buffer.concat(parts);
      writeU32(writtenPtr, data.length);
      let message = data.toString("utf8");
      if (message.endsWith("\n")) message = message.slice(0, -1);
      if (message.length > 0) state.log(fd === 1 ? LogLevel.info : LogLevel.error, message);
      return WASI_ERRNO.SUCCESS;
    },
    fd_read: () => WASI_ERRNO.NOSYS,
    fd_seek: () => WASI_ERRNO.SUCCESS,
    fd_close: () => WASI_ERRNO.SUCCESS,
    fd_fdstat_get(fd: number, ptr: number) {
      if (fd !== 1 && fd !== 2) return WASI_ERRNO.BADF;
      writeU64(ptr, 0n);
      writeU64(ptr + 8, 64n);
      writeU64(ptr + 16, 0n);
      return WASI_ERRNO.SUCCESS;
    },
    fd_prestat_get: () => WASI_ERRNO.BADF,
    fd_prestat_dir_name: () => WASI_ERRNO.NOSYS,
    path_open: () => WASI_ERRNO.NOENT,
    environ_sizes_get(countPtr: number, sizePtr: number) {
      const env = state.environment.map(([k, v]) => Buffer.from(`${k}=${v}\0`));
      writeU32(countPtr, env.length);
      writeU32(sizePtr, env.reduce((n, e) => n + e.length, 0));
      return WASI_ERRNO.SUCCESS;
    },
    environ_get(arrayPtr: number, bufferPtr: number) {
      let offset = bufferPtr;
      state.environment.forEach(([k, v], i) => {
        const entry = Buffer.from(`${k}=${v}\0`);
        writeU32(arrayPtr + 4 * i, offset);
        if (offset + entry.length > state.bytes().length) throw new MemoryAccessError();
        state.bytes().set(entry, offset);
        offset += entry.length;
      });
      return WASI_ERRNO.SUCCESS;
    },
    args_sizes_get(countPtr: number, sizePtr: number) {
      writeU32(countPtr, 0);
      writeU32(sizePtr, 0);
      return WASI_ERRNO.SUCCESS;
    },
    args_get: () => WASI_ERRNO.SUCCESS,
    clock_time_get(id: number, _precision: bigint, ptr: number) {
      if (id === 0) writeU64(ptr, state.now());
      else if (id === 1) writeU64(ptr, state.monotonic());
      else return WASI_ERRNO.NOTSUP;
      return WASI_ERRNO.SUCCESS;
    },
    random_get(ptr: number, length: number) {
      if (length > 65536) return WASI_ERRNO.INVAL;
      const mem = state.bytes();
      if (ptr < 0 || ptr + length > mem.length) return 21; // EFAULT
      state.random(mem, ptr, length);
      return WASI_ERRNO.SUCCESS;
    },
    proc_exit(code: number) {
      // Envoy logs this at trace and returns; the guest's own code decides what follows.
      state.exitCode = code;
      state.log(LogLevel.trace, `wasi proc_exit(${code})`);
    },
    sched_yield: () => WASI_ERRNO.SUCCESS,
    poll_oneoff(_in: number, _out: number, _n: number, eventsPtr: number) {
      writeU32(eventsPtr, 0);
      return WASI_ERRNO.SUCCESS;
    },
  };

  // Host functions take at most 12 arguments; passing them by position (extra ones are
  // ignored) spares an array per call on the request path.
  const wrap = (name: string, fn: HostFunction, isWasi: boolean): HostFunction =>
    (a?: any, b?: any, c?: any, d?: any, e?: any, f?: any, g?: any, h?: any, i?: any, j?: any, k?: any, l?: any) => {
      if (state.countCalls) state.callCounts.set(name, (state.callCounts.get(name) ?? 0) + 1);
      if (state.allowedCalls && !state.allowedCalls.has(name)) {
        throw new WebAssembly.RuntimeError(`restricted_callback: ${name} may not be called while the module starts or allocates`);
      }
      const fault = state.faults.size > 0 ? state.takeFault(name) : undefined;
      if (fault === INJECTED_TRAP) throw new WebAssembly.RuntimeError(`injected trap in ${name}`);
      if (fault !== undefined) return fault;
      try {
        return fn(a, b, c, d, e, f, g, h, i, j, k, l);
      } catch (error) {
        if (error instanceof MemoryAccessError) return isWasi ? 21 : Status.InvalidMemoryAccess;
        throw error;
      }
    };
  const wrapAll = (fns: Record<string, HostFunction>, isWasi: boolean) =>
    Object.fromEntries(Object.entries(fns).map(([name, fn]) => [name, wrap(name, fn, isWasi)]));

  const wasiImports = wrapAll(wasi, true);
  return {
    env: wrapAll(env, false),
    ...Object.fromEntries(WASI_MODULES.map((m) => [m, wasiImports])),
  };
}
