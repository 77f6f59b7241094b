// Plugin configuration: the JSON document Istio makes from a WasmPlugin's pluginConfig.
// Parsing is pure: bytes in, settings or one readable error out.

import { BLOCK_SIZE, parseBlock } from "./cidr";
import { hex2, invalidUtf8At, JsonReader, Kind, kindName } from "./json";
import { DEFAULT_HEADER, GENERATORS, JOINED_HEADERS } from "./names";
import { asciiLowercase, checkValue, firstControl, headerNameProblem, MAX_VALUE_LENGTH, ValueCheck } from "./rules";
import { HEX } from "./uuid";

/** The settings a root context runs with once its configuration is accepted. */
export class Settings {
  /** Lowercase header name, as Envoy's header maps hold names. */
  header: string = DEFAULT_HEADER;
  headerBytes: ArrayBuffer = String.UTF8.encode(DEFAULT_HEADER);
  /** Envoy keeps the header as one entry (JOINED_HEADERS), so a kept value is not written back. */
  joined: bool = true;
  /** A fixed value for every request, or null to generate one per request. */
  value: ArrayBuffer | null = null;
  preserveExisting: bool = true;
  echoResponse: bool = false;
  /** What generates values: an index into GENERATORS. */
  generator: Generator = Generator.UUIDV4;
  /** Take a generated value from the request's trace id when it has one. */
  useTraceId: bool = false;
  /** Blocks (see cidr.ts) whose peers' values may be kept, or null to keep any peer's. */
  trusted: ArrayBuffer | null = null;
  /** The trusted_sources entries as given, joined by commas, for the configure log. */
  trustedText: string = "";

  /** One line with the effective settings, for the configure log. */
  describe(): string {
    const value = this.value;
    return (
      "tracking_header=" +
      this.header +
      " tracking_value=" +
      (value === null ? "<" + GENERATORS[this.generator] + " per request>" : quote(value)) +
      " preserve_existing=" +
      (this.preserveExisting ? "true" : "false") +
      " echo_response=" +
      (this.echoResponse ? "true" : "false") +
      " use_trace_id=" +
      (this.useTraceId ? "true" : "false") +
      " trusted_sources=" +
      (this.trusted === null ? "<any peer>" : "[" + this.trustedText + "]")
    );
  }
}

/** Indexes into GENERATORS. */
export const enum Generator {
  UUIDV4,
  UUIDV7,
}

/** Either settings, or the message that says why the configuration was refused. */
export class ConfigResult {
  constructor(
    public settings: Settings | null,
    public error: string,
  ) {}
}

export const FIELDS: string[] = [
  "tracking_header",
  "tracking_value",
  "preserve_existing",
  "echo_response",
  "generator",
  "use_trace_id",
  "trusted_sources",
];
// Indexes into FIELDS; tracking_value is the one left.
const F_HEADER = 0,
  F_PRESERVE = 2,
  F_ECHO = 3,
  F_GENERATOR = 4,
  F_TRACE = 5,
  F_TRUSTED = 6;

/** Most entries trusted_sources may have (its refusal says 64). */
const MAX_BLOCKS = 64;

const PREFIX = "invalid plugin configuration: ";

function refuse(message: string): ConfigResult {
  return new ConfigResult(null, PREFIX + message);
}

function syntaxError(reader: JsonReader): ConfigResult {
  return refuse("not valid JSON: " + reader.error + " at byte " + reader.pos.toString());
}

/**
 * Parses and validates a configuration document. An empty (or all-whitespace) document
 * means all defaults; so does a field set to null. Anything else that is not exactly right
 * (not JSON, not an object, an unknown or repeated field, a wrong type, an invalid name or
 * value) is refused with a message that names the field, the bad value and what is allowed.
 */
export function parseConfiguration(doc: ArrayBuffer): ConfigResult {
  const settings = new Settings();
  const reader = new JsonReader(changetype<usize>(doc), doc.byteLength);
  reader.skipWhitespace();
  if (reader.atEnd()) return new ConfigResult(settings, "");

  const badByte = invalidUtf8At(changetype<usize>(doc), doc.byteLength);
  if (badByte >= 0) return refuse("not valid UTF-8 at byte " + badByte.toString());

  const top = reader.kind();
  if (top != Kind.OBJECT) return notAnObject(reader, top);
  reader.pos++;
  reader.skipWhitespace();

  const seen = new StaticArray<bool>(FIELDS.length);
  if (!reader.consume(0x7d)) {
    while (true) {
      reader.skipWhitespace();
      if (reader.kind() != Kind.STRING) {
        reader.fail("expected a field name in double quotes");
        return syntaxError(reader);
      }
      const name = String.UTF8.decode(reader.readString());
      if (reader.failed) return syntaxError(reader);
      reader.skipWhitespace();
      if (!reader.consume(0x3a)) {
        reader.fail("expected ':' after field name " + quoteString(name));
        return syntaxError(reader);
      }
      reader.skipWhitespace();

      const field = FIELDS.indexOf(name);
      if (field < 0) {
        return refuse("unknown field " + quoteString(name) + " (allowed: " + FIELDS.join(", ") + ")");
      }
      if (seen[field]) return refuse("field " + name + " is given more than once");
      seen[field] = true;

      const problem = readField(reader, field, settings);
      if (reader.failed) return syntaxError(reader);
      if (problem.length != 0) return refuse(name + ": " + problem);

      reader.skipWhitespace();
      if (reader.consume(0x2c)) continue;
      if (reader.consume(0x7d)) break;
      reader.fail("expected ',' or '}' after the value of " + name);
      return syntaxError(reader);
    }
  }
  reader.skipWhitespace();
  if (!reader.atEnd()) {
    reader.fail("unexpected content after the configuration object");
    return syntaxError(reader);
  }
  return new ConfigResult(settings, "");
}

/**
 * The refusal of a document that does not start with an object: a JSON value of another
 * kind is named as such; anything else is not JSON, and the message says where it stops.
 */
function notAnObject(reader: JsonReader, top: Kind): ConfigResult {
  // An array is the wrong kind whatever it holds.
  if (top == Kind.ARRAY) return refuse("must be a JSON object, got " + kindName(top));
  if (top == Kind.INVALID) reader.fail("unexpected character");
  else reader.readScalar(top);
  reader.skipWhitespace();
  if (!reader.atEnd()) reader.fail("unexpected content after the value");
  if (reader.failed) return syntaxError(reader);
  return refuse("must be a JSON object, got " + kindName(top));
}

/** Reads one field's value into `settings`; returns what is wrong with it, or "". */
function readField(reader: JsonReader, field: i32, settings: Settings): string {
  const kind = reader.kind();
  if (kind == Kind.INVALID || kind == Kind.END) {
    reader.fail("expected a value");
    return "";
  }
  if (kind == Kind.NULL) {
    reader.readLiteral(kind);
    return "";
  }
  if (field == F_PRESERVE || field == F_ECHO || field == F_TRACE) {
    if (kind != Kind.TRUE && kind != Kind.FALSE) return "must be true or false, got " + kindName(kind);
    reader.readLiteral(kind);
    const on = kind == Kind.TRUE;
    if (field == F_PRESERVE) settings.preserveExisting = on;
    else if (field == F_ECHO) settings.echoResponse = on;
    else settings.useTraceId = on;
    return "";
  }
  if (field == F_TRUSTED) return readBlocks(reader, kind, settings);
  if (kind != Kind.STRING) return "must be a string, got " + kindName(kind);
  const value = reader.readString();
  if (reader.failed) return "";
  if (field == F_HEADER) {
    const name = String.UTF8.decode(value);
    const problem = headerNameProblem(name);
    if (problem.length != 0) return quote(value) + " " + problem;
    settings.header = asciiLowercase(name);
    settings.headerBytes = String.UTF8.encode(settings.header);
    settings.joined = JOINED_HEADERS.includes(settings.header);
    return "";
  }
  if (field == F_GENERATOR) {
    const generator = GENERATORS.indexOf(String.UTF8.decode(value));
    if (generator < 0) return quote(value) + " is not a generator (allowed: " + GENERATORS.join(", ") + ")";
    settings.generator = generator;
    return "";
  }
  const problem = valueProblem(value);
  if (problem.length != 0) return problem;
  settings.value = value;
  return "";
}

/**
 * Reads trusted_sources, an array of strings, each an IP address or CIDR block; returns what
 * is wrong with it, or "". Only strings are read inside it: anything else is the wrong type,
 * so nothing nests and nothing recurses.
 */
function readBlocks(reader: JsonReader, kind: Kind, settings: Settings): string {
  if (kind != Kind.ARRAY) return "must be an array of strings, got " + kindName(kind);
  reader.pos++;
  const list = new ArrayBuffer(MAX_BLOCKS * BLOCK_SIZE);
  let count = 0;
  let text = "";
  reader.skipWhitespace();
  if (!reader.consume(0x5d)) {
    while (true) {
      reader.skipWhitespace();
      const entry = reader.kind();
      if (entry == Kind.INVALID || entry == Kind.END) {
        reader.fail("expected a value");
        return "";
      }
      const which = "entry " + (count + 1).toString();
      if (entry != Kind.STRING) return which + " must be a string, got " + kindName(entry);
      if (count == MAX_BLOCKS) return "has more than 64 entries, at most 64 allowed";
      const block = reader.readString();
      if (reader.failed) return "";
      if (!parseBlock(changetype<usize>(block), block.byteLength, changetype<usize>(list) + <usize>(count * BLOCK_SIZE))) {
        return which + " " + quote(block) + " is not an IP address or CIDR block";
      }
      text += (count > 0 ? "," : "") + String.UTF8.decode(block);
      count++;
      reader.skipWhitespace();
      if (reader.consume(0x2c)) continue;
      if (reader.consume(0x5d)) break;
      reader.fail("expected ',' or ']'");
      return "";
    }
  }
  settings.trusted = list.slice(0, count * BLOCK_SIZE);
  settings.trustedText = text;
  return "";
}

function valueProblem(value: ArrayBuffer): string {
  const ptr = changetype<usize>(value);
  const len = value.byteLength;
  switch (checkValue(ptr, len)) {
    case ValueCheck.EMPTY:
      return "must not be empty (leave it out to generate a UUIDv4 per request)";
    case ValueCheck.TOO_LONG:
      return "is " + len.toString() + " bytes long, at most " + MAX_VALUE_LENGTH.toString() + " allowed";
    case ValueCheck.CONTROL: {
      const at = firstControl(ptr, len);
      return (
        quote(value) +
        " contains control character 0x" +
        hex2(<u32>load<u8>(ptr + <usize>at)) +
        " at byte " +
        at.toString() +
        " (CR, LF, NUL and other control characters are not allowed in header values)"
      );
    }
    case ValueCheck.EDGE_WHITESPACE:
      return quote(value) + " starts or ends with whitespace, which proxies strip";
  }
  return "";
}

/**
 * How many bytes at `at` (of `left`) a log line must not show as they are: a C0 control or
 * DEL (1), a C1 control U+0080-U+009F (2), or a bidirectional override or isolate
 * (U+202A-U+202E, U+2066-U+2069: 3), which terminals act on; 0 for anything else.
 */
function unprintable(at: usize, left: i32): i32 {
  const c = load<u8>(at);
  if (c < 0x20 || c == 0x7f) return 1;
  if (c == 0xc2 && left > 1 && load<u8>(at + 1) < 0xa0) return 2;
  if (c != 0xe2 || left < 3) return 0;
  const b = load<u8>(at + 1);
  const d = load<u8>(at + 2);
  return (b == 0x80 && d >= 0xaa && d <= 0xae) || (b == 0x81 && d >= 0xa6 && d <= 0xa9) ? 3 : 0;
}

/** Longest part of a value quoted in a message, in bytes. */
const QUOTE_LIMIT = 64;

/**
 * Quotes UTF-8 bytes for a single log line: printable characters as they are, quotes and
 * backslashes escaped, control characters and bidirectional controls (see unprintable) as
 * \xNN per byte, cut after QUOTE_LIMIT bytes.
 */
export function quote(value: ArrayBuffer): string {
  const bytes = changetype<usize>(value);
  const length = value.byteLength;
  let end = length < QUOTE_LIMIT ? length : QUOTE_LIMIT;
  // Do not cut a multi-byte character in two.
  while (end < length && end > 0 && (load<u8>(bytes + <usize>end) & 0xc0) == 0x80) end--;
  const buffer = new ArrayBuffer(end * 4 + 2);
  const out = changetype<usize>(buffer);
  let n: usize = 0;
  store<u8>(out + n++, 0x22);
  let escaping = 0;
  for (let i = 0; i < end; i++) {
    const c = load<u8>(bytes + <usize>i);
    if (escaping == 0) escaping = unprintable(bytes + <usize>i, end - i);
    if (escaping > 0) {
      escaping--;
      store<u8>(out + n++, 0x5c);
      store<u8>(out + n++, 0x78);
      store<u8>(out + n++, load<u8>(HEX + (c >> 4)));
      store<u8>(out + n++, load<u8>(HEX + (c & 0xf)));
    } else {
      if (c == 0x22 || c == 0x5c) store<u8>(out + n++, 0x5c);
      store<u8>(out + n++, c);
    }
  }
  store<u8>(out + n++, 0x22);
  let text = String.UTF8.decodeUnsafe(out, n);
  if (end < length) text += "... (" + length.toString() + " bytes)";
  return text;
}

export function quoteString(text: string): string {
  return quote(String.UTF8.encode(text));
}
