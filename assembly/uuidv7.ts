// RFC 9562 UUIDv7 (section 5.7): 48 bits of Unix milliseconds, version 7, 12 bits of
// rand_a, variant 10, 62 random bits of rand_b. rand_a is a counter (section 6.2, method 1:
// a fixed bit-length dedicated counter), so the values one VM makes sort, as text, in the
// order it made them.

import { setVariant, writeUuidText } from "./uuid";

/** The largest value of the 12-bit counter. */
const COUNTER_MAX: u32 = 0xfff;
/** A new millisecond's counter starts at a random value below 2048: the leftmost counter
 * bit is zero, a rollover guard (section 6.2), so at least 2,049 values fit in each one. */
const SEED_MASK: u32 = 0x7ff;

// The millisecond of the last clock reading, and the nanosecond it starts at.
let lastMs: u64 = 0;
let lastMsStart: u64 = 0;

/**
 * Unix milliseconds of a clock reading in Unix nanoseconds. Readings in the same millisecond
 * as the last are answered without the 64-bit division, the dearest instruction on this path;
 * one earlier than the last wraps around the subtraction and is divided anew.
 */
export function millisOf(ns: u64): u64 {
  if (ns - lastMsStart >= 1_000_000) {
    lastMs = ns / 1_000_000;
    lastMsStart = lastMs * 1_000_000;
  }
  return lastMs;
}

/** The timestamp and counter of the last UUIDv7; one per VM, whatever its configurations. */
export class V7Sequence {
  ms: u64 = 0;
  counter: u32 = 0;

  /**
   * Moves on for a value made at `now` (Unix milliseconds); `seed` is random. A later
   * millisecond starts a new count. The same millisecond, or a clock that stepped back, keeps
   * the last timestamp and counts on (section 6.2, monotonic error checking); a counter past
   * its 12 bits moves the timestamp one millisecond ahead of the clock instead of repeating.
   */
  advance(now: u64, seed: u32): void {
    if (now > this.ms) {
      this.ms = now;
      this.counter = seed & SEED_MASK;
    } else if (++this.counter > COUNTER_MAX) {
      this.ms++;
      this.counter = seed & SEED_MASK;
    }
  }
}

/**
 * Advances `sequence` to `now` and writes the UUIDv7 into the 36 bytes at `out`; the 16
 * random bytes at `random` give the counter's seed and rand_b, and are overwritten.
 */
export function writeUuidV7(sequence: V7Sequence, now: u64, random: usize, out: usize): void {
  // Bytes 6 and 7 become the version and counter: their randomness seeds the counter.
  sequence.advance(now, ((<u32>load<u8>(random + 6)) << 8) | load<u8>(random + 7));
  // Bytes 0-7, big-endian: 48 bits of time, the version nibble, 12 bits of counter.
  store<u64>(random, bswap<u64>((sequence.ms << 16) | 0x7000 | <u64>sequence.counter));
  setVariant(random);
  writeUuidText(random, out);
}
