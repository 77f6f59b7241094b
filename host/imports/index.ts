// The import object a Proxy-Wasm module links against: `env`, the WASI functions under both
// module names Envoy serves them from, and the memories and tables cpp-host creates for a
// module that imports them. Every call passes one gate: while the module starts or the host
// runs its malloc, only the calls cpp-host allows there may run (its V8 runtime traps the
// rest with "restricted_callback").

import { Status } from "../abi.ts";
import { hostFunctionArity, WASI_MODULES } from "../signatures.ts";
import type { HostState } from "../state.ts";
import type { Import } from "../wasm-reader.ts";
import { envFunctions, type HostFunction } from "./env.ts";
import { GuestMemory, MemoryAccessError } from "./memory.ts";
import { WASI_ERRNO, wasiFunctions } from "./wasi.ts";

const bothWasi = (...names: string[]) => WASI_MODULES.flatMap((m) => names.map((n) => `${m}.${n}`));

/** Host calls cpp-host allows while a VM starts (_initialize, main, _start): WasmBase::startVm's list. */
export const START_CALLS: ReadonlySet<string> = new Set([
  "env.emscripten_notify_memory_growth",
  "env.proxy_log",
  ...bothWasi(
    "fd_write",
    "args_sizes_get",
    "args_get",
    "environ_sizes_get",
    "environ_get",
    "clock_time_get",
    "clock_res_get",
    "random_get",
    "poll_oneoff",
    "fd_fdstat_get",
    "fd_fdstat_set_flags",
    // cpp-host allows these too, since language runtimes may touch them while initialising.
    "fd_advise",
    "fd_allocate",
    "fd_datasync",
    "fd_fdstat_set_rights",
    "fd_filestat_get",
    "fd_filestat_set_size",
    "fd_filestat_set_times",
    "fd_pread",
    "fd_prestat_dir_name",
    "fd_prestat_get",
    "fd_pwrite",
    "fd_readdir",
    "fd_renumber",
    "fd_sync",
    "fd_tell",
    "path_create_directory",
    "path_filestat_get",
    "path_filestat_set_times",
    "path_link",
    "path_readlink",
    "path_remove_directory",
    "path_rename",
    "path_symlink",
    "path_unlink_file",
    "sock_accept",
    "sock_recv",
    "sock_send",
    "sock_shutdown",
  ),
]);

/** Host calls cpp-host allows while the host calls the module's malloc: WasmBase::allocMemory's list. */
export const ALLOCATOR_CALLS: ReadonlySet<string> = new Set(["env.proxy_log", ...bothWasi("fd_write", "clock_time_get", "poll_oneoff")]);

/** No host call at all: V8 runs a start section while linking, when cpp-host has no context to serve one. */
export const NO_CALLS: ReadonlySet<string> = new Set();

export type { HostFunction };

/** One import: its host function and what its gate needs. */
interface Gate {
  state: HostState;
  name: string;
  fn: HostFunction;
  badMemory: number;
}

/** Traps, as cpp-host does, a call made while the module starts or allocates that is not allowed then. */
function enter(g: Gate): void {
  const allowed = g.state.allowedCalls;
  if (allowed === undefined || allowed.has(g.name)) return;
  throw new WebAssembly.RuntimeError(
    allowed === NO_CALLS
      ? `${g.name} called from the start section, which V8 runs while linking, before cpp-host has a context to serve it`
      : `restricted_callback: ${g.name} may not be called while the module starts or allocates`,
  );
}

/** A guest pointer outside its memory is a status the call returns; anything else goes on up. */
function fault(error: unknown, g: Gate): number {
  if (error instanceof MemoryAccessError) return g.badMemory;
  throw error;
}

// Each import is a function of exactly its Wasm type's arity that passes the gate and calls
// its host function with the same arguments: V8 links such a function through a cheaper
// wrapper than one whose count differs (instantiation takes a fraction of the time) and calls
// it faster, and one frame per call, no array, is all the gate costs on the request path.
// biome-ignore format: one line an arity
const FRONTS: ((g: Gate) => HostFunction)[] = [
  (g) => () => { enter(g); try { return g.fn(); } catch (e) { return fault(e, g); } },
  (g) => (a) => { enter(g); try { return g.fn(a); } catch (e) { return fault(e, g); } },
  (g) => (a, b) => { enter(g); try { return g.fn(a, b); } catch (e) { return fault(e, g); } },
  (g) => (a, b, c) => { enter(g); try { return g.fn(a, b, c); } catch (e) { return fault(e, g); } },
  (g) => (a, b, c, d) => { enter(g); try { return g.fn(a, b, c, d); } catch (e) { return fault(e, g); } },
  (g) => (a, b, c, d, e) => { enter(g); try { return g.fn(a, b, c, d, e); } catch (x) { return fault(x, g); } },
  (g) => (a, b, c, d, e, f) => { enter(g); try { return g.fn(a, b, c, d, e, f); } catch (x) { return fault(x, g); } },
  (g) => (a, b, c, d, e, f, h) => { enter(g); try { return g.fn(a, b, c, d, e, f, h); } catch (x) { return fault(x, g); } },
  (g) => (a, b, c, d, e, f, h, i) => { enter(g); try { return g.fn(a, b, c, d, e, f, h, i); } catch (x) { return fault(x, g); } },
  (g) => (a, b, c, d, e, f, h, i, j) => { enter(g); try { return g.fn(a, b, c, d, e, f, h, i, j); } catch (x) { return fault(x, g); } },
  (g) => (a, b, c, d, e, f, h, i, j, k) => { enter(g); try { return g.fn(a, b, c, d, e, f, h, i, j, k); } catch (x) { return fault(x, g); } },
  (g) => (a, b, c, d, e, f, h, i, j, k, l) => { enter(g); try { return g.fn(a, b, c, d, e, f, h, i, j, k, l); } catch (x) { return fault(x, g); } },
  (g) => (a, b, c, d, e, f, h, i, j, k, l, m) => { enter(g); try { return g.fn(a, b, c, d, e, f, h, i, j, k, l, m); } catch (x) { return fault(x, g); } },
];

/** The gated functions of one import module: all of them, or only those named in `wanted`. */
function gateAll(
  state: HostState,
  module: string,
  fns: Record<string, HostFunction>,
  badMemory: number,
  wanted?: ReadonlySet<string>,
): Record<string, HostFunction> {
  const gatedFns: Record<string, HostFunction> = {};
  for (const [name, fn] of Object.entries(fns)) {
    const qualified = `${module}.${name}`;
    if (wanted && !wanted.has(qualified)) continue;
    const arity = hostFunctionArity(module, name);
    // A front of another arity would drop arguments: every host function is in the table.
    if (arity === undefined) throw new Error(`${qualified} has no signature in host/signatures.ts`);
    gatedFns[name] = FRONTS[arity]({ state, name: qualified, fn, badMemory });
  }
  return gatedFns;
}

/**
 * The host functions under `env` and both WASI module names; with `wanted` (module.name),
 * only those are gated, which is all a module links.
 */
export function createImports(state: HostState, wanted?: ReadonlySet<string>): WebAssembly.Imports {
  const memory = new GuestMemory(state);
  const wasi = wasiFunctions(state, memory);
  return {
    env: gateAll(state, "env", envFunctions(state, memory), Status.InvalidMemoryAccess, wanted),
    ...Object.fromEntries(WASI_MODULES.map((m) => [m, gateAll(state, m, wasi, WASI_ERRNO.FAULT, wanted)])),
  };
}

/** Adds the memories and tables a module imports, created to its limits as cpp-host creates them; returns the memory. */
export function provideMemoryAndTables(imports: WebAssembly.Imports, moduleImports: readonly Import[]): WebAssembly.Memory | undefined {
  let memory: WebAssembly.Memory | undefined;
  for (const i of moduleImports) {
    let value: WebAssembly.Memory | WebAssembly.Table;
    if (i.kind === "memory") {
      memory = new WebAssembly.Memory({ initial: i.limits.initial, maximum: i.limits.maximum, shared: i.limits.shared });
      value = memory;
    } else if (i.kind === "table") {
      value = new WebAssembly.Table({
        element: i.element === "funcref" ? "anyfunc" : "externref",
        initial: i.limits.initial,
        maximum: i.limits.maximum,
      });
    } else continue;
    imports[i.module] = { ...imports[i.module], [i.name]: value };
  }
  return memory;
}
