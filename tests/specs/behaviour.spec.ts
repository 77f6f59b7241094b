// The behaviour table (tests/behaviour/cases.ts) run through the plugin's contexts, with
// the callbacks called in Envoy's order in the spec host.

export { free, malloc } from "@solo-io/proxy-runtime/assembly/malloc";

import { LogLevelValues } from "@solo-io/proxy-runtime/assembly/runtime";
import { COUNTER_NAMES } from "../../assembly/names";
import { behaviourCases, Case } from "../behaviour/cases";
import { checkValues, valuesOf } from "../behaviour/check";
import { exchange, startRoot, stopRoot, tick } from "./driver";
import * as host from "./host-control";

const CASES = behaviourCases();
let nextCase = 0;

function runCase(c: Case): void {
  const root = startRoot(c.rootId, c.config);
  expect(root != 0).toBe(c.accepted, "accepted: " + host.lastLog(LogLevelValues.critical));
  if (!c.accepted) {
    const message = host.lastLog(LogLevelValues.critical);
    expect(message.includes(c.error)).toBe(true, 'critical log "' + message + '" should contain "' + c.error + '"');
    expect(host.logCount(LogLevelValues.critical)).toBe(1, "one critical line");
    return;
  }
  const result = exchange(root, c.request, c.response);
  const requestValues = valuesOf(result.request, c.header);
  const incoming = valuesOf(c.request, c.header);
  const requestValue = requestValues.length > 0 ? requestValues[0] : "";
  expect(checkValues("request", c.expectRequest, requestValues, incoming, requestValue)).toBe("");
  expect(checkValues("response", c.expectResponse, valuesOf(result.response, c.header), incoming, requestValue)).toBe("");
  expect(host.logCount(LogLevelValues.critical)).toBe(0, "no critical log: " + host.lastLog(LogLevelValues.critical));

  if (c.counts.length > 0) {
    tick(root);
    const counts: string[] = [];
    for (let i = 0; i < 4; i++) {
      const value = host.metric(COUNTER_NAMES[i]);
      counts.push(value < 0 ? "0" : value.toString());
    }
    expect(counts.join(",")).toBe(c.counts, "requests,generated,kept,replaced");
  }
  stopRoot(root);
}

describe("behaviour table", () => {
  for (let i = 0; i < CASES.length; i++) {
    // Tests run in registration order, so each takes the next case.
    test(CASES[i].name, () => {
      runCase(CASES[nextCase++]);
    });
  }
});
