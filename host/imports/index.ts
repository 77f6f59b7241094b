// The import object a Proxy-Wasm module links against: `env` and the WASI functions under
// both module names Envoy serves them from. Every call passes one gate: while the module
// starts or the host runs its malloc, only the calls Envoy allows there may run.

import { Status, WASI_FUNCTIONS, WASI_MODULES } from "../abi.ts";
import type { HostState } from "../state.ts";
import { envFunctions, type HostFunction } from "./env.ts";
import { GuestMemory, MemoryAccessError } from "./memory.ts";
import { WASI_ERRNO, wasiFunctions } from "./wasi.ts";

/** Host calls cpp-host allows while a module starts (_initialize, _start, start section). */
export const START_CALLS: ReadonlySet<string> = new Set(["proxy_log", ...WASI_FUNCTIONS]);
/** Host calls cpp-host allows while the host calls the module's malloc. */
export const ALLOCATOR_CALLS: ReadonlySet<string> = new Set(["proxy_log", "fd_write", "clock_time_get", "poll_oneoff"]);

export type { HostFunction };

function gated(state: HostState, name: string, fn: HostFunction, badMemory: number): HostFunction {
  // Host functions take at most 12 arguments; passing them by position (extra ones are
  // ignored) spares an array per call on the request path.
  return (a?: any, b?: any, c?: any, d?: any, e?: any, f?: any, g?: any, h?: any, i?: any, j?: any, k?: any, l?: any) => {
    if (state.allowedCalls && !state.allowedCalls.has(name)) {
      throw new WebAssembly.RuntimeError(`restricted_callback: ${name} may not be called while the module starts or allocates`);
    }
    try {
      return fn(a, b, c, d, e, f, g, h, i, j, k, l);
    } catch (error) {
      if (error instanceof MemoryAccessError) return badMemory;
      throw error;
    }
  };
}

function gateAll(state: HostState, fns: Record<string, HostFunction>, badMemory: number): Record<string, HostFunction> {
  return Object.fromEntries(Object.entries(fns).map(([name, fn]) => [name, gated(state, name, fn, badMemory)]));
}

export function createImports(state: HostState): WebAssembly.Imports {
  const memory = new GuestMemory(state);
  const wasi = gateAll(state, wasiFunctions(state, memory), WASI_ERRNO.FAULT);
  return {
    env: gateAll(state, envFunctions(state, memory), Status.InvalidMemoryAccess),
    ...Object.fromEntries(WASI_MODULES.map((m) => [m, wasi])),
  };
}
