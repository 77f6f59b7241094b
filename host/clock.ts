// The host's wall clock, as proxy_get_current_time_nanoseconds and WASI's realtime clock give
// it: Unix nanoseconds at Date.now()'s millisecond resolution, or the time a test stopped it
// at. The 64-bit word of the last reading is kept as two 32-bit halves, so a read costs
// Date.now() and two stores: Envoy's clock read costs tens of nanoseconds, and BigInt work on
// every read would cost this host several times that.

export class Clock {
  private stoppedAt: bigint | undefined;
  private ms = Number.NaN;
  private low = 0;
  private high = 0;

  /** Stops the clock at `nanoseconds` (Unix time, a 64-bit unsigned word), until resume(). */
  stop(nanoseconds: bigint): void {
    if (typeof nanoseconds !== "bigint" || nanoseconds < 0n || nanoseconds >= 1n << 64n) {
      throw new RangeError(`the clock stops at 0 to 2^64-1 nanoseconds as a bigint, not ${String(nanoseconds)}`);
    }
    this.stoppedAt = nanoseconds;
    this.split(nanoseconds);
  }

  /** Back to the wall clock. */
  resume(): void {
    this.stoppedAt = undefined;
    this.ms = Number.NaN;
  }

  /** Writes the time as a little-endian 64-bit word at `ptr` of `view`. */
  write(view: DataView, ptr: number): void {
    if (this.stoppedAt === undefined) {
      const ms = Date.now();
      if (ms !== this.ms) {
        this.ms = ms;
        this.split(BigInt(ms) * 1_000_000n);
      }
    }
    view.setUint32(ptr, this.low, true);
    view.setUint32(ptr + 4, this.high, true);
  }

  private split(nanoseconds: bigint): void {
    this.low = Number(nanoseconds & 0xffffffffn);
    this.high = Number(nanoseconds >> 32n);
  }
}
