// A strict, allocation-light JSON reader for the plugin configuration: one flat object
// whose values are strings, booleans, null, or arrays of strings (which config.ts reads
// with the same calls). It stops at the first problem and says where it is, so the caller
// can name the field; it never recurses, so no input can exhaust the stack.

/** What a value starting at the reader's position is, judged by its first byte. */
export const enum Kind {
  STRING,
  TRUE,
  FALSE,
  NULL,
  NUMBER,
  OBJECT,
  ARRAY,
  END,
  INVALID,
}

export function kindName(kind: Kind): string {
  switch (kind) {
    case Kind.STRING:
      return "a string";
    case Kind.TRUE:
    case Kind.FALSE:
      return "a boolean";
    case Kind.NULL:
      return "null";
    case Kind.NUMBER:
      return "a number";
    case Kind.OBJECT:
      return "an object";
    case Kind.ARRAY:
      return "an array";
    case Kind.END:
      return "the end of the document";
  }
  return "an invalid token";
}

/**
 * The offset of the first byte that is not part of well-formed UTF-8 (RFC 3629: no
 * overlong forms, no surrogates, nothing above U+10FFFF), or -1 when all of it is.
 */
export function invalidUtf8At(ptr: usize, n: i32): i32 {
  let i = 0;
  while (i < n) {
    const c = <u32>load<u8>(ptr + <usize>i);
    if (c < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let lo: u32 = 0x80,
      hi: u32 = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c == 0xe0) {
      need = 2;
      lo = 0xa0;
    } else if (c == 0xed) {
      need = 2;
      hi = 0x9f;
    } else if (c >= 0xe1 && c <= 0xef) need = 2;
    else if (c == 0xf0) {
      need = 3;
      lo = 0x90;
    } else if (c == 0xf4) {
      need = 3;
      hi = 0x8f;
    } else if (c >= 0xf1 && c <= 0xf3) need = 3;
    else return i;
    if (i + need >= n) return i; // truncated sequence
    const second = <u32>load<u8>(ptr + <usize>(i + 1));
    if (second < lo || second > hi) return i;
    for (let k = 2; k <= need; k++) {
      const b = <u32>load<u8>(ptr + <usize>(i + k));
      if (b < 0x80 || b > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

function hexValue(c: u32): i32 {
  if (c >= 0x30 && c <= 0x39) return <i32>(c - 0x30);
  if (c >= 0x61 && c <= 0x66) return <i32>(c - 0x61 + 10);
  if (c >= 0x41 && c <= 0x46) return <i32>(c - 0x41 + 10);
  return -1;
}

export class JsonReader {
  pos: i32 = 0;
  /** Set when the document is not valid JSON; the reader's position is where it broke. */
  error: string = "";

  /** Reads the `len` bytes at `ptr`, which stay put while the reader reads them. */
  constructor(
    private ptr: usize,
    private len: i32,
  ) {}

  /** The byte at `at`, which must be below `len`. */
  private at(at: i32): u32 {
    return load<u8>(this.ptr + <usize>at);
  }

  get failed(): bool {
    return this.error.length != 0;
  }

  atEnd(): bool {
    return this.pos >= this.len;
  }

  skipWhitespace(): void {
    while (this.pos < this.len) {
      const c = this.at(this.pos);
      if (c != 0x20 && c != 0x09 && c != 0x0a && c != 0x0d) break;
      this.pos++;
    }
  }

  /** The next byte, or -1 at the end. */
  peek(): i32 {
    return this.pos < this.len ? <i32>this.at(this.pos) : -1;
  }

  /** Consumes `c` if it is next. */
  consume(c: i32): bool {
    if (this.peek() != c) return false;
    this.pos++;
    return true;
  }

  fail(what: string): void {
    if (!this.failed) this.error = what;
  }

  kind(): Kind {
    const c = this.peek();
    if (c < 0) return Kind.END;
    if (c == 0x22) return Kind.STRING;
    if (c == 0x74) return Kind.TRUE;
    if (c == 0x66) return Kind.FALSE;
    if (c == 0x6e) return Kind.NULL;
    if (c == 0x7b) return Kind.OBJECT;
    if (c == 0x5b) return Kind.ARRAY;
    if (c == 0x2d || (c >= 0x30 && c <= 0x39)) return Kind.NUMBER;
    return Kind.INVALID;
  }

  /** Reads `true`, `false` or `null` as the kind says; fails on anything else. */
  readLiteral(kind: Kind): void {
    const word = kind == Kind.TRUE ? "true" : kind == Kind.FALSE ? "false" : "null";
    for (let i = 0; i < word.length; i++) {
      if (this.peek() != word.charCodeAt(i)) {
        this.fail("expected '" + word + "'");
        return;
      }
      this.pos++;
    }
  }

  /** Reads a JSON number (RFC 8259: -? int frac? exp?); fails where it stops being one. */
  readNumber(): void {
    this.consume(0x2d);
    if (this.consume(0x30)) {
      // A leading zero stands alone.
    } else if (!this.digits()) {
      this.fail("expected a digit");
      return;
    }
    if (this.consume(0x2e) && !this.digits()) {
      this.fail("expected a digit after '.'");
      return;
    }
    if (this.consume(0x65) || this.consume(0x45)) {
      if (!this.consume(0x2b)) this.consume(0x2d);
      if (!this.digits()) this.fail("expected a digit in the exponent");
    }
  }

  /** Consumes a run of digits; false when there is none. */
  private digits(): bool {
    const start = this.pos;
    let c = this.peek();
    while (c >= 0x30 && c <= 0x39) {
      this.pos++;
      c = this.peek();
    }
    return this.pos > start;
  }

  /** Reads a string, number or literal of `kind` (not an object or array). */
  readScalar(kind: Kind): void {
    if (kind == Kind.STRING) this.readString();
    else if (kind == Kind.NUMBER) this.readNumber();
    else this.readLiteral(kind);
  }

  /**
   * Reads a string at the current position and returns its UTF-8 bytes with escapes
   * decoded. The document must already be valid UTF-8. Returns an empty buffer and sets
   * `error` when the string is malformed.
   */
  readString(): ArrayBuffer {
    if (!this.consume(0x22)) {
      this.fail("expected a string in double quotes");
      return new ArrayBuffer(0);
    }
    // Find the closing quote first: the decoded text is never longer than the source.
    let end = this.pos;
    while (end < this.len) {
      const c = this.at(end);
      if (c == 0x22) break;
      if (c == 0x5c) end++;
      end++;
    }
    if (end >= this.len) {
      this.fail("unterminated string");
      return new ArrayBuffer(0);
    }
    const buffer = new ArrayBuffer(end - this.pos);
    const out = changetype<usize>(buffer);
    let n: usize = 0;
    while (this.pos < end) {
      const c = this.at(this.pos);
      if (c < 0x20) {
        this.fail("control character 0x" + hex2(c) + " inside a string (write it as an escape)");
        return new ArrayBuffer(0);
      }
      if (c != 0x5c) {
        store<u8>(out + n++, c);
        this.pos++;
        continue;
      }
      // An escape's second byte lies before `end`: the search above stepped over it.
      const e = this.at(++this.pos);
      this.pos++;
      switch (e) {
        case 0x22:
          store<u8>(out + n++, 0x22);
          break;
        case 0x5c:
          store<u8>(out + n++, 0x5c);
          break;
        case 0x2f:
          store<u8>(out + n++, 0x2f);
          break;
        case 0x62:
          store<u8>(out + n++, 0x08);
          break;
        case 0x66:
          store<u8>(out + n++, 0x0c);
          break;
        case 0x6e:
          store<u8>(out + n++, 0x0a);
          break;
        case 0x72:
          store<u8>(out + n++, 0x0d);
          break;
        case 0x74:
          store<u8>(out + n++, 0x09);
          break;
        case 0x75: {
          let cp = this.readHex4();
          if (cp < 0) return new ArrayBuffer(0);
          if (cp >= 0xdc00 && cp <= 0xdfff) {
            this.fail("unpaired surrogate in \\u escape");
            return new ArrayBuffer(0);
          }
          if (cp >= 0xd800 && cp <= 0xdbff) {
            if (!(this.consume(0x5c) && this.consume(0x75))) {
              this.fail("unpaired surrogate in \\u escape");
              return new ArrayBuffer(0);
            }
            const low = this.readHex4();
            if (low < 0) return new ArrayBuffer(0);
            if (low < 0xdc00 || low > 0xdfff) {
              this.fail("unpaired surrogate in \\u escape");
              return new ArrayBuffer(0);
            }
            cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
          }
          n = writeUtf8(out, n, <u32>cp);
          break;
        }
        default:
          this.pos--;
          this.fail("invalid escape '\\" + String.fromCharCode(<i32>e) + "'");
          return new ArrayBuffer(0);
      }
    }
    this.pos = end + 1;
    return buffer.slice(0, <i32>n);
  }

  private readHex4(): i32 {
    let value = 0;
    for (let i = 0; i < 4; i++) {
      const d = this.pos < this.len ? hexValue(this.at(this.pos)) : -1;
      if (d < 0) {
        this.fail("\\u must be followed by four hex digits");
        return -1;
      }
      value = (value << 4) | d;
      this.pos++;
    }
    return value;
  }
}

/** Writes code point `cp` as UTF-8 at `out + n`; returns the offset after it. */
function writeUtf8(out: usize, n: usize, cp: u32): usize {
  if (cp < 0x80) {
    store<u8>(out + n, cp);
    return n + 1;
  }
  // Continuation bytes after the lead byte, and the lead byte's marker bits.
  const more = cp < 0x800 ? 1 : cp < 0x10000 ? 2 : 3;
  const lead: u32 = more == 1 ? 0xc0 : more == 2 ? 0xe0 : 0xf0;
  store<u8>(out + n, lead | (cp >> (6 * more)));
  for (let k = 1; k <= more; k++) store<u8>(out + n + <usize>k, 0x80 | ((cp >> (6 * (more - k))) & 0x3f));
  return n + <usize>more + 1;
}

const HEX_DIGITS = "0123456789abcdef";

/** Two lowercase hex digits for a byte. */
export function hex2(c: u32): string {
  return HEX_DIGITS.charAt(<i32>((c >> 4) & 0xf)) + HEX_DIGITS.charAt(<i32>(c & 0xf));
}
