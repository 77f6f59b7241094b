// Host calls that fail: the plugin logs one critical line, lets the request through
// unchanged, counts the failure and serves the next request normally.

export { free, malloc } from "../../assembly/allocator";

import { LogLevelValues, WasmResultValues } from "@solo-io/proxy-runtime/assembly/runtime";
import { COUNTER_NAMES } from "../../assembly/names";
import { counterName, valuesOf } from "../behaviour/check";
import { exchange, startRoot, stopRoot, tick } from "./driver";
import * as host from "./host-control";

/** Fails `call` for one request and checks the request passes untouched, then recovers. */
function failsOpen(call: string, status: u32, config: string, incoming: string[], mention: string = call, after: i32 = 0): void {
  const root = startRoot("", config);
  expect(root).not.toBe(0);
  // Once: the driver reads the headers back through the same calls.
  host.fail(call, status, 1, after);
  const failed = exchange(root, incoming, []);
  expect(valuesOf(failed.request, "x-request-id")).toStrictEqual(valuesOf(incoming, "x-request-id"), "request unchanged");
  expect(host.logCount(LogLevelValues.critical)).toBe(1, "one critical line");
  expect(host.lastLog(LogLevelValues.critical).includes(mention)).toBe(true, host.lastLog(LogLevelValues.critical));
  host.heal();
  const next = exchange(root, [], []);
  expect(valuesOf(next.request, "x-request-id").length).toBe(1, "the next request is stamped");
  tick(root);
  expect(host.metric(counterName("host_call_failures"))).toBe(1);
  expect(host.metric(counterName("requests"))).toBe(2);
  stopRoot(root);
}

describe("failing host calls", () => {
  test("reading the header fails", () => {
    failsOpen("proxy_get_header_map_value", WasmResultValues.InternalFailure, "{}", []);
  });
  test("reading the header fails with BadArgument", () => {
    failsOpen("proxy_get_header_map_value", WasmResultValues.BadArgument, "{}", ["x-request-id", "client"]);
  });
  test("adding the header fails", () => {
    failsOpen("proxy_add_header_map_value", WasmResultValues.InternalFailure, '{"tracking_value": "v"}', []);
  });
  test("replacing the header fails", () => {
    failsOpen("proxy_replace_header_map_value", WasmResultValues.NotFound, '{"preserve_existing": false}', ["x-request-id", "client"]);
  });
  test("random_get fails", () => {
    failsOpen("random_get", 29, "{}", []);
  });
  test("reading a trace header fails", () => {
    // The second header read: the tracking header is absent, then traceparent fails.
    const traced = ["traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"];
    failsOpen("proxy_get_header_map_value", WasmResultValues.InternalFailure, '{"use_trace_id": true}', traced, "(traceparent)", 1);
  });
  test("reading the peer's address fails: logged, counted, and the peer is untrusted", () => {
    const root = startRoot("", '{"trusted_sources": ["127.0.0.0/8"], "tracking_value": "mine"}');
    host.fail("proxy_get_property", WasmResultValues.InternalFailure, 1);
    const failed = exchange(root, ["x-request-id", "client"], [], false, "127.0.0.1:5000");
    expect(valuesOf(failed.request, "x-request-id")).toStrictEqual(["mine"], "an address the host cannot give is untrusted");
    expect(host.logCount(LogLevelValues.critical)).toBe(1, "one critical line");
    expect(host.lastLog(LogLevelValues.critical).includes("proxy_get_property(source.address)")).toBe(true);
    host.heal();
    const next = exchange(root, ["x-request-id", "client"], [], false, "127.0.0.1:5000");
    expect(valuesOf(next.request, "x-request-id")).toStrictEqual(["client"], "a trusted peer's value is kept");
    tick(root);
    expect(host.metric(counterName("host_call_failures"))).toBe(1);
    expect(host.metric(counterName("replaced"))).toBe(1);
    stopRoot(root);
  });
  test("reading the clock fails", () => {
    failsOpen("proxy_get_current_time_nanoseconds", WasmResultValues.InternalFailure, '{"generator": "uuidv7"}', []);
  });
  test("the allocator returns 0 when the host hands over a value", () => {
    failsOpen("malloc", 0, "{}", ["x-request-id", "client"], "proxy_get_header_map_value(x-request-id) failed with status 6");
  });
  test("echoing on the response fails, the request keeps its value", () => {
    const root = startRoot("", '{"echo_response": true, "tracking_value": "v"}');
    host.fail("proxy_replace_header_map_value", WasmResultValues.BadArgument, 1);
    const result = exchange(root, [], []);
    expect(valuesOf(result.request, "x-request-id")).toStrictEqual(["v"]);
    expect(valuesOf(result.response, "x-request-id").length).toBe(0);
    expect(host.logCount(LogLevelValues.critical)).toBe(1);
    stopRoot(root);
  });
  test("the configuration cannot be read: refused with one critical line", () => {
    host.fail("proxy_get_buffer_bytes", WasmResultValues.InternalFailure);
    const root = startRoot("", '{"tracking_value": "v"}');
    host.heal();
    // An unreadable configuration is not silently taken for the defaults.
    expect(root).toBe(0);
    expect(host.logCount(LogLevelValues.critical) >= 1).toBe(true);
    expect(host.lastLog(LogLevelValues.critical).includes("configuration")).toBe(true, host.lastLog(LogLevelValues.critical));
  });
  test("metrics cannot be defined: requests are still stamped", () => {
    host.fail("proxy_define_metric", WasmResultValues.InternalFailure);
    const root = startRoot("", "{}");
    expect(root).not.toBe(0);
    host.heal();
    expect(host.logCount(LogLevelValues.critical)).toBe(COUNTER_NAMES.length, "one line per counter");
    const result = exchange(root, [], []);
    expect(valuesOf(result.request, "x-request-id").length).toBe(1);
    tick(root);
    stopRoot(root);
  });
});

describe("logging", () => {
  test("at info, one line at configure and none per request", () => {
    const root = startRoot("", "{}");
    exchange(root, [], []);
    expect(host.logCount(LogLevelValues.info)).toBe(1);
    expect(host.logCount(LogLevelValues.debug)).toBe(0);
    stopRoot(root);
  });
  test("at debug, one line per finished request", () => {
    host.setLogLevel(LogLevelValues.debug);
    const root = startRoot("", '{"tracking_value": "v"}');
    exchange(root, [], []);
    exchange(root, ["x-request-id", "c"], []);
    expect(host.logCount(LogLevelValues.debug)).toBe(2);
    expect(host.lastLog(LogLevelValues.debug)).toBe('request-tracker: request done: x-request-id="c" (kept)');
    host.setLogLevel(LogLevelValues.info);
    stopRoot(root);
  });
});
