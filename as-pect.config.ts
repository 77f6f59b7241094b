// as-pect runs the AssemblyScript specs in tests/specs against the plugin's own code, in the
// spec host (tests/specs/spec-host.ts): the Proxy-Wasm host's functions over a HostState,
// plus a `spec_host` module the specs use to set the scene and read results.
import { specHost } from "./tests/specs/spec-host.ts";

export default {
  entries: ["tests/specs/**/*.spec.ts"],
  include: [],
  disclude: [/node_modules/],
  async instantiate(
    _memory: WebAssembly.Memory,
    createImports: (...imports: WebAssembly.Imports[]) => WebAssembly.Imports,
    instantiate: (binary: Uint8Array, imports: WebAssembly.Imports) => Promise<{ exports: Record<string, unknown> }>,
    binary: Uint8Array,
  ) {
    const host = specHost();
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
