// The trace id of a request, from the trace headers meshes carry: W3C Trace Context level 1
// `traceparent`, and B3's `x-b3-traceid` and single `b3` header. Pure: a header value's bytes
// in, the trace id as 32 lowercase hex digits out. Anything not exactly right is no trace id.

/** Length of a trace id as the plugin writes it. */
export const TRACE_ID_LENGTH: i32 = 32;

/** Length of a version 00 traceparent: 2 + 1 + 32 + 1 + 16 + 1 + 2. */
const TRACEPARENT_LENGTH: i32 = 55;
const DASH: u8 = 0x2d;

/** Which trace header a value comes from; the order use_trace_id reads them in. */
export const enum TraceHeader {
  TRACEPARENT,
  X_B3_TRACEID,
  B3,
}

const ONES: u64 = 0x0101010101010101;
const HIGH: u64 = 0x8080808080808080;
const ZEROS: u64 = 0x3030303030303030;

/**
 * Whether the 8 bytes at `ptr` are all lowercase hex digits, tested at once: adding 0x80 - lo
 * to a byte below 0x80 sets its high bit when it is at least lo, without carrying over.
 */
function hex8(ptr: usize): bool {
  const x = load<u64>(ptr);
  const digit = (x + (0x80 - 0x30) * ONES) & ~(x + (0x80 - 0x3a) * ONES);
  const letter = (x + (0x80 - 0x61) * ONES) & ~(x + (0x80 - 0x67) * ONES);
  return (x & HIGH) == 0 && ((digit | letter) & HIGH) == HIGH;
}

/**
 * Whether the `len` bytes at `ptr` are lowercase hex fields joined by '-', of the sizes in
 * the bytes of `sizes` (the first field's in the lowest byte, up to four).
 */
function hexFields(ptr: usize, len: i32, sizes: u32): bool {
  let at = 0;
  while (true) {
    const end = at + <i32>(sizes & 0xff);
    if (end > len) return false;
    for (; at + 8 <= end; at += 8) if (!hex8(ptr + <usize>at)) return false;
    for (; at < end; at++) {
      const c = <u32>load<u8>(ptr + <usize>at);
      if (c - 0x30 > 9 && c - 0x61 > 5) return false;
    }
    sizes >>= 8;
    if (sizes == 0) return at == len;
    if (at == len || load<u8>(ptr + <usize>at) != DASH) return false;
    at++;
  }
}

/** Whether the `len` hex digits at `ptr` (16 or 32) are all zeros, which no trace or parent id may be. */
function zeros(ptr: usize, len: i32): bool {
  for (let i = 0; i < len; i += 8) if (load<u64>(ptr + <usize>i) != ZEROS) return false;
  return true;
}

/**
 * The trace id in a header's value into the 32 bytes at `out`; false when the value is not
 * valid for its header.
 *
 * - traceparent: version-traceid-parentid-flags in lowercase hex; version ff is invalid,
 *   version 00 is exactly 55 characters, a higher one at least 55 and then a '-' if longer;
 *   neither the trace id nor the parent id is all zeros.
 * - x-b3-traceid: 16 or 32 lowercase hex digits, not all zeros; 16 are left-padded with zeros.
 * - b3: traceid-spanid[-sampled[-parentspanid]], the trace id as x-b3-traceid's, 16-digit
 *   span ids and a sampling state of 0, 1 or d.
 */
export function traceIdOf(header: TraceHeader, ptr: usize, len: i32, out: usize): bool {
  let id = len;
  if (header == TraceHeader.TRACEPARENT) {
    const version = load<u16>(ptr); // the two characters, little-endian
    if (len < TRACEPARENT_LENGTH || version == 0x6666 || !hexFields(ptr, TRACEPARENT_LENGTH, 0x02_10_20_02)) return false;
    if (len > TRACEPARENT_LENGTH && (version == 0x3030 || load<u8>(ptr + 55) != DASH)) return false;
    if (zeros(ptr + 36, 16)) return false;
    ptr += 3;
    id = 32;
  } else if (header == TraceHeader.B3) {
    id = len > 16 && load<u8>(ptr + 16) == DASH ? 16 : 32;
    // After the trace id: the span id, then the sampling state, then the parent span id.
    const rest = len - id;
    const sizes = rest == 17 ? 0x10_00 : rest == 19 ? 0x01_10_00 : rest == 36 ? 0x10_01_10_00 : 0;
    if (sizes == 0 || !hexFields(ptr, len, sizes | <u32>id)) return false;
    if (rest > 17) {
      const sampled = load<u8>(ptr + <usize>id + 18);
      if (sampled != 0x30 && sampled != 0x31 && sampled != 0x64) return false;
    }
  } else if (!hexFields(ptr, len, <u32>len)) {
    return false;
  }
  if ((id != 16 && id != 32) || zeros(ptr, id)) return false;
  const pad = TRACE_ID_LENGTH - id;
  memory.fill(out, 0x30, pad);
  memory.copy(out + <usize>pad, ptr, id);
  return true;
}
