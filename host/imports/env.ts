// The `env` host functions of Proxy-Wasm ABI 0.2.x: each takes its arguments out of guest
// memory, asks the state for the answer, and writes results back. What a call means lives
// in the state's modules (stream-state, metrics, properties, local-response, shared-data).

import { BufferType, LogLevel, Status, StreamType } from "../abi.ts";
import { deserializePairs } from "../header-map.ts";
import { localResponse } from "../local-response.ts";
import { property } from "../properties.ts";
import { allEnvFunctions } from "../signatures.ts";
import type { HostState } from "../state.ts";
import type { GuestMemory } from "./memory.ts";

export type HostFunction = (...args: any[]) => number | undefined;

/** Buffer types past the last one (CallData) are BadArgument before anything else, as in cpp-host. */
const badBufferType = (type: number) => type >>> 0 > BufferType.CallData;

export function envFunctions(state: HostState, memory: GuestMemory): Record<string, HostFunction> {
  const env: Record<string, HostFunction> = {
    proxy_log(level: number, ptr: number, size: number) {
      if (level < LogLevel.trace || level > LogLevel.critical) return Status.BadArgument;
      state.log(level, memory.text(ptr, size));
      return Status.Ok;
    },
    proxy_get_log_level(ptr: number) {
      memory.writeU32(ptr, state.logLevel);
      return Status.Ok;
    },
    proxy_set_tick_period_milliseconds(ms: number) {
      state.tickPeriods.set(state.rootOf(state.effectiveContext), ms >>> 0);
      return Status.Ok;
    },
    proxy_get_current_time_nanoseconds(ptr: number) {
      memory.writeTime(ptr);
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
      const path = memory
        .text(pathPtr, pathSize)
        .split("\0")
        .filter((s) => s.length > 0);
      const value = property(path, state.properties, state.stream());
      if (value === undefined) return Status.NotFound;
      return memory.copyOut(value, ptrPtr, sizePtr);
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
    proxy_send_local_response(
      status: number,
      detailsPtr: number,
      detailsSize: number,
      bodyPtr: number,
      bodySize: number,
      headersPtr: number,
      headersSize: number,
      grpcStatus: number,
    ) {
      const response = localResponse(
        status,
        memory.text(detailsPtr, detailsSize),
        memory.read(bodyPtr, bodySize),
        memory.read(headersPtr, headersSize),
        grpcStatus,
      );
      const stream = state.stream();
      if (stream && !stream.localResponse) stream.localResponse = response;
      return Status.Ok;
    },
    proxy_get_buffer_bytes(type: number, start: number, length: number, ptrPtr: number, sizePtr: number) {
      if (badBufferType(type)) return Status.BadArgument;
      const buffer = state.buffer(type);
      if (!buffer) return Status.NotFound;
      // cpp-host adds the two as 64-bit words, so no wasm32 range overflows: it is clipped to the buffer.
      start >>>= 0;
      length >>>= 0;
      return memory.copyOut(buffer.subarray(Math.min(start, buffer.length), Math.min(start + length, buffer.length)), ptrPtr, sizePtr);
    },
    proxy_get_buffer_status(type: number, lengthPtr: number, flagsPtr: number) {
      if (badBufferType(type)) return Status.BadArgument;
      const buffer = state.buffer(type);
      if (!buffer) return Status.NotFound;
      memory.writeU32(lengthPtr, buffer.length);
      memory.writeU32(flagsPtr, 0);
      return Status.Ok;
    },
    proxy_set_buffer_bytes(type: number, start: number, length: number, ptr: number, size: number) {
      if (badBufferType(type)) return Status.BadArgument;
      const stream = state.stream();
      if (!stream || stream.body(type) === undefined) return Status.BadArgument;
      return stream.setBody(type, start, length, memory.read(ptr, size));
    },
    proxy_get_header_map_value(type: number, keyPtr: number, keySize: number, ptrPtr: number, sizePtr: number) {
      const stream = state.stream();
      const map = stream?.readableMap(type);
      if (!map) return stream?.phase === "log" ? Status.NotFound : Status.BadArgument;
      const value = map.getBytes(memory.name(keyPtr, keySize));
      if (value === undefined) return Status.NotFound;
      return memory.copyOut(value, ptrPtr, sizePtr);
    },
    proxy_get_header_map_pairs(type: number, ptrPtr: number, sizePtr: number) {
      const map = state.stream()?.readableMap(type);
      return memory.copyOut(map && map.size > 0 ? map.serialize() : Buffer.alloc(0), ptrPtr, sizePtr);
    },
    proxy_get_header_map_size(type: number, sizePtr: number) {
      const map = state.stream()?.writableMap(type);
      if (!map) return Status.BadArgument;
      memory.writeU32(sizePtr, map.byteSize);
      return Status.Ok;
    },
    proxy_add_header_map_value(type: number, keyPtr: number, keySize: number, valuePtr: number, valueSize: number) {
      const map = state.stream()?.writableMap(type);
      if (!map) return Status.BadArgument;
      map.addBytes(memory.name(keyPtr, keySize), memory.bytes(valuePtr, valueSize));
      return Status.Ok;
    },
    proxy_replace_header_map_value(type: number, keyPtr: number, keySize: number, valuePtr: number, valueSize: number) {
      const map = state.stream()?.writableMap(type);
      if (!map) return Status.BadArgument;
      map.replaceBytes(memory.name(keyPtr, keySize), memory.bytes(valuePtr, valueSize));
      return Status.Ok;
    },
    proxy_remove_header_map_value(type: number, keyPtr: number, keySize: number) {
      const map = state.stream()?.writableMap(type);
      if (!map) return Status.BadArgument;
      map.removeBinary(memory.name(keyPtr, keySize));
      return Status.Ok;
    },
    proxy_set_header_map_pairs(type: number, ptr: number, size: number) {
      const map = state.stream()?.writableMap(type);
      if (!map) return Status.BadArgument;
      const bytes = memory.read(ptr, size);
      let pairs: [Buffer, Buffer][] = [];
      try {
        pairs = deserializePairs(bytes);
      } catch {
        pairs = []; // cpp-host treats malformed pairs as an empty map.
      }
      map.setAll(pairs);
      return Status.Ok;
    },
    proxy_get_shared_data(keyPtr: number, keySize: number, ptrPtr: number, sizePtr: number, casPtr: number) {
      const entry = state.shared.get(memory.text(keyPtr, keySize));
      if (!entry) return Status.NotFound;
      const status = memory.copyOut(entry.value, ptrPtr, sizePtr);
      if (status === Status.Ok) memory.writeU32(casPtr, entry.cas);
      return status;
    },
    proxy_set_shared_data(keyPtr: number, keySize: number, valuePtr: number, valueSize: number, cas: number) {
      return state.shared.set(memory.text(keyPtr, keySize), memory.read(valuePtr, valueSize), cas);
    },
    proxy_register_shared_queue(namePtr: number, nameSize: number, tokenPtr: number) {
      memory.writeU32(tokenPtr, state.shared.register(memory.text(namePtr, nameSize)).token);
      return Status.Ok;
    },
    proxy_resolve_shared_queue(_vmPtr: number, _vmSize: number, namePtr: number, nameSize: number, tokenPtr: number) {
      const queue = state.shared.queue(memory.text(namePtr, nameSize));
      if (!queue) return Status.NotFound;
      memory.writeU32(tokenPtr, queue.token);
      return Status.Ok;
    },
    proxy_enqueue_shared_queue(token: number, ptr: number, size: number) {
      const queue = state.shared.queueByToken(token);
      if (!queue) return Status.NotFound;
      queue.items.push(memory.read(ptr, size));
      return Status.Ok;
    },
    proxy_dequeue_shared_queue(token: number, ptrPtr: number, sizePtr: number) {
      const queue = state.shared.queueByToken(token);
      if (!queue) return Status.NotFound;
      const item = queue.items.shift();
      if (!item) return Status.Empty;
      return memory.copyOut(item, ptrPtr, sizePtr);
    },
    proxy_define_metric(type: number, namePtr: number, nameSize: number, idPtr: number) {
      const id = state.metrics.define(type, memory.text(namePtr, nameSize));
      if (id === undefined) return Status.BadArgument;
      memory.writeU32(idPtr, id);
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
      if (typeof value === "number") return value;
      memory.writeU64(ptr, value);
      return Status.Ok;
    },
    pthread_equal(left: number, right: number) {
      return left === right ? 1 : 0;
    },
    emscripten_notify_memory_growth() {
      return undefined;
    },
  };
  // Functions the host does not model answer Unimplemented rather than being missing, so any module links.
  for (const name of Object.keys(allEnvFunctions())) env[name] ??= () => Status.Unimplemented;
  return env;
}
