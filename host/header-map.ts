// An ordered, byte-exact header map with Envoy's semantics, and the ABI's pair
// serialisation: u32 count, then u32 name and value sizes per pair, then each name and
// value followed by a NUL byte (all little-endian).
//
// Envoy's semantics kept here: names are lowercased; pseudo-headers stay in front;
// adding an "inline" header that is already present appends to it with a comma (so
// duplicate x-request-id headers arrive as one joined value); replacing removes every
// copy and adds one at the end; a lookup returns the first value.
//
// Names are held as "binary strings" (one char per byte, latin1) and values as bytes, so
// bytes that are not UTF-8 survive and the host's per-request work stays cheap.

export type HeaderInput = ReadonlyArray<readonly [string | Uint8Array, string | Uint8Array]>;

/** Envoy's O(1) "inline" headers (envoy/http/header_map.h): a second copy is joined to the first. */
const INLINE_HEADERS = new Set([
  ":authority",
  ":method",
  ":path",
  ":protocol",
  ":scheme",
  ":status",
  "host",
  "user-agent",
  "te",
  "expect",
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-client-cert",
  "x-request-id",
  "content-type",
  "content-length",
  "connection",
  "transfer-encoding",
  "upgrade",
  "via",
  "grpc-timeout",
  "date",
  "server",
  "location",
  "grpc-status",
  "grpc-message",
  "x-envoy-upstream-service-time",
]);

interface Entry {
  /** Lowercase, as a binary string. */
  name: string;
  /** The value's bytes, never changed in place: maps and their copies share them. */
  value: Uint8Array;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the test is for any 7-bit byte, control bytes included.
const ASCII = /^[\x00-\x7f]*$/;

/** Bytes as a binary string; a JS string is taken as UTF-8 text. */
export function binary(text: string | Uint8Array): string {
  if (typeof text !== "string") return Buffer.from(text.buffer, text.byteOffset, text.byteLength).toString("latin1");
  return ASCII.test(text) ? text : Buffer.from(text, "utf8").toString("latin1");
}

/** Bytes of their own: a JS string is taken as UTF-8 text, bytes are copied. */
function ownBytes(value: string | Uint8Array): Uint8Array {
  return typeof value === "string" ? Buffer.from(value, "utf8") : Uint8Array.prototype.slice.call(value);
}

const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Lowercases ASCII letters only, as Envoy's LowerCaseString does. */
function lower(name: string): string {
  return /[A-Z]/.test(name) ? name.replace(/[A-Z]+/g, (s) => s.toLowerCase()) : name;
}

const utf8 = (b: string): string => (ASCII.test(b) ? b : Buffer.from(b, "latin1").toString("utf8"));

export class HeaderMap {
  private entries: Entry[] = [];

  constructor(pairs: HeaderInput = []) {
    for (const [name, value] of pairs) this.add(name, value);
  }

  /** A map of its own from pairs, or a copy of a prepared map. */
  static from(headers: HeaderInput | HeaderMap): HeaderMap {
    return headers instanceof HeaderMap ? headers.clone() : new HeaderMap(headers);
  }

  /** An independent copy (entries are copied; their names and values are never changed in place). */
  clone(): HeaderMap {
    const copy = new HeaderMap();
    copy.entries = this.entries.map((e) => ({ name: e.name, value: e.value }));
    return copy;
  }

  get size(): number {
    return this.entries.length;
  }

  /** Byte size of the map as Envoy counts it (names and values). */
  get byteSize(): number {
    let size = 0;
    for (const e of this.entries) size += e.name.length + e.value.length;
    return size;
  }

  /** The first value of a (binary-string) name, as Envoy's getHeaderMapValue returns it; not to be changed. */
  getBytes(name: string): Uint8Array | undefined {
    const key = lower(name);
    const entries = this.entries;
    // Lengths first: a length is a field, a string comparison a call.
    const length = key.length;
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i];
      if (entry.name.length === length && entry.name === key) return entry.value;
    }
    return undefined;
  }

  /** The first value of a (binary-string) name, as a binary string. */
  getBinary(name: string): string | undefined {
    const value = this.getBytes(name);
    return value === undefined ? undefined : asBuffer(value).toString("latin1");
  }

  /** The first value of `name`, as bytes of its own. */
  get(name: string | Uint8Array): Buffer | undefined {
    const value = this.getBytes(binary(name));
    return value === undefined ? undefined : Buffer.from(value);
  }

  /** Every value of `name`, decoded as UTF-8, in order. */
  values(name: string | Uint8Array): string[] {
    const key = lower(binary(name));
    return this.entries.filter((e) => e.name === key).map((e) => asBuffer(e.value).toString("utf8"));
  }

  add(name: string | Uint8Array, value: string | Uint8Array): void {
    this.addBytes(binary(name), ownBytes(value));
  }

  replace(name: string | Uint8Array, value: string | Uint8Array): void {
    this.replaceBytes(binary(name), ownBytes(value));
  }

  remove(name: string | Uint8Array): void {
    this.removeBinary(binary(name));
  }

  /** addBytes with a binary-string value. */
  addBinary(name: string, value: string): void {
    this.addBytes(name, Buffer.from(value, "latin1"));
  }

  /**
   * Envoy's addCopy: a new entry, or for an inline header already present, ",value" appended.
   * The map keeps `value`: the caller hands it over.
   */
  addBytes(name: string, value: Uint8Array): void {
    const key = lower(name);
    if (INLINE_HEADERS.has(key)) {
      const existing = this.entries.find((e) => e.name === key);
      if (existing) {
        existing.value = existing.value.length === 0 ? value : Buffer.concat([existing.value, COMMA, value]);
        return;
      }
    }
    this.insert(key, value);
  }

  /** Envoy's setCopy: every copy removed, then one added (at the end). The map keeps `value`. */
  replaceBytes(name: string, value: Uint8Array): void {
    const key = lower(name);
    this.removeKey(key);
    this.insert(key, value);
  }

  removeBinary(name: string): void {
    this.removeKey(lower(name));
  }

  private removeKey(key: string): void {
    if (this.entries.some((e) => e.name === key)) this.entries = this.entries.filter((e) => e.name !== key);
  }

  /** A new entry for a lowercase name: pseudo-headers after the last pseudo-header, others at the end. */
  private insert(key: string, value: Uint8Array): void {
    const entry = { name: key, value };
    if (key.charCodeAt(0) === 0x3a) {
      const firstRegular = this.entries.findIndex((e) => e.name.charCodeAt(0) !== 0x3a);
      if (firstRegular >= 0) {
        this.entries.splice(firstRegular, 0, entry);
        return;
      }
    }
    this.entries.push(entry);
  }

  /** Pairs decoded as UTF-8, for assertions and printing. */
  pairs(): [string, string][] {
    return this.entries.map((e) => [utf8(e.name), asBuffer(e.value).toString("utf8")]);
  }

  rawPairs(): [Buffer, Buffer][] {
    return this.entries.map((e) => [Buffer.from(e.name, "latin1"), Buffer.from(e.value)]);
  }

  serialize(): Buffer {
    return serializeEntries(this.entries);
  }

  /** Replaces the whole map, as proxy_set_header_map_pairs does. */
  setAll(pairs: HeaderInput): void {
    this.entries = [];
    for (const [name, value] of pairs) this.add(name, value);
  }
}

const COMMA = Buffer.from(",");

function serializeEntries(pairs: readonly Entry[]): Buffer {
  let size = 4;
  for (const { name, value } of pairs) size += 8 + name.length + 1 + value.length + 1;
  const out = Buffer.alloc(size);
  out.writeUInt32LE(pairs.length, 0);
  let sizes = 4;
  let data = 4 + 8 * pairs.length;
  for (const { name, value } of pairs) {
    out.writeUInt32LE(name.length, sizes);
    out.writeUInt32LE(value.length, sizes + 4);
    sizes += 8;
    data += out.write(name, data, "latin1") + 1;
    out.set(value, data);
    data += value.length + 1;
  }
  return out;
}

export function serializePairs(pairs: ReadonlyArray<readonly [Uint8Array, Uint8Array]>): Buffer {
  return serializeEntries(pairs.map(([name, value]) => ({ name: binary(name), value })));
}

/** cpp-host's limits on serialised pairs (PROXY_WASM_HOST_PAIRS_MAX_COUNT / _MAX_BYTES). */
export const MAX_PAIRS = 1024;
export const MAX_PAIRS_BYTES = 1 << 20;

/**
 * Parses serialised pairs as cpp-host's PairsUtil::toPairs does, and throws a RangeError
 * where it would yield nothing: too large, sizes that overrun the buffer, a missing NUL after
 * a name or value, or bytes after the last pair.
 */
export function deserializePairs(buffer: Uint8Array): [Buffer, Buffer][] {
  const data = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  if (data.length === 0) return [];
  if (data.length < 4) throw new RangeError("header pairs shorter than their count");
  if (data.length > MAX_PAIRS_BYTES) throw new RangeError(`header pairs larger than ${MAX_PAIRS_BYTES} bytes`);
  const count = data.readUInt32LE(0);
  if (count > MAX_PAIRS) throw new RangeError(`header pairs claim ${count} entries, more than ${MAX_PAIRS}`);
  let offset = 4 + 8 * count;
  if (offset > data.length) throw new RangeError(`header pairs claim ${count} entries`);
  const pairs: [Buffer, Buffer][] = [];
  const take = (size: number): Buffer => {
    if (offset + size + 1 > data.length) throw new RangeError("header pairs overrun their buffer");
    if (data[offset + size] !== 0) throw new RangeError("a header name or value is not followed by NUL");
    const out = Buffer.from(data.subarray(offset, offset + size));
    offset += size + 1;
    return out;
  };
  for (let i = 0; i < count; i++) {
    const name = take(data.readUInt32LE(4 + 8 * i));
    const value = take(data.readUInt32LE(8 + 8 * i));
    pairs.push([name, value]);
  }
  if (offset !== data.length) throw new RangeError("bytes after the last header pair");
  return pairs;
}
