// WAT text to a Wasm binary with wabt, for the tests' hand-written modules.
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
