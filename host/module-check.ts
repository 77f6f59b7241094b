// The module check Envoy's loader makes, in one place for the host's loader, the build and
// `npm run inspect`, in cpp-host's order: the ABI version (the first proxy_abi_version_*
// export), a module V8 compiles, every import one the host provides with the type it
// provides, the functions cpp-host calls with the types it calls them with, an allocator.
// The first thing Envoy would refuse becomes a LoadError on one line.

import {
  ABI_VERSION_EXPORTS,
  type AbiVersion,
  callbackNames,
  envVersionsOf,
  formatSignature,
  hostFunctionSignature,
  moduleFunctionSignature,
  type Signature,
  sameSignature,
  WASI_MODULES,
} from "./signatures.ts";
import { functionSignature, type Import, readModule, type WasmModuleInfo } from "./wasm-reader.ts";

/** Thrown when a module cannot be loaded at all (as Envoy would refuse it). */
export class LoadError extends Error {}

export interface ModuleImport {
  module: string;
  name: string;
  kind: Import["kind"];
  /** A function import's type. */
  signature?: Signature;
}

export interface ModuleExport {
  name: string;
  kind: string;
  signature?: Signature;
}

export interface CheckedModule {
  module: WebAssembly.Module;
  /** The binary as read, for the start-call analysis. */
  info: WasmModuleInfo;
  /** The export that declares it, e.g. proxy_abi_version_0_2_1. */
  abiVersion: string;
  abi: AbiVersion;
  /** The export the host allocates guest memory with. */
  allocator: "malloc" | "proxy_on_memory_allocate";
  imports: ModuleImport[];
  exports: ModuleExport[];
  /** Where the guest's memory comes from. */
  memory: "exported" | "imported";
}

const ALLOCATORS = ["malloc", "proxy_on_memory_allocate"] as const;

/** Why Envoy provides no such function import, after cpp-host's "missing import". */
function missingReason(module: string, name: string, abi: AbiVersion): string {
  if (module === "env") {
    const versions = envVersionsOf(name);
    if (versions.length > 0) return `Envoy provides it only to ABI ${versions.join(" and ")} modules, and this one declares ${abi}`;
    if (name === "abort" || name === "trace" || name === "seed") {
      return "an AssemblyScript runtime import Envoy does not provide (route abort to the SDK with --use abort=abort_proc_exit, and use WASI random_get instead of Math.random)";
    }
    return "not a Proxy-Wasm host function";
  }
  if ((WASI_MODULES as readonly string[]).includes(module)) return "not a WASI function Envoy implements";
  return `Envoy provides no module "${module}"`;
}

/** Why cpp-host's link() refuses an import, or undefined when it accepts it. */
function importProblem(i: Import, info: WasmModuleInfo, abi: AbiVersion): string | undefined {
  const qualified = `${i.module}.${i.name}`;
  // cpp-host creates imported memories and tables, and has no globals or tags to give.
  if (i.kind === "memory" || i.kind === "table") return undefined;
  if (i.kind !== "function") return `missing import ${qualified}: Envoy provides no ${i.kind} imports`;
  const host = hostFunctionSignature(i.module, i.name, abi);
  if (!host) return `missing import ${qualified}: ${missingReason(i.module, i.name, abi)}`;
  const wanted = info.types[i.type];
  if (!sameSignature(wanted, host)) {
    // V8's words in cpp-host (WAMR's say "mismatch for function env.proxy_log"); "want" is the module's type.
    return `import type mismatch: ${qualified}, want: ${formatSignature(wanted)}, but host exports: ${formatSignature(host)}`;
  }
  return undefined;
}

/** The ABI version cpp-host reads: the first function export named proxy_abi_version_*, in export order. */
function abiVersionExport(info: WasmModuleInfo): string | undefined {
  return info.exports.find((e) => e.kind === "function" && Object.hasOwn(ABI_VERSION_EXPORTS, e.name))?.name;
}

/** Why cpp-host's getFunctions fails the VM (a callback with another type, no allocator), or the allocator. */
function exportsVerdict(exports: ModuleExport[], abi: AbiVersion): { problem?: string; allocator?: CheckedModule["allocator"] } {
  const functions = new Map(exports.filter((e) => e.kind === "function").map((e) => [e.name, e.signature]));
  // In cpp-host's order: the start functions, the allocator, the callbacks.
  const badSignature = (n: string): string | undefined => {
    const signature = functions.get(n);
    const wanted = moduleFunctionSignature(n, abi);
    if (!signature || !wanted || sameSignature(wanted, signature)) return undefined;
    return `bad function signature for: ${n}, want: ${formatSignature(wanted)}, but the module exports: ${formatSignature(signature)}`;
  };
  for (const n of functions.has("_initialize") ? ["_initialize", "main", "__main_void"] : ["_start"]) {
    const problem = badSignature(n);
    if (problem) return { problem };
  }
  const allocator = ALLOCATORS.find((a) => functions.has(a));
  if (!allocator) return { problem: "missing malloc function: it exports neither malloc nor proxy_on_memory_allocate" };
  for (const n of [allocator, ...callbackNames(abi)]) {
    const problem = badSignature(n);
    if (problem) return { problem };
  }
  return { allocator };
}

/** Compiles `bytes` (with V8, Envoy's default engine) and checks the module; `name` starts each message. */
export async function checkModule(bytes: Uint8Array, name = "the module"): Promise<CheckedModule> {
  const invalid = (reason: string) => new LoadError(`${name} is not a valid Wasm module: ${reason}`);
  // Compiled at once on this thread, as cpp-host compiles (wasm::Module::make): V8's
  // asynchronous compile hands the work between tasks and takes about twice as long. The
  // verdicts are given in cpp-host's order, whatever was found first.
  let compiled: WebAssembly.Module | Error;
  try {
    compiled = new WebAssembly.Module(new Uint8Array(bytes));
  } catch (e) {
    compiled = e instanceof Error ? e : new Error(String(e));
  }
  let info: WasmModuleInfo;
  try {
    info = readModule(bytes);
  } catch (e) {
    // V8's words for what is wrong, when it has some.
    throw invalid(compiled instanceof Error ? compiled.message : (e as Error).message);
  }
  const abiVersion = abiVersionExport(info);
  if (!abiVersion) {
    throw new LoadError(
      `${name}: missing or unknown Proxy-Wasm ABI version: it exports none of ${Object.keys(ABI_VERSION_EXPORTS).join(", ")}`,
    );
  }
  const abi = ABI_VERSION_EXPORTS[abiVersion];
  const exports: ModuleExport[] = info.exports.map((e) => ({
    name: e.name,
    kind: e.kind,
    signature: e.kind === "function" ? functionSignature(info, e.index) : undefined,
  }));
  let problem: string | undefined;
  for (const i of info.imports) {
    problem = importProblem(i, info, abi);
    if (problem) break;
  }
  const verdict = exportsVerdict(exports, abi);
  problem ??= verdict.problem;
  const memory = exports.some((e) => e.kind === "memory")
    ? "exported"
    : info.imports.some((i) => i.kind === "memory")
      ? "imported"
      : undefined;
  if (compiled instanceof Error) throw invalid(compiled.message);
  if (problem) throw new LoadError(`${name}: ${problem}`);
  if (!memory) throw new LoadError(`${name} has no memory to exchange data through (it neither exports nor imports one)`);
  const imports: ModuleImport[] = info.imports.map((i) => ({
    module: i.module,
    name: i.name,
    kind: i.kind,
    signature: i.kind === "function" ? info.types[i.type] : undefined,
  }));
  return {
    module: compiled,
    info,
    abiVersion,
    abi,
    allocator: verdict.allocator as CheckedModule["allocator"],
    imports,
    exports,
    memory,
  };
}
