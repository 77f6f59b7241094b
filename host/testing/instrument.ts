// Test hooks for the host, loaded only by tests and the benchmark: host calls (and the
// guest's malloc) forced to fail or trap, and host calls counted. A VM gets them through
// `PluginVm.load(..., { hooks })`; the commands users run never load this module.

import type { HostHooks } from "../vm.ts";

/** A fault status that makes the host call trap instead of returning, as a crash inside it would. */
export const INJECTED_TRAP = -1;

type Fn = (...args: any[]) => unknown;

export class Instrument implements HostHooks {
  private faults = new Map<string, { status: number; times: number; after: number }>();
  /** Host function calls by name, while `counting` is on. */
  readonly callCounts = new Map<string, number>();
  counting = false;

  /**
   * Makes host call `name` (or "malloc") return `status`, `times` times (default: until
   * healed), once `after` calls have gone through. INJECTED_TRAP makes it trap instead.
   */
  failCall(name: string, status: number, times = Infinity, after = 0): void {
    this.faults.set(name, { status, times, after });
  }

  heal(): void {
    this.faults.clear();
  }

  /** The injected status for a call about to run, if any; uses up one of its times. */
  private takeFault(name: string): number | undefined {
    if (this.faults.size === 0) return undefined;
    const fault = this.faults.get(name);
    if (!fault) return undefined;
    if (fault.after > 0) {
      fault.after--;
      return undefined;
    }
    if (--fault.times <= 0) this.faults.delete(name);
    return fault.status;
  }

  imports(imports: WebAssembly.Imports): WebAssembly.Imports {
    const wrapModule = (fns: WebAssembly.ModuleImports) =>
      Object.fromEntries(Object.entries(fns).map(([name, fn]) => [name, this.wrap(name, fn as Fn)]));
    return Object.fromEntries(Object.entries(imports).map(([module, fns]) => [module, wrapModule(fns)]));
  }

  allocator(allocate: (size: number) => number): (size: number) => number {
    return (size) => {
      const fault = this.takeFault("malloc");
      if (fault === INJECTED_TRAP) throw new WebAssembly.RuntimeError("injected trap in malloc");
      if (fault !== undefined) return 0;
      return allocate(size);
    };
  }

  private wrap(name: string, fn: Fn): Fn {
    return (...args: unknown[]) => {
      if (this.counting) this.callCounts.set(name, (this.callCounts.get(name) ?? 0) + 1);
      const fault = this.takeFault(name);
      if (fault === INJECTED_TRAP) throw new WebAssembly.RuntimeError(`injected trap in ${name}`);
      if (fault !== undefined) return fault;
      return fn(...args);
    };
  }
}
