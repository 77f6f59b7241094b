// WAT text to a Wasm binary with wabt, for the hand-written modules: the benchmark's floor and
// warm-up, and the tests' modules.
import wabtInit from "wabt";

let wabt: ReturnType<typeof wabtInit> | undefined;

export async function assemble(source: string, name = "test.wat"): Promise<Uint8Array> {
  wabt ??= wabtInit();
  const module = (await wabt).parseWat(name, source);
  try {
    return module.toBinary({}).buffer;
  } finally {
    module.destroy();
  }
}
