// Which host functions a module's start functions can reach, read statically from its call
// graph: the start section (which V8 runs while linking, before Envoy has any context) and
// the functions cpp-host calls to start a VM (_initialize, then main or __main_void; or
// _start). Direct calls are followed exactly; an indirect call may reach any function a
// table or ref.func can hold with the call's signature. An instruction this reader does not
// know makes the answer uncertain rather than wrong.

import { sameSignature } from "./signatures.ts";
import { functionBodies, functionSignature, Reader, type WasmModuleInfo } from "./wasm-reader.ts";

export interface HostCall {
  /** module.name */
  name: string;
  /** One chain of function indices from the start function to the import. */
  path: number[];
}

export interface StartEntry {
  /** "start section" or the export's name. */
  name: string;
  function: number;
  /** Host functions it can reach, in import order. */
  hostCalls: HostCall[];
}

export interface StartCalls {
  entries: StartEntry[];
  /** False when some reached code could not be read; hostCalls may then miss some. */
  certain: boolean;
  /** Why the answer is uncertain. */
  note?: string;
}

interface BodyFacts {
  calls: number[];
  /** Type indices of indirect calls (call_indirect, call_ref and their tail-call forms). */
  indirect: number[];
  refs: number[];
  unknown?: string;
}

/**
 * Walks one expression (a body's code, or a constant expression) up to its final `end`,
 * noting calls and function references. Block types and heap types are one (s33) LEB128.
 */
function walk(r: Reader, facts: BodyFacts): void {
  const memarg = () => {
    const align = r.u32();
    if (align & 0x40) r.u32();
    r.leb();
  };
  let depth = 0;
  while (true) {
    const op = r.byte();
    switch (op) {
      case 0x02: // block
      case 0x03: // loop
      case 0x04: // if
      case 0x06: // try
        r.leb();
        depth++;
        break;
      case 0x1f: // try_table
        r.leb();
        for (let n = r.u32(); n > 0; n--) {
          const kind = r.byte();
          if (kind < 2) r.u32();
          r.u32();
        }
        depth++;
        break;
      case 0x0b: // end
      case 0x18: // delegate (ends a try)
        if (op === 0x18) r.u32();
        if (depth-- === 0) return;
        break;
      case 0x10: // call
      case 0x12: // return_call
        facts.calls.push(r.u32());
        break;
      case 0x11: // call_indirect
      case 0x13: // return_call_indirect
        facts.indirect.push(r.u32());
        r.u32();
        break;
      case 0x14: // call_ref
      case 0x15: // return_call_ref
        facts.indirect.push(r.u32());
        break;
      case 0xd2: // ref.func
        facts.refs.push(r.u32());
        break;
      case 0x0e: // br_table
        for (let n = r.u32(); n >= 0; n--) r.u32();
        break;
      case 0x1c: // select t*
        for (let n = r.u32(); n > 0; n--) r.byte();
        break;
      case 0x41: // i32.const
      case 0x42: // i64.const
      case 0xd0: // ref.null
        r.leb();
        break;
      case 0x43:
        r.skip(4);
        break;
      case 0x44:
        r.skip(8);
        break;
      case 0xfc: {
        const sub = r.u32();
        if (sub <= 7) break;
        r.u32();
        if (sub === 8 || sub === 10 || sub === 12 || sub === 14) r.u32();
        break;
      }
      case 0xfd: {
        const sub = r.u32();
        if (sub <= 11 || sub === 0x5c || sub === 0x5d) memarg();
        else if (sub === 12 || sub === 13) r.skip(16);
        else if (sub >= 0x15 && sub <= 0x22) r.byte();
        else if (sub >= 0x54 && sub <= 0x5b) {
          memarg();
          r.byte();
        }
        break;
      }
      case 0xfe: {
        const sub = r.u32();
        if (sub === 0x03) r.byte();
        else memarg();
        break;
      }
      default:
        if (op >= 0x28 && op <= 0x3e)
          memarg(); // loads and stores
        else if ((op >= 0x0c && op <= 0x0d) || (op >= 0x20 && op <= 0x26) || op === 0x3f || op === 0x40) r.u32();
        else if (op === 0x07 || op === 0x08 || op === 0x09 || op === 0xd4 || op === 0xd6) r.u32();
        else if (!plainOpcode(op)) {
          facts.unknown = `opcode 0x${op.toString(16)}`;
          return;
        }
    }
  }
}

/** Opcodes without immediates. */
function plainOpcode(op: number): boolean {
  return (
    op === 0x00 ||
    op === 0x01 ||
    op === 0x05 ||
    op === 0x0a ||
    op === 0x0f ||
    op === 0x19 ||
    op === 0x1a ||
    op === 0x1b ||
    (op >= 0x45 && op <= 0xc4) ||
    op === 0xd1 ||
    op === 0xd3 ||
    op === 0xd5
  );
}

function bodyFacts(info: WasmModuleInfo, bodies: [number, number][], defined: number): BodyFacts {
  const [start, end] = bodies[defined];
  const r = new Reader(info.bytes, start, end);
  const facts: BodyFacts = { calls: [], indirect: [], refs: [] };
  try {
    for (let n = r.u32(); n > 0; n--) {
      r.u32();
      r.byte();
    }
    walk(r, facts);
  } catch (e) {
    facts.unknown = (e as Error).message;
  }
  return facts;
}

/** Functions a table or ref.func can hold: element segments, global initialisers, ref.func in any body. */
function referencedFunctions(
  info: WasmModuleInfo,
  bodies: number,
  factsOf: (f: number) => BodyFacts,
): { refs: Set<number>; unknown?: string } {
  const refs = new Set<number>();
  let unknown: string | undefined;
  const constant = (r: Reader) => {
    const facts: BodyFacts = { calls: [], indirect: [], refs: [] };
    walk(r, facts);
    for (const f of facts.refs) refs.add(f);
    unknown ??= facts.unknown;
  };
  try {
    const globals = info.sections.get(6);
    if (globals) {
      const r = new Reader(info.bytes, ...globals);
      for (let n = r.u32(); n > 0; n--) {
        r.byte();
        r.byte();
        constant(r);
      }
    }
    const elements = info.sections.get(9);
    if (elements) {
      const r = new Reader(info.bytes, ...elements);
      for (let n = r.u32(); n > 0; n--) {
        const flags = r.u32();
        if (flags === 2 || flags === 6) r.u32(); // table index
        if ((flags & 1) === 0) constant(r); // active: offset
        if (flags & 4) {
          if (flags !== 4) r.byte(); // reftype
          for (let m = r.u32(); m > 0; m--) constant(r);
        } else {
          if (flags !== 0) r.byte(); // elemkind
          for (let m = r.u32(); m > 0; m--) refs.add(r.u32());
        }
      }
    }
  } catch (e) {
    unknown ??= (e as Error).message;
  }
  // A body the reader cannot follow may hold a ref.func it did not see: uncertain, not wrong.
  for (let f = info.importedFunctions; f < info.importedFunctions + bodies; f++) {
    const body = factsOf(f);
    for (const g of body.refs) refs.add(g);
    unknown ??= body.unknown && `function ${f}: ${body.unknown}`;
  }
  return { refs, unknown };
}

/** The functions cpp-host runs to start a VM, in its order, and the start section. */
function startEntries(info: WasmModuleInfo): { name: string; function: number }[] {
  const exported = (name: string) => info.exports.find((e) => e.kind === "function" && e.name === name)?.index;
  const entries: { name: string; function: number }[] = [];
  if (info.start !== undefined) entries.push({ name: "start section", function: info.start });
  const initialize = exported("_initialize");
  const names = initialize !== undefined ? ["_initialize", exported("main") !== undefined ? "main" : "__main_void"] : ["_start"];
  for (const name of names) {
    const index = exported(name);
    if (index !== undefined) entries.push({ name, function: index });
  }
  return entries;
}

/** The host functions each start function can reach. */
export function startCalls(info: WasmModuleInfo): StartCalls {
  const bodies = functionBodies(info);
  const facts = new Map<number, BodyFacts>();
  const factsOf = (f: number) => {
    let known = facts.get(f);
    if (!known) {
      known = bodyFacts(info, bodies, f - info.importedFunctions);
      facts.set(f, known);
    }
    return known;
  };
  let referenced: ReturnType<typeof referencedFunctions> | undefined;
  let note: string | undefined;
  const functionImports = info.imports.filter((i) => i.kind === "function");
  const entries = startEntries(info).map(({ name, function: root }) => {
    const parent = new Map<number, number>([[root, -1]]);
    const queue = [root];
    while (queue.length > 0) {
      const f = queue.shift() as number;
      if (f < info.importedFunctions) continue;
      const body = factsOf(f);
      if (body.unknown) note ??= `function ${f}: ${body.unknown}`;
      const targets = [...body.calls];
      if (body.indirect.length > 0) {
        referenced ??= referencedFunctions(info, bodies.length, factsOf);
        if (referenced.unknown) note ??= referenced.unknown;
        for (const type of body.indirect) {
          const wanted = info.types[type];
          for (const g of referenced.refs) {
            const signature = functionSignature(info, g);
            if (wanted && signature && sameSignature(wanted, signature)) targets.push(g);
          }
        }
      }
      for (const g of targets) {
        if (!parent.has(g)) {
          parent.set(g, f);
          queue.push(g);
        }
      }
    }
    const path = (f: number): number[] => {
      const chain: number[] = [];
      for (let g = f; g !== -1; g = parent.get(g) as number) chain.unshift(g);
      return chain;
    };
    const hostCalls = functionImports.flatMap((i, f) => (parent.has(f) ? [{ name: `${i.module}.${i.name}`, path: path(f) }] : []));
    return { name, function: root, hostCalls };
  });
  return { entries, certain: note === undefined, note };
}
