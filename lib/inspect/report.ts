// npm run inspect's report: a module judged by the host's module check (Envoy's loader's
// rules), then what it imports and exports with their types, and which host functions its
// start functions can reach.

import {
  ABI_VERSION_EXPORTS,
  type CheckedModule,
  checkModule,
  formatSignature,
  moduleFunctionSignature,
  RUNNABLE_ABI_VERSIONS,
  START_CALLS,
  startCalls,
} from "../../host/index.ts";

/** The largest module inspect reads (a Proxy-Wasm plugin is kilobytes; Envoy's own limits are far below). */
export const MAX_MODULE_BYTES = 64 * 1024 * 1024;

/** A function by its name in the module's name section, else its export name, else its index. */
function functionLabel(checked: CheckedModule, index: number): string {
  const named = checked.info.names.get(index);
  if (named) return named;
  const exported = checked.info.exports.find((e) => e.kind === "function" && e.index === index);
  return exported ? exported.name : `function ${index}`;
}

function table(rows: [string, string][]): string[] {
  const width = Math.max(0, ...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`.trimEnd());
}

function startReport(checked: CheckedModule): string[] {
  const calls = startCalls(checked.info);
  if (calls.entries.length === 0) return ["start: none (no start section, _initialize or _start)"];
  const lines = ["start:"];
  for (const entry of calls.entries) {
    const head = `  ${entry.name} (${functionLabel(checked, entry.function)})`;
    if (entry.hostCalls.length === 0) {
      lines.push(`${head}: calls no host function`);
      continue;
    }
    lines.push(`${head}: can reach ${entry.hostCalls.map((h) => h.name).join(", ")}`);
    for (const call of entry.hostCalls) lines.push(`    ${call.name} via ${call.path.map((f) => functionLabel(checked, f)).join(" > ")}`);
    if (entry.name === "start section") {
      lines.push(
        "    (reachable, not necessarily called: cpp-host runs a start section while linking, with no context to serve a host call)",
      );
    } else {
      const restricted = entry.hostCalls.filter((h) => !START_CALLS.has(h.name)).map((h) => h.name);
      if (restricted.length > 0) lines.push(`    restricted while a VM starts (cpp-host traps them): ${restricted.join(", ")}`);
    }
  }
  if (!calls.certain) lines.push(`  (uncertain: ${calls.note}; some calls may be missing)`);
  if (checked.info.names.size === 0 && lines.some((l) => l.includes(" via ")))
    lines.push("  (function numbers: the module has no name section)");
  return lines;
}

/** The report's lines; throws LoadError with the first thing Envoy would refuse. */
export async function inspectModule(bytes: Uint8Array, name: string): Promise<string[]> {
  const checked = await checkModule(bytes, name);
  const runs = RUNNABLE_ABI_VERSIONS.includes(checked.abi) ? "" : `; this host does not run ABI ${checked.abi}`;
  const exportRole = (n: string) =>
    moduleFunctionSignature(n, checked.abi) ? "  (called by Envoy)" : Object.hasOwn(ABI_VERSION_EXPORTS, n) ? "  (ABI version)" : "";
  return [
    `${name}: ${bytes.length} bytes; Envoy would load it${runs}`,
    `ABI: ${checked.abi} (${checked.abiVersion})`,
    `allocator: ${checked.allocator}`,
    `memory: ${checked.memory}`,
    `imports (${checked.imports.length}):`,
    ...table(checked.imports.map((i) => [`${i.module}.${i.name}`, i.signature ? formatSignature(i.signature) : i.kind])),
    `exports (${checked.exports.length}):`,
    ...table(checked.exports.map((e) => [e.name, (e.signature ? formatSignature(e.signature) : e.kind) + exportRole(e.name)])),
    ...startReport(checked),
  ];
}
