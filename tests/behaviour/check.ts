// Checks a case's observed header values against its expectations. Valid AssemblyScript
// and TypeScript, like cases.ts, so both runners judge a case the same way.

import { COUNTER_NAMES, PRODUCT_NAME } from "../../assembly/names.ts";
import { SAME, UUID, UUID7, UUID7_AFTER, UUID7_AT } from "./cases.ts";

/** Lowercase canonical RFC 9562 UUID text with version 4 and variant 10xx. */
export function isUuidV4(value: string): boolean {
  return isUuid(value, 0x34);
}

/** Lowercase canonical RFC 9562 UUID text with version 7 and variant 10xx. */
export function isUuidV7(value: string): boolean {
  return isUuid(value, 0x37);
}

/** The Unix milliseconds in a UUIDv7's first 48 bits. */
export function uuidMillis(value: string): number {
  let ms = 0.0;
  for (let i = 0; i < 13; i++) {
    const c = value.charCodeAt(i);
    if (i != 8) ms = ms * 16 + (c <= 0x39 ? c - 0x30 : c - 0x57);
  }
  return ms;
}

function isUuid(value: string, version: number): boolean {
  if (value.length != 36) return false;
  for (let i = 0; i < 36; i++) {
    const c = value.charCodeAt(i);
    if (i == 8 || i == 13 || i == 18 || i == 23) {
      if (c != 0x2d) return false;
    } else if (!((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66))) {
      return false;
    }
  }
  if (value.charCodeAt(14) != version) return false;
  const variant = value.charCodeAt(19);
  return variant == 0x38 || variant == 0x39 || variant == 0x61 || variant == 0x62;
}

/**
 * Compares observed values with expected ones; returns "" when they match, otherwise what
 * differs. UUID matches a fresh UUIDv4 not taken from `incoming`; SAME matches `requestValue`.
 */
export function checkValues(what: string, expected: string[], actual: string[], incoming: string[], requestValue: string): string {
  if (expected.length != actual.length) {
    return (
      what + ": expected " + expected.length.toString() + " value(s), got " + actual.length.toString() + " [" + actual.join(" | ") + "]"
    );
  }
  for (let i = 0; i < expected.length; i++) {
    const want = expected[i];
    const got = actual[i];
    if (want == UUID) {
      if (!isUuidV4(got)) return what + ': expected a UUIDv4, got "' + got + '"';
      if (incoming.includes(got)) return what + ': expected a fresh UUIDv4, got the incoming "' + got + '"';
    } else if (want == UUID7 || want.startsWith(UUID7_AT) || want.startsWith(UUID7_AFTER)) {
      if (!isUuidV7(got)) return what + ': expected a UUIDv7, got "' + got + '"';
      if (incoming.includes(got)) return what + ': expected a fresh UUIDv7, got the incoming "' + got + '"';
      const at = want.startsWith(UUID7_AT);
      if (want != UUID7) {
        const ms = parseFloat(want.substring((at ? UUID7_AT : UUID7_AFTER).length, want.length - 1));
        const gotMs = uuidMillis(got);
        if (at ? gotMs != ms : gotMs <= ms) return what + ": expected " + want + ', got "' + got + '"';
      }
    } else if (want == SAME) {
      if (got != requestValue) return what + ": expected the request's value \"" + requestValue + '", got "' + got + '"';
    } else if (got != want) {
      return what + ': expected "' + want + '", got "' + got + '"';
    }
  }
  return "";
}

/**
 * Within one VM every UUIDv7 sorts after the ones before it: "" when `value` is not a
 * UUIDv7 or is greater (in text order) than the last UUIDv7 in `earlier`.
 */
export function checkIncreasing(what: string, earlier: string[], value: string): string {
  if (!isUuidV7(value)) return "";
  for (let i = earlier.length - 1; i >= 0; i--) {
    if (!isUuidV7(earlier[i])) continue;
    if (value > earlier[i]) return "";
    return what + ': UUIDv7 "' + value + '" does not sort after the earlier "' + earlier[i] + '"';
  }
  return "";
}

/** Values of `name` among name/value pairs laid out as cases.ts does. */
export function valuesOf(pairs: string[], name: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    if (pairs[i] == name) out.push(pairs[i + 1]);
  }
  return out;
}

/** A counter's short name: request_tracker_kept_total is "kept". */
export function counterKey(metric: string): string {
  const prefix = PRODUCT_NAME.replaceAll("-", "_") + "_";
  let key = metric.startsWith(prefix) ? metric.substring(prefix.length) : metric;
  if (key.endsWith("_total")) key = key.substring(0, key.length - 6);
  return key;
}

/** The metric name of the counter with this short name ("kept"); "" when there is none. */
export function counterName(key: string): string {
  for (let i = 0; i < COUNTER_NAMES.length; i++) if (counterKey(COUNTER_NAMES[i]) == key) return COUNTER_NAMES[i];
  return "";
}

/**
 * Compares counters with an expectation such as "requests=1 kept=1": the named ones must
 * have those values and every other one must be 0. `actual[i]` is COUNTER_NAMES[i]'s value.
 * Returns "" when they match, otherwise what differs.
 */
export function checkCounts(expected: string, actual: string[]): string {
  const want = new Array<string>(COUNTER_NAMES.length);
  for (let i = 0; i < want.length; i++) want[i] = "0";
  const parts = expected.split(" ");
  for (let p = 0; p < parts.length; p++) {
    if (parts[p].length == 0) continue;
    const eq = parts[p].indexOf("=");
    const key = parts[p].substring(0, eq);
    let found = false;
    for (let i = 0; i < COUNTER_NAMES.length; i++) {
      if (counterKey(COUNTER_NAMES[i]) == key) {
        want[i] = parts[p].substring(eq + 1);
        found = true;
      }
    }
    if (!found) return "unknown counter " + key + " in " + expected;
  }
  let diff = "";
  for (let i = 0; i < want.length; i++) {
    if (want[i] != actual[i]) diff += " " + counterKey(COUNTER_NAMES[i]) + "=" + actual[i] + " (expected " + want[i] + ")";
  }
  return diff;
}
