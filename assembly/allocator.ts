// The allocator the host hands values through. A value the plugin reads on the request path
// goes into static scratch armed just before the host call, so reading a header or property
// allocates nothing; anything else (or a value too large for its scratch) gets a pinned
// buffer the collector frees once it is unpinned.

import { malloc as allocate, free as release } from "@solo-io/proxy-runtime/assembly/malloc";
import { MAX_VALUE_LENGTH } from "./rules";

/** Scratch for a tracking header's value: a longer one is replaced anyway. */
export const VALUE_SCRATCH_SIZE: usize = <usize>MAX_VALUE_LENGTH;
export const VALUE_SCRATCH = memory.data(<i32>VALUE_SCRATCH_SIZE);
/** Scratch for the other values read while a value is held: the peer's address, trace headers. */
export const SMALL_SCRATCH_SIZE: usize = 128;
export const SMALL_SCRATCH = memory.data(<i32>SMALL_SCRATCH_SIZE);

let armedAt: usize = 0;
let armedSize: usize = 0;

/** Makes the next malloc of at most `size` bytes return `scratch`; 0 disarms. */
export function armScratch(scratch: usize, size: usize): void {
  armedAt = scratch;
  armedSize = size;
}

export function malloc(size: i32): usize {
  const scratch = armedAt;
  armedAt = 0;
  if (scratch != 0 && size >= 0 && <usize>size <= armedSize) return scratch;
  return allocate(size);
}

function isScratch(ptr: usize): bool {
  return (
    (ptr >= VALUE_SCRATCH && ptr < VALUE_SCRATCH + VALUE_SCRATCH_SIZE) || (ptr >= SMALL_SCRATCH && ptr < SMALL_SCRATCH + SMALL_SCRATCH_SIZE)
  );
}

/** Gives back what malloc handed out; scratch is static and needs nothing. */
export function free(ptr: usize): void {
  if (ptr != 0 && !isScratch(ptr)) release(ptr);
}
