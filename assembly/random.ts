// Randomness from the host, drawn in batches: one WASI random_get fills a pool from which
// each value takes 16 bytes of its own, so most requests make no randomness call at all.
// (AssemblyScript's Math.random would need an `env.seed` import that Envoy does not have.)

// @ts-ignore: decorator
@external("wasi_snapshot_preview1", "random_get")
declare function random_get(buf: usize, len: usize): u16;

const POOL_SIZE: usize = 8192;
const POOL = memory.data(<i32>POOL_SIZE);
/** The next unused byte of the pool; POOL_SIZE when it is used up. */
let next: usize = POOL_SIZE;

/** Drops what is left of the pool, so the next value draws a fresh batch, as in a new VM. */
export function discardPool(): void {
  next = POOL_SIZE;
}

/** The address of 16 random bytes no one else gets, or 0 if the host failed to give any. */
export function random16(): usize {
  if (next + 16 > POOL_SIZE) {
    if (random_get(POOL, POOL_SIZE) != 0) return 0;
    next = 0;
  }
  const bytes = POOL + next;
  next += 16;
  return bytes;
}
