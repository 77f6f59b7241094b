// Randomness from the host. Envoy provides WASI's random_get; AssemblyScript's own
// Math.random would need an `env.seed` import that Envoy does not have.

// @ts-ignore: decorator
@external("wasi_snapshot_preview1", "random_get")
declare function random_get(buf: usize, len: usize): u16;

const RANDOM_BYTES = memory.data(16);

/** Fills 16 static bytes from the host and returns their address, or 0 if the host failed. */
export function random16(): usize {
  return random_get(RANDOM_BYTES, 16) == 0 ? RANDOM_BYTES : 0;
}
