// The module check Envoy's loader makes, in one place for the host's loader and the build:
// valid Wasm, every import one the host provides, an ABI version export, an allocator and
// an exported memory. The first thing wrong becomes a LoadError on one line.

import { ABI_VERSION_EXPORTS, ENV_FUNCTIONS_0_2_0_ONLY, ENV_FUNCTIONS_0_2_1, WASI_FUNCTIONS, WASI_MODULES } from "./abi.ts";

/** Thrown when a module cannot be loaded at all (as Envoy would refuse it). */
export class LoadError extends Error {}

export interface CheckedModule {
  module: WebAssembly.Module;
  abiVersion: string;
  /** The export the host allocates guest memory with. */
  allocator: "malloc" | "proxy_on_memory_allocate";
  /** Imports as module.name. */
  imports: string[];
}

const ALLOCATORS = ["malloc", "proxy_on_memory_allocate"] as const;

/** Why an import is not one the host provides, or undefined when it is. */
function importProblem(module: string, name: string, kind: string, abi: string): string | undefined {
  if (kind !== "function") return `imports a ${kind}, but the host provides only functions`;
  if (module === "env") {
    if (name === "proxy_get_log_level" && abi === "proxy_abi_version_0_2_0") return "exists only in Proxy-Wasm ABI 0.2.1";
    if ((ENV_FUNCTIONS_0_2_1 as readonly string[]).includes(name)) return undefined;
    if ((ENV_FUNCTIONS_0_2_0_ONLY as readonly string[]).includes(name)) {
      return abi === "proxy_abi_version_0_2_0" ? undefined : "exists only in Proxy-Wasm ABI 0.2.0";
    }
    if (name === "abort" || name === "trace" || name === "seed") {
      return "is an AssemblyScript runtime import that Envoy does not provide (route abort to the SDK with --use abort=abort_proc_exit, and use WASI random_get instead of Math.random)";
    }
    return "is not a Proxy-Wasm ABI 0.2.x host function";
  }
  if ((WASI_MODULES as readonly string[]).includes(module)) {
    return (WASI_FUNCTIONS as readonly string[]).includes(name) ? undefined : "is a WASI function Envoy does not implement";
  }
  return `comes from module "${module}", which Envoy does not provide`;
}

/** Compiles `bytes` (with V8, Envoy's default engine) and checks the module; `name` starts each message. */
export async function checkModule(bytes: Uint8Array, name = "the module"): Promise<CheckedModule> {
  let module: WebAssembly.Module;
  try {
    module = await WebAssembly.compile(new Uint8Array(bytes));
  } catch (e) {
    throw new LoadError(`${name} is not a valid Wasm module: ${(e as Error).message}`);
  }
  const exports = WebAssembly.Module.exports(module);
  const functions = exports.filter((e) => e.kind === "function").map((e) => e.name);
  const abiVersion = functions.find((n) => (ABI_VERSION_EXPORTS as readonly string[]).includes(n));
  if (!abiVersion) throw new LoadError(`${name} exports no Proxy-Wasm ABI version (${ABI_VERSION_EXPORTS.join(" or ")})`);
  const imports = WebAssembly.Module.imports(module);
  const problems = imports
    .map((i) => ({ i, problem: importProblem(i.module, i.name, i.kind, abiVersion) }))
    .filter((p) => p.problem !== undefined)
    .map(({ i, problem }) => `${i.module}.${i.name} ${problem}`);
  if (problems.length > 0) throw new LoadError(`${name} imports what Envoy does not provide: ${problems.join("; ")}`);
  const allocator = ALLOCATORS.find((a) => functions.includes(a));
  if (!allocator) throw new LoadError(`${name} exports no allocator (${ALLOCATORS.join(" or ")})`);
  if (!exports.some((e) => e.kind === "memory" && e.name === "memory")) throw new LoadError(`${name} exports no memory`);
  return { module, abiVersion, allocator, imports: imports.map((i) => `${i.module}.${i.name}`) };
}
