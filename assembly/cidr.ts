// IP addresses and CIDR blocks for trusted_sources: IPv4 and IPv6 text (RFC 4291 section 2.2,
// with an embedded IPv4 tail), blocks of either, and Envoy's `ip:port` / `[ip]:port` peer
// addresses. Pure: bytes in, 16-byte addresses out, IPv4 held as IPv4-mapped IPv6
// (::ffff:a.b.c.d), so one comparison serves both families.

/**
 * A block as stored: its 16 address bytes with the host bits cleared, then 16 bytes of mask
 * (0xff for each prefix bit's byte, in the same order), so blocks compare 8 bytes at a time.
 */
export const BLOCK_SIZE: i32 = 32;

const COLON: u32 = 0x3a;

function digit(c: u32): i32 {
  return c - 0x30 < 10 ? <i32>(c - 0x30) : -1;
}

/**
 * A decimal number of 1 to `digits` digits without a leading zero, at most `max`, spanning
 * the `len` bytes at `ptr` exactly; -1 if it is not one.
 */
function decimal(ptr: usize, len: i32, digits: i32, max: i32): i32 {
  if (len < 1 || len > digits || (len > 1 && load<u8>(ptr) == 0x30)) return -1;
  let value = 0;
  for (let i = 0; i < len; i++) {
    const d = digit(load<u8>(ptr + <usize>i));
    if (d < 0) return -1;
    value = value * 10 + d;
  }
  return value <= max ? value : -1;
}

/** Dotted-quad IPv4 text in the `len` bytes at `ptr` into the 4 bytes at `out`. */
function parseIpv4(ptr: usize, len: i32, out: usize): bool {
  let start = 0;
  for (let part = 0; part < 4; part++) {
    let end = start;
    while (end < len && load<u8>(ptr + <usize>end) != 0x2e) end++;
    // Three parts end at a dot, the fourth at the end.
    if (part < 3 == (end == len)) return false;
    const value = decimal(ptr + <usize>start, end - start, 3, 255);
    if (value < 0) return false;
    store<u8>(out + <usize>part, <u8>value);
    start = end + 1;
  }
  return true;
}

/** A hex digit's value (either case), or -1. */
function hexDigit(c: u32): i32 {
  if (c - 0x30 < 10) return <i32>(c - 0x30);
  c |= 0x20;
  return c - 0x61 < 6 ? <i32>(c - 0x61 + 10) : -1;
}

/** IPv6 text (no brackets, no zone) in the `len` bytes at `ptr` into the 16 bytes at `out`. */
function parseIpv6(ptr: usize, len: i32, out: usize): bool {
  let groups = 0; // 16-bit groups written
  let gap = -1; // where "::" stands, in groups
  let i = 0;
  if (len >= 2 && load<u8>(ptr) == COLON && load<u8>(ptr + 1) == COLON) {
    gap = 0;
    i = 2;
  }
  while (i < len) {
    const start = i;
    let value = 0;
    while (i < len && i - start < 5) {
      const d = hexDigit(load<u8>(ptr + <usize>i));
      if (d < 0) break;
      value = (value << 4) | d;
      i++;
    }
    if (i < len && load<u8>(ptr + <usize>i) == 0x2e) {
      // An IPv4 tail fills the last two groups and ends the address.
      if (groups > 6 || !parseIpv4(ptr + <usize>start, len - start, out + <usize>(2 * groups))) return false;
      groups += 2;
      break;
    }
    if (i == start || i - start > 4 || groups == 8) return false;
    store<u16>(out + <usize>(2 * groups++), bswap<u16>(<u16>value));
    if (i == len) break;
    if (load<u8>(ptr + <usize>i) != COLON || ++i == len) return false;
    if (load<u8>(ptr + <usize>i) == COLON) {
      if (gap >= 0) return false;
      gap = groups;
      i++;
    }
  }
  if (gap < 0) return groups == 8;
  // "::" stands for one group or more: move what follows it to the end, zeros between.
  if (groups > 7) return false;
  const after = 2 * (groups - gap);
  memory.copy(out + <usize>(16 - after), out + <usize>(2 * gap), after);
  memory.fill(out + <usize>(2 * gap), 0, 16 - 2 * groups);
  return true;
}

/**
 * An IPv4 or IPv6 address in the `len` bytes at `ptr` into the 16 bytes at `out`, IPv4 as
 * ::ffff:a.b.c.d. Returns 4 or 6, the family it was written in, or 0 when it is not one.
 */
export function parseIp(ptr: usize, len: i32, out: usize): i32 {
  memory.fill(out, 0, 16);
  for (let i = 0; i < len; i++) {
    if (load<u8>(ptr + <usize>i) == COLON) return parseIpv6(ptr, len, out) ? 6 : 0;
  }
  store<u16>(out + 10, 0xffff);
  return parseIpv4(ptr, len, out + 12) ? 4 : 0;
}

/**
 * A block, `ip` or `ip/prefix` (a plain address is a /32 or /128), into the BLOCK_SIZE bytes
 * at `out`; false when it is not one. An IPv4 prefix counts in the IPv4-mapped form (a /8 is
 * a /104); host bits are allowed and ignored.
 */
export function parseBlock(ptr: usize, len: i32, out: usize): bool {
  let slash = 0;
  while (slash < len && load<u8>(ptr + <usize>slash) != 0x2f) slash++;
  const family = parseIp(ptr, slash, out);
  if (family == 0) return false;
  const max = family == 4 ? 32 : 128;
  let bits = slash == len ? max : decimal(ptr + <usize>slash + 1, len - slash - 1, 3, max);
  if (bits < 0) return false;
  bits += 128 - max;
  const mask = out + 16;
  memory.fill(mask, 0, 16);
  memory.fill(mask, 0xff, bits >> 3);
  if (bits < 128) store<u8>(mask + <usize>(bits >> 3), <u8>(0xff00 >> (bits & 7)));
  for (let i: usize = 0; i < 16; i += 8) store<u64>(out + i, load<u64>(out + i) & load<u64>(mask + i));
  return true;
}

/**
 * Envoy's source.address, `ip:port` for IPv4 or `[ip]:port` for IPv6, into the 16 bytes at
 * `out`; false when it is not one.
 */
export function parsePeer(ptr: usize, len: i32, out: usize): bool {
  let colon = len - 1;
  while (colon > 0 && load<u8>(ptr + <usize>colon) != COLON) colon--;
  if (colon <= 0 || decimal(ptr + <usize>colon + 1, len - colon - 1, 5, 99999) < 0) return false;
  if (load<u8>(ptr) != 0x5b) return parseIp(ptr, colon, out) == 4;
  return load<u8>(ptr + <usize>colon - 1) == 0x5d && parseIp(ptr + 1, colon - 2, out) == 6;
}

/**
 * Whether the 16-byte address at `address` is in one of the `list` blocks (BLOCK_SIZE bytes
 * each). An IPv4 block (one inside ::ffff:0:0/96) holds IPv4 peers, written as IPv4 or as
 * IPv4-mapped IPv6; a wider IPv6 block holds no IPv4 peer, as Envoy's own ranges do not.
 */
export function inBlocks(address: usize, list: ArrayBuffer): bool {
  const high = load<u64>(address);
  const low = load<u64>(address + 8);
  // ::ffff:a.b.c.d: eight zero bytes, two more, then ff ff (as a little-endian load sees them).
  const mapped = high == 0 && <u32>low == 0xffff_0000;
  for (let block = changetype<usize>(list), end = block + <usize>list.byteLength; block < end; block += BLOCK_SIZE) {
    // A prefix shorter than 96 bits (its 12th mask byte not full) is an IPv6 block.
    if (mapped && load<u8>(block + 27) != 0xff) continue;
    if ((high & load<u64>(block + 16)) == load<u64>(block) && (low & load<u64>(block + 24)) == load<u64>(block + 8)) return true;
  }
  return false;
}
