// Header rules: which names the plugin may set and which values it will send or keep.
// Pure functions over bytes, so they run the same in unit tests and in the proxy.

import { CREDENTIAL_HEADERS, PROXY_OWNED_HEADERS } from "./names";

/** Longest tracking header name accepted, in characters (all ASCII once valid). */
export const MAX_NAME_LENGTH: i32 = 256;
/** Longest tracking value accepted (configured or incoming), in bytes. */
export const MAX_VALUE_LENGTH: i32 = 8192;

/** RFC 9110 tchar: ALPHA / DIGIT / one of !#$%&'*+-.^_`|~ */
export function isTokenChar(c: u32): bool {
  if (c >= 0x61 && c <= 0x7a) return true; // a-z
  if (c >= 0x41 && c <= 0x5a) return true; // A-Z
  if (c >= 0x30 && c <= 0x39) return true; // 0-9
  switch (c) {
    case 0x21:
    case 0x23:
    case 0x24:
    case 0x25:
    case 0x26:
    case 0x27:
    case 0x2a:
    case 0x2b:
    case 0x2d:
    case 0x2e:
    case 0x5e:
    case 0x5f:
    case 0x60:
    case 0x7c:
    case 0x7e:
      return true;
  }
  return false;
}

/**
 * Why `name` cannot be the tracking header, or "" when it can.
 * The name is compared case-insensitively; callers store it lowercased.
 */
export function headerNameProblem(name: string): string {
  if (name.length == 0) return "must not be empty";
  if (name.charCodeAt(0) == 0x3a) return "is a pseudo-header, which the proxy sets and a plugin cannot";
  if (name.length > MAX_NAME_LENGTH) {
    return "is " + name.length.toString() + " characters long, at most " + MAX_NAME_LENGTH.toString() + " allowed";
  }
  for (let i = 0; i < name.length; i++) {
    if (!isTokenChar(<u32>name.charCodeAt(i))) {
      return (
        "is not a valid HTTP field name: character " + (i + 1).toString() + " is not allowed (allowed: letters, digits and !#$%&'*+-.^_`|~)"
      );
    }
  }
  const lower = asciiLowercase(name);
  if (PROXY_OWNED_HEADERS.includes(lower)) return "is managed by the proxy and cannot be set by a plugin";
  if (CREDENTIAL_HEADERS.includes(lower))
    return "carries credentials, which a tracking value would overwrite and echo_response would send back";
  return "";
}

/** Lowercases A-Z only: header names are ASCII, and Unicode case tables would cost kilobytes. */
export function asciiLowercase(text: string): string {
  // A new copy of the UTF-16 text (substring would hand back the string itself), with A-Z
  // moved to a-z in place.
  const lower = String.UTF16.decodeUnsafe(changetype<usize>(text), (<usize>text.length) << 1);
  const at = changetype<usize>(lower);
  for (let i = 0; i < text.length; i++) {
    const c = load<u16>(at + ((<usize>i) << 1));
    if (c >= 0x41 && c <= 0x5a) store<u16>(at + ((<usize>i) << 1), c + 0x20);
  }
  return lower;
}

/** Outcome of checking a field value; OK or the first rule it breaks. */
export const enum ValueCheck {
  OK,
  EMPTY,
  TOO_LONG,
  CONTROL,
  EDGE_WHITESPACE,
}

/**
 * Checks a header value: 1..MAX_VALUE_LENGTH bytes, no control characters other than
 * horizontal tab (so no CR, LF or NUL that could split or truncate a header), and no
 * leading or trailing space or tab. Bytes 0x80-0xFF (obs-text, UTF-8) are allowed.
 */
export function checkValue(ptr: usize, len: i32): ValueCheck {
  if (len == 0) return ValueCheck.EMPTY;
  if (len > MAX_VALUE_LENGTH) return ValueCheck.TOO_LONG;
  if (firstControl(ptr, len) >= 0) return ValueCheck.CONTROL;
  const first = load<u8>(ptr);
  const last = load<u8>(ptr + <usize>len - 1);
  if (first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09) return ValueCheck.EDGE_WHITESPACE;
  return ValueCheck.OK;
}

/** The offset of the first control character in a value, or -1. */
export function firstControl(ptr: usize, len: i32): i32 {
  for (let i = 0; i < len; i++) {
    const c = load<u8>(ptr + <usize>i);
    if ((c < 0x20 && c != 0x09) || c == 0x7f) return i;
  }
  return -1;
}

/** What the plugin does with the tracking header of one request. */
export const enum Outcome {
  /** The request had no usable value: add one. */
  ADD,
  /** The request's own value is kept (written back once, which also drops duplicates). */
  KEEP,
  /** The request had a value, but it is replaced. */
  REPLACE,
}

/**
 * Decides what happens to an incoming tracking header. `present` says whether the request
 * carried the header at all; an incoming value is kept only when `preserveExisting` is on
 * and the value would itself be accepted as a configured tracking_value. Anything else
 * (empty, over-long, control characters) is replaced, so a client cannot smuggle bytes
 * into logs or upstream requests through the tracking header.
 */
export function decide(present: bool, valuePtr: usize, valueLen: i32, preserveExisting: bool): Outcome {
  if (!present) return Outcome.ADD;
  if (preserveExisting && checkValue(valuePtr, valueLen) == ValueCheck.OK) return Outcome.KEEP;
  return Outcome.REPLACE;
}
