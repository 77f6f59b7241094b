// An ordered, byte-exact header map with Envoy's semantics, and the ABI's pair
// serialisation: u32 count, then u32 name and value sizes per pair, then each name and
// value followed by a NUL byte (all little-endian).
//
// Envoy's semantics kept here: names are lowercased; pseudo-headers stay in front;
// adding an "inline" header that is already present appends to it with a comma (so
// duplicate x-request-id headers arrive as one joined value); replacing removes every
// copy and adds one at the end; a lookup returns the first value.

export type HeaderInput = ReadonlyArray<readonly [string | Uint8Array, string | Uint8Array]>;

/** Envoy's O(1) "inline" headers (envoy/http/header_map.h): a second copy is joined to the first. */
const INLINE_HEADERS = new Set([
  ":authority", ":method", ":path", ":protocol", ":scheme", ":status", "host", "user-agent", "te", "expect",
  "x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-client-cert", "x-request-id",
  "content-type", "content-length", "connection", "transfer-encoding", "upgrade", "via", "grpc-timeout",
  "date", "server", "location", "grpc-status", "grpc-message", "x-envoy-upstream-service-time",
]);

interface Entry {
  name: Buffer;
  value: Buffer;
}

function bytes(text: string | Uint8Array): Buffer {
  return typeof text === "string" ? Buffer.from(text, "utf8") : Buffer.from(text);
}

/** Lowercases ASCII letters only, as Envoy's LowerCaseString does. */
function lower(name: Buffer): Buffer {
  const out = Buffer.from(name);
  for (let i = 0; i < out.length; i++) if (out[i] >= 0x41 && out[i] <= 0x5a) out[i] += 0x20;
  return out;
}

export class HeaderMap {
  private entries: Entry[] = [];

  constructor(headers: HeaderInput = []) {
    for (const [name, value] of headers) this.add(name, value);
  }

  get size(): number {
    return this.entries.length;
  }

  /** Byte size of the map as Envoy counts it (names and values). */
  get byteSize(): number {
    return this.entries.reduce((sum, e) => sum + e.name.length + e.value.length, 0);
  }

  /** The first value of `name`, as Envoy's getHeaderMapValue returns it. */
  get(name: string | Uint8Array): Buffer | undefined {
    const key = lower(bytes(name));
    return this.entries.find((e) => e.name.equals(key))?.value;
  }

  /** Every value of `name`, decoded as UTF-8, in order. */
  values(name: string | Uint8Array): string[] {
    const key = lower(bytes(name));
    return this.entries.filter((e) => e.name.equals(key)).map((e) => e.value.toString("utf8"));
  }

  /** Envoy's addCopy: a new entry, or for an inline header already present, ",value" appended. */
  add(name: string | Uint8Array, value: string | Uint8Array): void {
    const key = lower(bytes(name));
    const text = key.toString("latin1");
    if (INLINE_HEADERS.has(text)) {
      const existing = this.entries.find((e) => e.name.equals(key));
      if (existing) {
        const delimiter = text === "cookie" ? "; " : ",";
        existing.value = existing.value.length === 0 ? bytes(value) : Buffer.concat([existing.value, Buffer.from(delimiter), bytes(value)]);
        return;
      }
    }
    const entry = { name: key, value: bytes(value) };
    if (key[0] === 0x3a) {
      // Pseudo-headers go after the last pseudo-header, ahead of regular ones.
      const firstRegular = this.entries.findIndex((e) => e.name[0] !== 0x3a);
      if (firstRegular >= 0) {
        this.entries.splice(firstRegular, 0, entry);
        return;
      }
    }
    this.entries.push(entry);
  }

  /** Envoy's setCopy: every copy removed, then one added (at the end). */
  replace(name: string | Uint8Array, value: string | Uint8Array): void {
    this.remove(name);
    this.add(name, value);
  }

  remove(name: string | Uint8Array): void {
    const key = lower(bytes(name));
    this.entries = this.entries.filter((e) => !e.name.equals(key));
  }

  /** Pairs decoded as UTF-8, for assertions and printing. */
  pairs(): [string, string][] {
    return this.entries.map((e) => [e.name.toString("utf8"), e.value.toString("utf8")]);
  }

  rawPairs(): [Buffer, Buffer][] {
    return this.entries.map((e) => [Buffer.from(e.name), Buffer.from(e.value)]);
  }

  serialize(): Buffer {
    return serializePairs(this.rawPairs());
  }

  /** Replaces the whole map, as proxy_set_header_map_pairs does. */
  setAll(pairs: HeaderInput): void {
    this.entries = [];
    for (const [name, value] of pairs) this.add(name, value);
  }
}

export function serializePairs(pairs: ReadonlyArray<readonly [Uint8Array, Uint8Array]>): Buffer {
  let size = 4;
  for (const [name, value] of pairs) size += 8 + name.length + 1 + value.length + 1;
  const out = Buffer.alloc(size);
  out.writeUInt32LE(pairs.length, 0);
  let sizes = 4;
  let data = 4 + 8 * pairs.length;
  for (const [name, value] of pairs) {
    out.writeUInt32LE(name.length, sizes);
    out.writeUInt32LE(value.length, sizes + 4);
    sizes += 8;
    out.set(name, data);
    data += name.length + 1;
    out.set(value, data);
    data += value.length + 1;
  }
  return out;
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
