// Reads what the loader judges from a Wasm binary: function types, imports with their types
// and limits, exports, the start function, function names. The JS API
// (WebAssembly.Module.imports) gives no function types, so the module check reads them
// here; it reads section headers and the small sections only, and leaves the code bodies to
// the start-call analysis (start-calls.ts), which finds them on demand.

import type { Signature, ValueType } from "./signatures.ts";

/** The bytes are not a Wasm module this reader can take apart. */
export class WasmFormatError extends Error {}

export interface Limits {
  initial: number;
  maximum?: number;
  shared: boolean;
}

export type ImportDesc =
  | { kind: "function"; type: number }
  | { kind: "table"; element: ValueType; limits: Limits }
  | { kind: "memory"; limits: Limits }
  | { kind: "global"; type: ValueType; mutable: boolean }
  | { kind: "tag"; type: number };

export type Import = { module: string; name: string } & ImportDesc;

export interface Export {
  name: string;
  kind: "function" | "table" | "memory" | "global" | "tag";
  index: number;
}

export interface WasmModuleInfo {
  bytes: Uint8Array;
  types: Signature[];
  imports: Import[];
  /** Type index of each function, imported ones first (the function index space). */
  functionTypes: number[];
  importedFunctions: number;
  exports: Export[];
  /** The start section's function index. */
  start?: number;
  /** [start, end) of the global (6), element (9) and code (10) sections' contents, when present. */
  sections: Map<number, [number, number]>;
  /** Function names from the "name" custom section, when the module carries one. */
  names: Map<number, string>;
}

const VALUE_TYPES: Record<number, ValueType> = {
  127: "i32",
  126: "i64",
  125: "f32",
  124: "f64",
  123: "v128",
  112: "funcref",
  111: "externref",
};

const EXPORT_KINDS = ["function", "table", "memory", "global", "tag"] as const;

/** A cursor over the binary; every read is bounds-checked. */
export class Reader {
  constructor(
    readonly bytes: Uint8Array,
    public pos = 0,
    readonly end = bytes.length,
  ) {}

  fail(what: string): never {
    throw new WasmFormatError(`${what} at byte ${this.pos}`);
  }

  byte(): number {
    if (this.pos >= this.end) this.fail("unexpected end");
    return this.bytes[this.pos++];
  }

  skip(n: number): void {
    if (n < 0 || this.pos + n > this.end) this.fail("unexpected end");
    this.pos += n;
  }

  /** An unsigned LEB128 of up to `bits` bits (32: a u32; 64: a u64, as a number that may lose precision). */
  u32(bits = 32): number {
    // Most are one byte: spare the loop (this runs interpreted, once per process, on the load path).
    const first = this.pos < this.end ? this.bytes[this.pos] : 0x80;
    if (first < 0x80) {
      this.pos++;
      return first;
    }
    let result = 0;
    let scale = 1;
    const most = bits === 32 ? 5 : 10;
    for (let i = 0; i < most; i++) {
      const b = this.byte();
      result += (b & 0x7f) * scale;
      if ((b & 0x80) === 0) return result;
      scale *= 128;
    }
    this.fail("LEB128 too long");
  }

  /** Skips a signed or unsigned LEB128 of any width. */
  leb(): void {
    for (let i = 0; i < 10; i++) if ((this.byte() & 0x80) === 0) return;
    this.fail("LEB128 too long");
  }

  name(): string {
    const length = this.u32();
    const start = this.pos;
    this.skip(length);
    // Names are nearly always ASCII, and a process's first UTF-8 decode costs a third of a millisecond.
    let ascii = "";
    for (let i = start; i < start + length; i++) {
      const b = this.bytes[i];
      if (b >= 0x80) return Buffer.from(this.bytes.buffer, this.bytes.byteOffset + start, length).toString("utf8");
      ascii += String.fromCharCode(b);
    }
    return ascii;
  }

  valueType(): ValueType {
    const code = this.byte();
    return VALUE_TYPES[code] ?? this.fail(`unknown value type 0x${code.toString(16)}`);
  }

  limits(): Limits {
    const flags = this.byte();
    if (flags > 7) this.fail(`unknown limits flags ${flags}`);
    const bits = flags & 4 ? 64 : 32;
    const initial = this.u32(bits);
    const maximum = flags & 1 ? this.u32(bits) : undefined;
    return { initial, maximum, shared: (flags & 2) !== 0 };
  }
}

function readTypes(r: Reader): Signature[] {
  const types: Signature[] = [];
  for (let n = r.u32(); n > 0; n--) {
    if (r.byte() !== 0x60) r.fail("a type that is not a function type");
    const params: ValueType[] = [];
    for (let m = r.u32(); m > 0; m--) params.push(r.valueType());
    const results: ValueType[] = [];
    for (let m = r.u32(); m > 0; m--) results.push(r.valueType());
    types.push({ params, results });
  }
  return types;
}

function readImport(r: Reader): Import {
  const module = r.name();
  const name = r.name();
  const kind = r.byte();
  switch (kind) {
    case 0:
      return { module, name, kind: "function", type: r.u32() };
    case 1:
      return { module, name, kind: "table", element: r.valueType(), limits: r.limits() };
    case 2:
      return { module, name, kind: "memory", limits: r.limits() };
    case 3:
      return { module, name, kind: "global", type: r.valueType(), mutable: r.byte() === 1 };
    case 4:
      r.byte();
      return { module, name, kind: "tag", type: r.u32() };
  }
  return r.fail(`unknown import kind ${kind}`);
}

function readExport(r: Reader): Export {
  const name = r.name();
  const kind = EXPORT_KINDS[r.byte()] ?? r.fail("unknown export kind");
  return { name, kind, index: r.u32() };
}

/** The function-names subsection of a "name" section; a malformed one is ignored, as engines ignore it. */
function readNames(r: Reader, names: Map<number, string>): void {
  try {
    while (r.pos < r.end) {
      const id = r.byte();
      const size = r.u32();
      if (id !== 1) {
        r.skip(size);
        continue;
      }
      for (let n = r.u32(); n > 0; n--) names.set(r.u32(), r.name());
      return;
    }
  } catch {
    names.clear();
  }
}

/** Reads a module's sections; throws WasmFormatError when the framing is broken. */
export function readModule(bytes: Uint8Array): WasmModuleInfo {
  const r = new Reader(bytes);
  const magic = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
  if (bytes.length < 8 || magic.some((b, i) => bytes[i] !== b)) throw new WasmFormatError("no Wasm 1.0 header");
  r.pos = 8;
  const info: WasmModuleInfo = {
    bytes,
    types: [],
    imports: [],
    functionTypes: [],
    importedFunctions: 0,
    exports: [],
    sections: new Map(),
    names: new Map(),
  };
  while (r.pos < r.end) {
    const id = r.byte();
    const size = r.u32();
    const section = new Reader(bytes, r.pos, r.pos + size);
    r.skip(size);
    if (id === 6 || id === 9 || id === 10) info.sections.set(id, [section.pos, section.end]);
    switch (id) {
      case 0:
        if (section.name() === "name") readNames(section, info.names);
        break;
      case 1:
        info.types = readTypes(section);
        break;
      case 2:
        info.imports = Array.from({ length: section.u32() }, () => readImport(section));
        for (const i of info.imports) if (i.kind === "function") info.functionTypes.push(i.type);
        info.importedFunctions = info.functionTypes.length;
        break;
      case 3:
        for (let n = section.u32(); n > 0; n--) info.functionTypes.push(section.u32());
        break;
      case 7:
        info.exports = Array.from({ length: section.u32() }, () => readExport(section));
        break;
      case 8:
        info.start = section.u32();
        break;
    }
  }
  return info;
}

/** [start, end) of each defined function's body (locals and code), by defined-function index; read on demand, as the loader needs none. */
export function functionBodies(info: WasmModuleInfo): [number, number][] {
  const code = info.sections.get(10);
  if (!code) return [];
  const r = new Reader(info.bytes, ...code);
  return Array.from({ length: r.u32() }, () => {
    const length = r.u32();
    const start = r.pos;
    r.skip(length);
    return [start, start + length];
  });
}

/** The signature of function `index` (imported ones first), if the module declares it. */
export function functionSignature(info: WasmModuleInfo, index: number): Signature | undefined {
  const type = info.functionTypes[index];
  return type === undefined ? undefined : info.types[type];
}
