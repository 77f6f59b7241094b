// The WASI preview1 functions cpp-host provides to Proxy-Wasm modules, with its answers:
// stdout and stderr become the plugin's log lines, clocks and randomness are the host's, the
// file system and sockets do not exist. Where cpp-host reports a call through the context
// (fd_seek, fd_close, proc_exit), Envoy logs the report at trace; so does this host.

import { LogLevel } from "../abi.ts";
import type { HostState } from "../state.ts";
import type { HostFunction } from "./env.ts";
import { type GuestMemory, MemoryAccessError } from "./memory.ts";

export const WASI_ERRNO = { SUCCESS: 0, BADF: 8, FAULT: 21, INVAL: 28, NOENT: 44, NOSYS: 52, NOTSUP: 58 } as const;

/** What cpp-host's fd_readdir answers: 20, meant as ENOTDIR, which is EEXIST in preview1's numbering (ENOTDIR is 54). */
const READDIR_ERRNO = 20;

/** cpp-host's PROXY_WASM_HOST_WASI_RANDOM_GET_MAX_SIZE_BYTES. */
const RANDOM_GET_MAX = 64 * 1024;

const isStdio = (fd: number) => fd === 1 || fd === 2;

export function wasiFunctions(state: HostState, memory: GuestMemory): Record<string, HostFunction> {
  const environment = () => state.environment.map(([k, v]) => Buffer.from(`${k}=${v}\0`));
  /** Success on stdout and stderr, EBADF on any other descriptor: cpp-host's answer for calls with no effect. */
  const stdioOnly = (fd: number) => (isStdio(fd) ? WASI_ERRNO.SUCCESS : WASI_ERRNO.BADF);
  /** Writes `write`'s out-parameter, then answers `errno`. */
  const answer = (errno: number, write: () => void) => {
    write();
    return errno;
  };

  /** cpp-host's writevImpl: the iovecs' bytes, less one trailing newline, become one log line; returns bytes written or an errno. */
  function writev(fd: number, iovs: number, iovsLen: number): { written: number } | { errno: number } {
    if (!isStdio(fd)) return { errno: WASI_ERRNO.BADF };
    const parts: Buffer[] = [];
    for (let i = 0; i < iovsLen; i++) {
      const length = memory.u32(iovs + 8 * i + 4);
      // An empty iovec's pointer is never read.
      if (length !== 0) parts.push(memory.read(memory.u32(iovs + 8 * i), length));
    }
    const data = Buffer.concat(parts);
    if (data.length > 0) {
      const end = data[data.length - 1] === 0x0a ? data.length - 1 : data.length;
      // A lone "\n" is an empty line, as in cpp-host.
      state.log(fd === 1 ? LogLevel.info : LogLevel.error, data.toString("utf8", 0, end));
    }
    return { written: data.length };
  }

  return {
    fd_write(fd: number, iovs: number, iovsLen: number, writtenPtr: number) {
      const result = writev(fd, iovs, iovsLen);
      if ("errno" in result) return result.errno;
      return answer(WASI_ERRNO.SUCCESS, () => memory.writeU32(writtenPtr, result.written));
    },
    fd_pwrite(fd: number, iovs: number, iovsLen: number, _offset: bigint, writtenPtr: number) {
      // The offset is ignored: stdout and stderr have none.
      const result = writev(fd, iovs, iovsLen);
      if ("errno" in result) return result.errno;
      return answer(WASI_ERRNO.SUCCESS, () => memory.writeU32(writtenPtr, result.written));
    },
    fd_read: () => WASI_ERRNO.NOSYS,
    fd_pread: () => WASI_ERRNO.NOSYS,
    fd_seek() {
      state.hostLog(LogLevel.trace, "wasi_unstable fd_seek");
      return WASI_ERRNO.SUCCESS;
    },
    fd_close() {
      state.hostLog(LogLevel.trace, "wasi_unstable fd_close");
      return WASI_ERRNO.SUCCESS;
    },
    fd_fdstat_get(fd: number, ptr: number) {
      if (!isStdio(fd)) return WASI_ERRNO.BADF;
      try {
        memory.writeU64(ptr, 0n);
        memory.writeU64(ptr + 8, 64n); // fs_rights_base: __WASI_RIGHTS_FD_WRITE
        memory.writeU64(ptr + 16, 0n);
      } catch (e) {
        // cpp-host does not check this write.
        if (!(e instanceof MemoryAccessError)) throw e;
      }
      return WASI_ERRNO.SUCCESS;
    },
    fd_fdstat_set_flags: () => WASI_ERRNO.NOSYS,
    fd_fdstat_set_rights: stdioOnly,
    fd_advise: () => WASI_ERRNO.SUCCESS,
    fd_allocate: stdioOnly,
    fd_datasync: stdioOnly,
    fd_filestat_set_size: stdioOnly,
    fd_filestat_set_times: stdioOnly,
    fd_sync: stdioOnly,
    fd_renumber: (fd: number, to: number) => (isStdio(fd) && isStdio(to) ? WASI_ERRNO.NOTSUP : WASI_ERRNO.BADF),
    fd_tell(fd: number, ptr: number) {
      if (!isStdio(fd)) return WASI_ERRNO.BADF;
      return answer(WASI_ERRNO.SUCCESS, () => memory.writeU64(ptr, 0n));
    },
    fd_readdir: (_fd: number, _buf: number, _len: number, _cookie: bigint, readPtr: number) =>
      answer(READDIR_ERRNO, () => memory.writeU32(readPtr, 0)),
    fd_prestat_get: () => WASI_ERRNO.BADF,
    fd_prestat_dir_name: () => WASI_ERRNO.NOSYS,
    fd_filestat_get: () => WASI_ERRNO.BADF,
    path_open: () => WASI_ERRNO.NOENT,
    path_filestat_get: () => WASI_ERRNO.NOTSUP,
    path_create_directory: () => WASI_ERRNO.NOTSUP,
    path_filestat_set_times: () => WASI_ERRNO.NOTSUP,
    path_link: () => WASI_ERRNO.NOTSUP,
    path_readlink: (_fd: number, _path: number, _pathLen: number, _buf: number, _bufLen: number, usedPtr: number) =>
      answer(WASI_ERRNO.NOTSUP, () => memory.writeU32(usedPtr, 0)),
    path_remove_directory: () => WASI_ERRNO.NOTSUP,
    path_rename: () => WASI_ERRNO.NOTSUP,
    path_symlink: () => WASI_ERRNO.NOTSUP,
    path_unlink_file: () => WASI_ERRNO.NOTSUP,
    sock_accept: (_fd: number, _flags: number, fdPtr: number) => answer(WASI_ERRNO.NOTSUP, () => memory.writeU64(fdPtr, 0n)),
    sock_recv(_fd: number, _data: number, _dataLen: number, _flags: number, sizePtr: number, flagsPtr: number) {
      return answer(WASI_ERRNO.NOTSUP, () => {
        memory.writeU32(sizePtr, 0);
        memory.write(flagsPtr, Buffer.alloc(2));
      });
    },
    sock_send: (_fd: number, _data: number, _dataLen: number, _flags: number, sizePtr: number) =>
      answer(WASI_ERRNO.NOTSUP, () => memory.writeU32(sizePtr, 0)),
    sock_shutdown: () => WASI_ERRNO.NOTSUP,
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
      if (id === 0) memory.writeTime(ptr);
      else if (id === 1) memory.writeU64(ptr, state.monotonic());
      else return WASI_ERRNO.NOTSUP;
      return WASI_ERRNO.SUCCESS;
    },
    clock_res_get(id: number, ptr: number) {
      if (id !== 0 && id !== 1) return WASI_ERRNO.NOTSUP;
      return answer(WASI_ERRNO.SUCCESS, () => memory.writeU64(ptr, 1n));
    },
    random_get(ptr: number, length: number) {
      if (length >>> 0 > RANDOM_GET_MAX) return WASI_ERRNO.INVAL;
      if (length === 0) return WASI_ERRNO.SUCCESS;
      state.random(memory.checked(ptr, length), ptr, length);
      return WASI_ERRNO.SUCCESS;
    },
    proc_exit(code: number) {
      // cpp-host reports it and returns; the guest's own code decides what follows.
      state.exitCode = code;
      state.hostLog(LogLevel.trace, "wasi_unstable proc_exit");
      return undefined;
    },
    sched_yield: () => WASI_ERRNO.SUCCESS,
    poll_oneoff(_in: number, _out: number, _n: number, eventsPtr: number) {
      return answer(WASI_ERRNO.SUCCESS, () => memory.writeU32(eventsPtr, 0));
    },
  };
}
