// RFC 9562 UUIDs in their canonical lowercase text form, and version 4 (section 5.4).

/** Length of the canonical text form: 32 hex digits and 4 hyphens. */
export const UUID_LENGTH: i32 = 36;

// "0123456789abcdef" as static data, read with load<u8> so formatting allocates nothing.
export const HEX = memory.data<u8>([0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66]);

/** Writes the 16 bytes at `uuid` as canonical text into the 36 bytes at `out`. */
export function writeUuidText(uuid: usize, out: usize): void {
  let o: usize = 0;
  for (let i: usize = 0; i < 16; i++) {
    const b = <u32>load<u8>(uuid + i);
    if (i == 4 || i == 6 || i == 8 || i == 10) store<u8>(out + o++, 0x2d);
    store<u8>(out + o++, load<u8>(HEX + (b >> 4)));
    store<u8>(out + o++, load<u8>(HEX + (b & 0xf)));
  }
}

/** Sets the variant bits of the 16 bytes at `uuid` to 10 (RFC 9562). */
export function setVariant(uuid: usize): void {
  store<u8>(uuid + 8, (load<u8>(uuid + 8) & 0x3f) | 0x80);
}

/**
 * Makes the 16 random bytes at `random` a UUIDv4 (version 4, variant 10, the other 122
 * bits the input's) and writes its text into the 36 bytes at `out`.
 */
export function writeUuidV4(random: usize, out: usize): void {
  store<u8>(random + 6, (load<u8>(random + 6) & 0x0f) | 0x40);
  setVariant(random);
  writeUuidText(random, out);
}

/** The UUIDv4 of 16 random bytes at `random`, in a new buffer. */
export function formatUuidV4(random: usize): ArrayBuffer {
  const out = new ArrayBuffer(UUID_LENGTH);
  writeUuidV4(random, changetype<usize>(out));
  return out;
}
