// as-pect runs the AssemblyScript specs in tests/unit against the plugin's own code, with
// the host mocked: the Proxy-Wasm host's functions over a HostState, plus a `mock` module
// the specs use to set the scene and read results.
import { mockHost } from "./tests/unit/mock-host.js";

export default {
  entries: ["tests/unit/**/*.spec.ts"],
  include: [],
  disclude: [/node_modules/],
  async instantiate(
    _memory: WebAssembly.Memory,
    createImports: (...imports: WebAssembly.Imports[]) => WebAssembly.Imports,
    instantiate: (binary: Uint8Array, imports: WebAssembly.Imports) => Promise<{ exports: Record<string, unknown> }>,
    binary: Uint8Array,
  ) {
    const host = mockHost();
    try {
      const loaded = await instantiate(binary, createImports(host.imports));
      host.attach(loaded.exports);
      return loaded;
    } catch (e) {
      // as-pect hides instantiation errors (a missing import shows only as exit code 7).
      console.error(`cannot instantiate the spec: ${(e as Error).message}`);
      throw e;
    }
  },
  outputBinary: false,
};
