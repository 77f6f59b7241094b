// A soak run: requests through one VM with linear memory read at checkpoints; it fails if
// memory grows after warm-up, anything traps, or the plugin logs a critical line.

import { readFile } from "node:fs/promises";
import { COUNTER_NAMES } from "../../assembly/names.ts";
import { HeaderMap, PluginVm } from "../../host/index.ts";
import { ensureBuilt, RELEASE_OUTPUT } from "../build/compile.ts";

export interface SoakOptions {
  requests: number;
  config: string;
  progress: (line: string) => void;
}

export async function soak(options: SoakOptions): Promise<string> {
  const total = options.requests;
  await ensureBuilt();
  const vm = await PluginVm.load(await readFile(RELEASE_OUTPUT));
  if (!vm.start(options.config).ok) throw new Error(vm.logs("critical").join(" "));
  const inputs = [
    {
      headers: new HeaderMap([
        [":method", "GET"],
        [":path", "/a"],
        ["user-agent", "soak"],
      ]),
    },
    {
      headers: new HeaderMap([
        [":method", "POST"],
        [":path", "/b"],
        ["x-request-id", "client-chosen-id"],
      ]),
    },
    {
      headers: new HeaderMap([
        [":method", "GET"],
        [":path", "/c"],
        ["x-request-id", "bad\u0001value"],
      ]),
    },
  ];
  const warmUp = Math.min(100_000, Math.floor(total / 10));
  let baseline = 0;
  const started = Date.now();
  for (let i = 1; i <= total; i++) {
    vm.request(inputs[i % inputs.length]);
    if (i === warmUp) baseline = vm.memoryBytes();
    if (i % 1_000_000 === 0 || i === total) {
      if (vm.failure) throw new Error(`trap after ${i} requests: ${vm.failure.message}`);
      options.progress(`${i} requests: linear memory ${vm.memoryBytes()} bytes, ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  }
  vm.tick();
  const critical = vm.logs("critical");
  if (critical.length > 0) throw new Error(`critical log lines: ${critical[0]}`);
  if (vm.memoryBytes() !== baseline) throw new Error(`linear memory grew from ${baseline} to ${vm.memoryBytes()} bytes after warm-up`);
  return `${total} requests, linear memory flat at ${baseline} bytes after ${warmUp}, ${COUNTER_NAMES[0]}=${vm.metric(COUNTER_NAMES[0])}`;
}
