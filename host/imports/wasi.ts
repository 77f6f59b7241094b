// The WASI preview1 functions Envoy provides to Proxy-Wasm modules, with Envoy's answers:
// stdout and stderr become log lines, clocks and randomness are the host's, the file
// system does not exist.

import { LogLevel } from "../abi.ts";
import type { HostState } from "../state.ts";
import type { HostFunction } from "./env.ts";
import type { GuestMemory } from "./memory.ts";

export const WASI_ERRNO = { SUCCESS: 0, BADF: 8, FAULT: 21, INVAL: 28, NOENT: 44, NOSYS: 52, NOTSUP: 58 } as const;

export function wasiFunctions(state: HostState, memory: GuestMemory): Record<string, HostFunction> {
  const environment = () => state.environment.map(([k, v]) => Buffer.from(`${k}=${v}\0`));
  return {
    fd_write(fd: number, iovs: number, iovsLen: number, writtenPtr: number) {
      if (fd !== 1 && fd !== 2) return WASI_ERRNO.BADF;
      const parts: Buffer[] = [];
      for (let i = 0; i < iovsLen; i++) parts.push(memory.read(memory.u32(iovs + 8 * i), memory.u32(iovs + 8 * i + 4)));
      const data = Buffer.concat(parts);
      memory.writeU32(writtenPtr, data.length);
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
      memory.writeU64(ptr, 0n);
      memory.writeU64(ptr + 8, 64n);
      memory.writeU64(ptr + 16, 0n);
      return WASI_ERRNO.SUCCESS;
    },
    fd_prestat_get: () => WASI_ERRNO.BADF,
    fd_prestat_dir_name: () => WASI_ERRNO.NOSYS,
    path_open: () => WASI_ERRNO.NOENT,
    environ_sizes_get(countPtr: number, sizePtr: number) {
      const entries = environment();
      memory.writeU32(countPtr, entries.length);
      memory.writeU32(
        sizePtr,
        entries.reduce((n, e) => n + e.length, 0),
      );
      return WASI_ERRNO.SUCCESS;
    },
    environ_get(arrayPtr: number, bufferPtr: number) {
      let offset = bufferPtr;
      environment().forEach((entry, i) => {
        memory.writeU32(arrayPtr + 4 * i, offset);
        memory.write(offset, entry);
        offset += entry.length;
      });
      return WASI_ERRNO.SUCCESS;
    },
    args_sizes_get(countPtr: number, sizePtr: number) {
      memory.writeU32(countPtr, 0);
      memory.writeU32(sizePtr, 0);
      return WASI_ERRNO.SUCCESS;
    },
    args_get: () => WASI_ERRNO.SUCCESS,
    clock_time_get(id: number, _precision: bigint, ptr: number) {
      if (id === 0) memory.writeU64(ptr, state.now());
      else if (id === 1) memory.writeU64(ptr, state.monotonic());
      else return WASI_ERRNO.NOTSUP;
      return WASI_ERRNO.SUCCESS;
    },
    random_get(ptr: number, length: number) {
      if (length > 65536) return WASI_ERRNO.INVAL;
      state.random(memory.checked(ptr, length), ptr, length);
      return WASI_ERRNO.SUCCESS;
    },
    proc_exit(code: number) {
      // Envoy logs this at trace and returns; the guest's own code decides what follows.
      state.exitCode = code;
      state.log(LogLevel.trace, `wasi proc_exit(${code})`);
      return undefined;
    },
    sched_yield: () => WASI_ERRNO.SUCCESS,
    poll_oneoff(_in: number, _out: number, _n: number, eventsPtr: number) {
      memory.writeU32(eventsPtr, 0);
      return WASI_ERRNO.SUCCESS;
    },
  };
}
