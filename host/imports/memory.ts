// The guest's linear memory as host functions see it: bounds-checked reads and writes, and
// hand-over of bytes through the guest's own allocator, as proxy-wasm-cpp-host does.

import { Status } from "../abi.ts";
import type { HostState } from "../state.ts";

/** Thrown for a guest pointer outside its memory; the host call returns InvalidMemoryAccess. */
export class MemoryAccessError extends Error {}

export class GuestMemory {
  constructor(private readonly state: HostState) {}

  /** The guest's memory, once `size` bytes at `ptr` are known to lie inside it. */
  checked(ptr: number, size: number): Buffer {
    const mem = this.state.bytes();
    if (ptr < 0 || size < 0 || ptr + size > mem.length) throw new MemoryAccessError();
    return mem;
  }

  /** A copy of guest bytes. */
  read(ptr: number, size: number): Buffer {
    return Buffer.from(this.checked(ptr, size).subarray(ptr, ptr + size));
  }

  text(ptr: number, size: number): string {
    return this.checked(ptr, size).toString("utf8", ptr, ptr + size);
  }

  /** A copy of guest bytes for the host to keep (a header value). */
  bytes(ptr: number, size: number): Uint8Array {
    return Uint8Array.prototype.slice.call(this.checked(ptr, size), ptr, ptr + size);
  }

  /** The last header name read from each address, with its bytes, to answer the same bytes without a new string. */
  private readonly names = new Map<number, { name: string; bytes: Uint8Array }>();

  /**
   * A header name as a binary string (one char per byte), for the names a plugin passes again and again from the same
   * static bytes: Envoy reads them in place, so this host should not pay a string per call.
   * The bytes are compared with the remembered name's every time, so a changed name is read anew.
   */
  name(ptr: number, size: number): string {
    const mem = this.checked(ptr, size);
    const known = this.names.get(ptr);
    if (known !== undefined && known.bytes.length === size) {
      const bytes = known.bytes;
      let i = 0;
      while (i < size && bytes[i] === mem[ptr + i]) i++;
      if (i === size) return known.name;
    }
    const name = mem.toString("latin1", ptr, ptr + size);
    if (this.names.size >= 64) this.names.clear();
    this.names.set(ptr, { name, bytes: Uint8Array.prototype.slice.call(mem, ptr, ptr + size) });
    return name;
  }

  u32(ptr: number): number {
    return this.checked(ptr, 4).readUInt32LE(ptr);
  }

  writeU32(ptr: number, value: number): void {
    this.checked(ptr, 4);
    // A DataView's setUint32 is inlined where Buffer's writeUInt32LE checks its arguments again.
    this.state.view().setUint32(ptr, value >>> 0, true);
  }

  writeU64(ptr: number, value: bigint): void {
    this.checked(ptr, 8);
    // A DataView writes a BigInt several times faster than Buffer's writeBigUInt64LE.
    this.state.view().setBigUint64(ptr, BigInt.asUintN(64, value), true);
  }

  /** Writes the host's wall clock as a 64-bit word at `ptr`. */
  writeTime(ptr: number): void {
    this.checked(ptr, 8);
    this.state.clock.write(this.state.view(), ptr);
  }

  /** Writes bytes at `ptr` (a guest-chosen buffer). */
  write(ptr: number, data: Uint8Array): void {
    this.checked(ptr, data.length).set(data, ptr);
  }

  /**
   * Hands bytes to the guest as cpp-host does: a copy in memory from the guest's malloc, its
   * address and size written at `ptrPtr` and `sizePtr`; nothing to hand over is 0 and 0
   * without an allocation. A failed allocation is InvalidMemoryAccess.
   */
  copyOut(data: Uint8Array | string, ptrPtr: number, sizePtr: number): number {
    let ptr = 0;
    if (data.length > 0) {
      ptr = this.state.allocate(data.length);
      const mem = this.state.bytes();
      if (ptr === 0 || ptr + data.length > mem.length) return Status.InvalidMemoryAccess;
      if (typeof data === "string") mem.write(data, ptr, "latin1");
      else mem.set(data, ptr);
    }
    this.writeU32(ptrPtr, ptr);
    this.writeU32(sizePtr, data.length);
    return Status.Ok;
  }
}
