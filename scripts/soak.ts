// npm run soak -- [--requests 10000000]: requests through one VM, linear memory checked at
// checkpoints; exits non-zero if it grows after warm-up or anything traps.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { HeaderMap, PluginVm } from "../host/index.js";
import { ensureBuilt, RELEASE_OUTPUT } from "./build.js";
import { runCli } from "./cli.js";

runCli("soak", async () => {
  const { values } = parseArgs({ options: { requests: { type: "string", default: "10000000" }, config: { type: "string", default: "{}" } } });
  const total = Number(values.requests);
  await ensureBuilt();
  const vm = await PluginVm.load(await readFile(RELEASE_OUTPUT));
  if (!vm.start(values.config).ok) throw new Error(vm.logs("critical").join(" "));
  const inputs = [
    { headers: new HeaderMap([[":method", "GET"], [":path", "/a"], ["user-agent", "soak"]]) },
    { headers: new HeaderMap([[":method", "POST"], [":path", "/b"], ["x-request-id", "client-chosen-id"]]) },
    { headers: new HeaderMap([[":method", "GET"], [":path", "/c"], ["x-request-id", "bad\u0001value"]]) },
  ];
  const warmUp = Math.min(100_000, Math.floor(total / 10));
  let baseline = 0;
  const started = Date.now();
  for (let i = 1; i <= total; i++) {
    vm.request(inputs[i % inputs.length]);
    if (i === warmUp) baseline = vm.memoryBytes();
    if (i % 1_000_000 === 0 || i === total) {
      if (vm.failure) throw new Error(`trap after ${i} requests: ${vm.failure.message}`);
      console.log(`${i} requests: linear memory ${vm.memoryBytes()} bytes, ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  }
  vm.tick();
  const critical = vm.logs("critical");
  if (critical.length > 0) throw new Error(`critical log lines: ${critical[0]}`);
  if (vm.memoryBytes() !== baseline) throw new Error(`linear memory grew from ${baseline} to ${vm.memoryBytes()} bytes after warm-up`);
  console.log(`soak: ${total} requests, linear memory flat at ${baseline} bytes after ${warmUp}, requests_total=${vm.metric("request_tracking_requests_total")}`);
});
