// The behaviour table (tests/behaviour/cases.ts) run through the plugin's contexts, with
// the callbacks called in Envoy's order in the spec host.

export { free, malloc } from "../../assembly/allocator";

import { LogLevelValues } from "@solo-io/proxy-runtime/assembly/runtime";
import { COUNTER_NAMES } from "../../assembly/names";
import { behaviourCases, Case } from "../behaviour/cases";
import { checkCounts, checkIncreasing, checkValues, valuesOf } from "../behaviour/check";
import { behaviourSequences, Sequence } from "../behaviour/sequences";
import { exchange, startAnotherRoot, startRoot, stopRoot, tick } from "./driver";
import * as host from "./host-control";

const CASES = behaviourCases();
let nextCase = 0;
const SEQUENCES = behaviourSequences();
let nextSequence = 0;

/** Every log line so far carries the product's prefix. */
function expectPrefixedLogs(): void {
  expect(host.unprefixedLogCount()).toBe(0, "a log line without the prefix: " + host.lastUnprefixedLog());
}

function runCase(c: Case): void {
  const root = startRoot(c.rootId, c.config);
  expect(root != 0).toBe(c.accepted, "accepted: " + host.lastLog(LogLevelValues.critical));
  if (!c.accepted) {
    const message = host.lastLog(LogLevelValues.critical);
    expect(message.includes(c.error)).toBe(true, 'critical log "' + message + '" should contain "' + c.error + '"');
    expect(host.logCount(LogLevelValues.critical)).toBe(1, "one critical line");
    return;
  }
  if (c.clock.length > 0) host.setClock(c.clock);
  const result = exchange(root, c.request, c.response, false, c.source);
  const requestValues = valuesOf(result.request, c.header);
  const incoming = valuesOf(c.request, c.header);
  const requestValue = requestValues.length > 0 ? requestValues[0] : "";
  expect(checkValues("request", c.expectRequest, requestValues, incoming, requestValue)).toBe("");
  expect(checkValues("response", c.expectResponse, valuesOf(result.response, c.header), incoming, requestValue)).toBe("");
  expect(host.logCount(LogLevelValues.critical)).toBe(0, "no critical log: " + host.lastLog(LogLevelValues.critical));

  if (c.counts.length > 0) {
    tick(root);
    const counts: string[] = [];
    for (let i = 0; i < COUNTER_NAMES.length; i++) {
      const value = host.metric(COUNTER_NAMES[i]);
      counts.push(value < 0 ? "0" : value.toString());
    }
    expect(checkCounts(c.counts, counts)).toBe("");
  }
  stopRoot(root);
  expectPrefixedLogs();
}

function runSequence(s: Sequence): void {
  let root = startRoot("", s.config);
  expect(root).not.toBe(0, "the first configuration is accepted");
  const seen: string[] = [];
  for (let i = 0; i < s.steps.length; i++) {
    const step = s.steps[i];
    if (step.reconfigures) {
      const next = startAnotherRoot("", step.config);
      // A refused update leaves the running configuration in force, as Envoy keeps it.
      if (next != 0) root = next;
    }
    if (step.clock.length > 0) host.setClock(step.clock);
    const result = exchange(root, step.request, step.response, step.readFails, step.source);
    const requestValues = valuesOf(result.request, s.header);
    const incoming = valuesOf(step.request, s.header);
    for (let k = 0; k < seen.length; k++) incoming.push(seen[k]);
    const requestValue = requestValues.length > 0 ? requestValues[0] : "";
    const what = "step " + (i + 1).toString() + " ";
    expect(checkValues(what + "request", step.expectRequest, requestValues, incoming, requestValue)).toBe("");
    expect(checkValues(what + "response", step.expectResponse, valuesOf(result.response, s.header), incoming, requestValue)).toBe("");
    expect(checkIncreasing(what + "request", seen, requestValue)).toBe("");
    if (requestValue.length > 0) seen.push(requestValue);
  }
  expectPrefixedLogs();
}

describe("sequences through one VM", () => {
  for (let i = 0; i < SEQUENCES.length; i++) {
    test(SEQUENCES[i].name, () => {
      runSequence(SEQUENCES[nextSequence++]);
    });
  }
});

describe("behaviour table", () => {
  for (let i = 0; i < CASES.length; i++) {
    // Tests run in registration order, so each takes the next case.
    test(CASES[i].name, () => {
      runCase(CASES[nextCase++]);
    });
  }
});
