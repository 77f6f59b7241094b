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

/** Compiles `bytes` (with V8, Envoy's default engine) and checks the module; `name` starts each message. */
export async function checkModule(bytes: Uint8Array, name = "the module"): Promise<CheckedModule> {
  const invalid = (reason: string) => new LoadError(`${name} is not a valid Wasm module: ${reason}`);
  const compile = () => WebAssembly.compile(new Uint8Array(bytes));
  let info: WasmModuleInfo;
  try {
    info = readModule(bytes);
  } catch (e) {
    // V8's words for what is wrong, when it has some.
    const v8 = await compile().then(
      () => undefined,
      (error: Error) => error.message,
    );
    throw invalid(v8 ?? (e as Error).message);
  }
  const abiVersion = abiVersionExport(info);
  if (!abiVersion) {
    throw new LoadError(
      `${name}: missing or unknown Proxy-Wasm ABI version: it exports none of ${Object.keys(ABI_VERSION_EXPORTS).join(", ")}`,
    );
  }
  const abi = ABI_VERSION_EXPORTS[abiVersion];
  let module: WebAssembly.Module;
  try {
    module = await compile();
  } catch (e) {
    throw invalid((e as Error).message);
  }
  for (const i of info.imports) {
    const problem = importProblem(i, info, abi);
    if (problem) throw new LoadError(`${name}: ${problem}`);
  }
  const exports: ModuleExport[] = info.exports.map((e) => ({
    name: e.name,
    kind: e.kind,
    signature: e.kind === "function" ? functionSignature(info, e.index) : undefined,
  }));
  const exported = (n: string) => exports.find((e) => e.kind === "function" && e.name === n);
  // cpp-host's getFunctions, in its order: a function it calls must have the type it calls it with.
  const requireSignature = (n: string) => {
    const e = exported(n);
    const wanted = moduleFunctionSignature(n, abi);
    if (e?.signature && wanted && !sameSignature(wanted, e.signature)) {
      throw new LoadError(
        `${name}: bad function signature for: ${n}, want: ${formatSignature(wanted)}, but the module exports: ${formatSignature(e.signature)}`,
      );
    }
  };
  for (const n of exported("_initialize") ? ["_initialize", "main", "__main_void"] : ["_start"]) requireSignature(n);
  const allocator = ALLOCATORS.find((a) => exported(a));
  if (!allocator) throw new LoadError(`${name}: missing malloc function: it exports neither malloc nor proxy_on_memory_allocate`);
  requireSignature(allocator);
  for (const n of callbackNames(abi)) requireSignature(n);
  const memory = exports.some((e) => e.kind === "memory")
    ? "exported"
    : info.imports.some((i) => i.kind === "memory")
      ? "imported"
      : undefined;
  if (!memory) throw new LoadError(`${name} has no memory to exchange data through (it neither exports nor imports one)`);
  const imports: ModuleImport[] = info.imports.map((i) => ({
    module: i.module,
    name: i.name,
    kind: i.kind,
    signature: i.kind === "function" ? info.types[i.type] : undefined,
  }));
  return { module, info, abiVersion, abi, allocator, imports, exports, memory };
}
