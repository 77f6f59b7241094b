// RFC 9562 UUID version 4 in its canonical lowercase text form.

/** Length of the canonical text form: 32 hex digits and 4 hyphens. */
export const UUID_LENGTH: i32 = 36;

// "0123456789abcdef" as static data, read with load<u8> so formatting allocates nothing
// but its result.
const HEX = memory.data<u8>([0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66]);

/**
 * Writes 16 random bytes at `random` as a UUIDv4 into the 36 bytes at `out`: the version
 * nibble becomes 4 and the variant bits 10, as RFC 9562 section 5.4 says; the other 122 bits
 * are the input's.
 */
export function writeUuidV4(random: usize, out: usize): void {
  let o: usize = 0;
  for (let i: usize = 0; i < 16; i++) {
    let b = <u32>load<u8>(random + i);
    if (i == 6) b = (b & 0x0f) | 0x40;
    else if (i == 8) b = (b & 0x3f) | 0x80;
    if (i == 4 || i == 6 || i == 8 || i == 10) store<u8>(out + o++, 0x2d);
    store<u8>(out + o++, load<u8>(HEX + (b >> 4)));
    store<u8>(out + o++, load<u8>(HEX + (b & 0xf)));
  }
}

/** The UUIDv4 of 16 random bytes at `random`, in a new buffer. */
export function formatUuidV4(random: usize): ArrayBuffer {
  const out = new ArrayBuffer(UUID_LENGTH);
  writeUuidV4(random, changetype<usize>(out));
  return out;
}
