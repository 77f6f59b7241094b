// Checks a built module the way Envoy will judge it: valid Wasm (wabt), every import one
// the host provides, an ABI version export and an allocator.
import wabtInit from "wabt";
import { ABI_VERSION_EXPORTS, importProblem } from "../host/abi.js";

export interface ModuleReport {
  imports: string[];
  abiVersion: string;
  allocator: string;
}

/** Throws an Error whose message says what is wrong, on one line. */
export async function checkModule(bytes: Uint8Array, name = "module"): Promise<ModuleReport> {
  const wabt = await wabtInit();
  let parsed;
  try {
    parsed = wabt.readWasm(bytes, { readDebugNames: false });
    parsed.validate();
  } catch (e) {
    throw new Error(`${name} is not a valid Wasm module: ${(e as Error).message.trim().replace(/\s*\n\s*/g, "; ")}`);
  } finally {
    parsed?.destroy();
  }
  const module = new WebAssembly.Module(new Uint8Array(bytes));
  const exports = WebAssembly.Module.exports(module).filter((e) => e.kind === "function").map((e) => e.name);
  const abiVersion = exports.find((e) => (ABI_VERSION_EXPORTS as readonly string[]).includes(e));
  if (!abiVersion) throw new Error(`${name} exports no Proxy-Wasm ABI version (${ABI_VERSION_EXPORTS.join(" or ")})`);
  const allocator = ["malloc", "proxy_on_memory_allocate"].find((e) => exports.includes(e));
  if (!allocator) throw new Error(`${name} exports no allocator (malloc or proxy_on_memory_allocate)`);
  const imports = WebAssembly.Module.imports(module);
  const problems = imports
    .map((i) => ({ i, problem: importProblem(i.module, i.name, i.kind, abiVersion) }))
    .filter((p) => p.problem)
    .map(({ i, problem }) => `${i.module}.${i.name} ${problem}`);
  if (problems.length > 0) throw new Error(`${name} imports what Envoy does not provide: ${problems.join("; ")}`);
  return { imports: imports.map((i) => `${i.module}.${i.name}`), abiVersion, allocator };
}
