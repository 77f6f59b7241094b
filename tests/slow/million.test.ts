// A million requests through one VM: the plugin neither traps nor leaks over a long run.

import assert from "node:assert/strict";
import { test } from "node:test";
import { counterName, isUuidV4 } from "../behaviour/check.ts";
import { started, WITH_ID, WITHOUT_ID } from "../support/release.ts";

test("1,000,000 requests through one VM: no trap, no critical line, linear memory flat after warm-up", async () => {
  const vm = await started("{}");
  let afterWarmUp = 0;
  const ids = new Set<string>();
  for (let i = 0; i < 1_000_000; i++) {
    const result = vm.request(i % 2 === 0 ? WITHOUT_ID : WITH_ID);
    if (i % 100_000 === 0) ids.add(result.requestHeaders.values("x-request-id")[0]);
    if (i === 100_000) afterWarmUp = vm.memoryBytes();
  }
  assert.equal(ids.size, 10, "generated values sampled across the run are distinct");
  for (const id of ids) assert.ok(isUuidV4(id), id);
  assert.equal(vm.failure, undefined);
  assert.deepEqual(vm.logs("critical"), []);
  assert.equal(vm.memoryBytes(), afterWarmUp, "linear memory grew between 100,000 and 1,000,000 requests");
  assert.ok(afterWarmUp <= 2 * 65536, `${afterWarmUp} bytes`);
  vm.tick();
  assert.equal(vm.metric(counterName("requests")), 1_000_000n);
  assert.equal(vm.metric(counterName("kept")), 500_000n);
  assert.equal(vm.metric(counterName("generated")), 500_000n);
});
