// The behaviour table and the plugin's promises, on the release binary in the Proxy-Wasm host.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { COUNTER_NAMES, LOG_PREFIX } from "../../assembly/names.ts";
import { PluginVm } from "../../host/index.ts";
import { Instrument } from "../../host/testing/instrument.ts";
import { behaviourCases, type Case } from "../behaviour/cases.ts";
import { checkCounts, checkIncreasing, checkValues, counterName, isUuidV4, isUuidV7, uuidMillis, valuesOf } from "../behaviour/check.ts";
import { behaviourSequences, FAILING_READ, type Sequence } from "../behaviour/sequences.ts";
import { started, RELEASE_WASM as wasm } from "../support/release.ts";

function pairs(list: string[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < list.length; i += 2) out.push([list[i], list[i + 1]]);
  return out;
}

/** Stops the host's clock at `ms` Unix milliseconds (decimal text, as the behaviour table has it). */
function setClock(vm: PluginVm, ms: string): void {
  vm.state.clock.stop(BigInt(ms) * 1_000_000n);
}

describe("behaviour table on the release binary", () => {
  for (const c of behaviourCases()) {
    test(c.name, async () => runCase(c));
  }
});

describe("sequences through one VM on the release binary", () => {
  for (const s of behaviourSequences()) {
    test(s.name, async () => runSequence(s));
  }
});

function assertPrefixedLogs(vm: PluginVm): void {
  const plugin = vm.state.logs.filter((l) => !l.message.startsWith("Function: ")).map((l) => l.message);
  assert.deepEqual(
    plugin.filter((m) => !m.startsWith(LOG_PREFIX)),
    [],
    "every plugin log line carries the prefix",
  );
}

async function runSequence(s: Sequence): Promise<void> {
  const faults = new Instrument();
  const vm = await PluginVm.load(wasm, { hooks: faults });
  assert.ok(vm.start(s.config).ok, vm.logs("critical").join(" | "));
  const seen: string[] = [];
  for (const [i, step] of s.steps.entries()) {
    if (step.reconfigures) vm.start(step.config);
    if (step.readFails) faults.failCall(FAILING_READ, 10, 1);
    if (step.clock) setClock(vm, step.clock);
    const result = vm.request({
      headers: pairs(step.request),
      responseHeaders: [[":status", "200"], ...pairs(step.response)],
      source: step.source || undefined,
    });
    assert.equal(result.failure, undefined, "no trap");
    const requestValues = result.requestHeaders.values(s.header);
    const incoming = [...valuesOf(step.request, s.header), ...seen];
    const requestValue = requestValues[0] ?? "";
    assert.equal(checkValues(`step ${i + 1} request`, step.expectRequest, requestValues, incoming, requestValue), "");
    assert.equal(
      checkValues(`step ${i + 1} response`, step.expectResponse, result.responseHeaders.values(s.header), incoming, requestValue),
      "",
    );
    assert.equal(checkIncreasing(`step ${i + 1} request`, seen, requestValue), "");
    if (requestValue) seen.push(requestValue);
  }
  assertPrefixedLogs(vm);
}

async function runCase(c: Case): Promise<void> {
  const vm = await PluginVm.load(wasm, { rootId: c.rootId });
  const start = vm.start(c.config);
  assert.equal(start.ok, c.accepted, `accepted? ${start.reason ?? ""} ${vm.logs("critical").join(" | ")}`);
  assert.equal(vm.failure, undefined, "no trap");
  if (!c.accepted) {
    const critical = vm.logs("critical");
    assert.equal(critical.length, 1, critical.join(" | "));
    assert.ok(critical[0].includes(c.error), `"${critical[0]}" should contain "${c.error}"`);
    assertPrefixedLogs(vm);
    return;
  }
  if (c.clock) setClock(vm, c.clock);
  const result = vm.request({
    headers: pairs(c.request),
    responseHeaders: [[":status", "200"], ...pairs(c.response)],
    source: c.source || undefined,
  });
  assert.equal(result.failure, undefined, "no trap");
  const requestValues = result.requestHeaders.values(c.header);
  const incoming = valuesOf(c.request, c.header);
  const requestValue = requestValues[0] ?? "";
  assert.equal(checkValues("request", c.expectRequest, requestValues, incoming, requestValue), "");
  assert.equal(checkValues("response", c.expectResponse, result.responseHeaders.values(c.header), incoming, requestValue), "");
  assert.deepEqual(vm.logs("critical"), []);
  if (c.counts) {
    vm.tick();
    assert.equal(
      checkCounts(
        c.counts,
        COUNTER_NAMES.map((n) => String(vm.metric(n) ?? 0n)),
      ),
      "",
    );
  }
  assertPrefixedLogs(vm);
}

describe("the release binary", () => {
  test("stamps x-request-id: request-tracking with the documented configuration", async () => {
    const vm = await started(`{"tracking_header": "X-Request-Id", "tracking_value": "request-tracking"}`);
    const result = vm.request({
      headers: [
        [":method", "GET"],
        [":path", "/"],
        [":authority", "example.com"],
      ],
    });
    assert.deepEqual(result.requestHeaders.values("x-request-id"), ["request-tracking"]);
    assert.ok(vm.logs("info").some((l) => l.includes('configured: tracking_header=x-request-id tracking_value="request-tracking"')));
  });

  test("100,000 requests in one VM get valid, distinct UUIDv4s, without a trap or memory growth past warm-up", async () => {
    const vm = await started("{}");
    const seen = new Set<string>();
    let memoryAfterWarmUp = 0;
    for (let i = 0; i < 100_000; i++) {
      const result = vm.request({
        headers: [
          [":method", "GET"],
          [":path", `/item/${i}`],
        ],
      });
      const values = result.requestHeaders.values("x-request-id");
      assert.equal(values.length, 1);
      if (!isUuidV4(values[0])) assert.fail(`request ${i}: ${values[0]} is not a UUIDv4`);
      seen.add(values[0]);
      if (i === 10_000) memoryAfterWarmUp = vm.memoryBytes();
    }
    assert.equal(seen.size, 100_000);
    assert.equal(vm.failure, undefined);
    assert.equal(vm.memoryBytes(), memoryAfterWarmUp, "linear memory grew after warm-up");
    vm.tick();
    assert.equal(vm.metric(counterName("requests")), 100_000n);
    assert.equal(vm.metric(counterName("generated")), 100_000n);
  });

  test("100,000 UUIDv7s with the host's real clock are valid, each sorting after the one before, and carry the clock's time", async () => {
    const vm = await started(`{"generator": "uuidv7"}`);
    const first = Date.now();
    let previous = "";
    for (let i = 0; i < 100_000; i++) {
      const id = vm.request({ headers: [[":path", `/item/${i}`]] }).requestHeaders.values("x-request-id")[0];
      if (!isUuidV7(id) || !(id > previous)) assert.fail(`request ${i}: ${id} is not a UUIDv7 after ${previous}`);
      previous = id;
    }
    // A burst can run ahead of the clock by one millisecond per 2,049 values at most.
    const last = uuidMillis(previous);
    assert.ok(last >= first && last <= Date.now() + 100_000 / 2049, `${last} is not the clock's time`);
    assert.equal(vm.failure, undefined);
  });

  test("a refused reconfiguration keeps nothing half-applied and traps nowhere", async () => {
    for (const config of ["{", "[]", '{"tracking_header": "bad name"}', "\u0000", '{"echo_response": "yes"}']) {
      const vm = await PluginVm.load(wasm, {});
      const start = vm.start(config);
      assert.equal(start.ok, false, config);
      assert.equal(vm.failure, undefined, `trap on ${JSON.stringify(config)}`);
      // Envoy would not route requests to a refused plugin; if it did, they pass untouched.
      const result = vm.request({ headers: [["x-request-id", "client"]] });
      assert.deepEqual(result.requestHeaders.values("x-request-id"), ["client"]);
    }
  });

  test("counters reach the host on tick under the request_tracker_ prefix", async () => {
    const vm = await started(`{"preserve_existing": false}`);
    vm.request({ headers: [["x-request-id", "client"]] });
    vm.request({});
    assert.equal(vm.metric(counterName("requests")), 0n, "nothing before the first tick");
    vm.tick();
    assert.equal(vm.metric(counterName("requests")), 2n);
    // With preserve_existing false the plugin does not read the header: every request counts as replaced.
    assert.equal(vm.metric(counterName("replaced")), 2n);
    assert.equal(vm.metric(counterName("generated")), 2n);
    assert.equal(vm.metric(counterName("host_call_failures")), 0n);
    vm.stop();
  });
});
