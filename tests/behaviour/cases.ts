// The plugin's behaviour table: one list of cases, run by the as-pect specs against the
// plugin compiled with a mocked host, and by the end-to-end tests against the release
// binary in the Proxy-Wasm host. This file is valid AssemblyScript and TypeScript alike,
// so it uses only types both understand (string, boolean, string[]).

import { DEFAULT_HEADER } from "../../assembly/names.ts";

/** Expected value meaning "a fresh UUIDv4 that no incoming header carried". */
export const UUID = "<uuidv4>";
/** Expected response value meaning "the value the request ended up with". */
export const SAME = "<request value>";
/** Expected value meaning "a fresh UUIDv7 that no incoming header carried". */
export const UUID7 = "<uuidv7>";

/** A fresh UUIDv7 whose timestamp is `ms` (Unix milliseconds, in decimal). */
export function uuidv7At(ms: string): string {
  return UUID7_AT + ms + ">";
}
/** A fresh UUIDv7 whose timestamp is later than `ms`. */
export function uuidv7After(ms: string): string {
  return UUID7_AFTER + ms + ">";
}
export const UUID7_AT = "<uuidv7 at ";
export const UUID7_AFTER = "<uuidv7 after ";

export class Case {
  name: string;
  /** The plugin configuration exactly as the host passes it. */
  config: string = "";
  /** Envoy's root id (WasmPlugin.spec.pluginName). */
  rootId: string = "";
  /** Incoming request headers as name, value, name, value... */
  request: string[] = [];
  /** Headers the upstream answers with, same layout. */
  response: string[] = [];
  accepted: boolean = true;
  /** For a refused configuration: text the critical log line must contain. */
  error: string = "";
  /** The header whose values are checked. */
  header: string = DEFAULT_HEADER;
  /** Every value the header has on the request after the plugin ran, in order. */
  expectRequest: string[] = [];
  /** Every value the header has on the response after the plugin ran. */
  expectResponse: string[] = [];
  /** Counters after the request, as "name=value ..." (see checkCounts); "" skips the check. */
  counts: string = "";
  /** The host's clock for the request, in Unix milliseconds; "" leaves the real clock. */
  clock: string = "";
  /** The downstream peer, as Envoy's source.address has it (`ip:port`, `[ip]:port`); "" for none. */
  source: string = "";

  constructor(name: string) {
    this.name = name;
  }

  withConfig(config: string): Case {
    this.config = config;
    return this;
  }
  withRootId(rootId: string): Case {
    this.rootId = rootId;
    return this;
  }
  withRequest(headers: string[]): Case {
    this.request = headers;
    return this;
  }
  withResponse(headers: string[]): Case {
    this.response = headers;
    return this;
  }
  checking(header: string): Case {
    this.header = header;
    return this;
  }
  expectsRequest(values: string[]): Case {
    this.expectRequest = values;
    return this;
  }
  expectsResponse(values: string[]): Case {
    this.expectResponse = values;
    return this;
  }
  /** Expected counters, e.g. "requests=1 generated=1"; every counter not named must be 0. */
  counting(counts: string): Case {
    this.counts = counts;
    return this;
  }
  from(source: string): Case {
    this.source = source;
    return this;
  }
  at(clock: string): Case {
    this.clock = clock;
    return this;
  }
  refused(error: string): Case {
    this.accepted = false;
    this.error = error;
    return this;
  }
}

export const TRACE = '{"use_trace_id": true}';
export const TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
const PARENT_ID = "00f067aa0ba902b7";
/** A W3C traceparent of version 00 for TRACE_ID. */
export const TRACEPARENT = "00-" + TRACE_ID + "-" + PARENT_ID + "-01";
const B3_TRACE_ID = "80f198ee56343ba864fe8b2a57d3eff7";

/** With use_trace_id, a request carrying these headers gets `expected` (UUID: none is valid). */
function traced(name: string, headers: string[], expected: string): Case {
  const c = accepts(name, TRACE).withRequest(headers).expectsRequest([expected]);
  return c.counting(expected == UUID ? "requests=1 generated=1" : "requests=1 trace_ids=1");
}

/** A client-chosen x-request-id from `source`, with trusted_sources `blocks` (JSON): kept or replaced by a UUIDv4. */
function fromPeer(name: string, blocks: string, source: string, kept: boolean): Case {
  const c = accepts(name, '{"trusted_sources": ' + blocks + "}")
    .withRequest(["x-request-id", "client-id"])
    .from(source);
  return kept
    ? c.expectsRequest(["client-id"]).counting("requests=1 kept=1")
    : c.expectsRequest([UUID]).counting("requests=1 generated=1 replaced=1");
}

/** A refused trusted_sources entry, named in the message. */
function badBlock(entry: string): Case {
  const json = '"' + entry + '"';
  return refuses(
    "trusted_sources entry " + json,
    '{"trusted_sources": ["10.0.0.0/8", ' + json + "]}",
    "trusted_sources: entry 2 " + json + " is not an IP address or CIDR block",
  );
}

/** 2025-01-01T00:00:00Z in Unix milliseconds. */
const NEW_YEAR_2025 = "1735689600000";

/** `count` IPv4 /24 blocks, 10.0.0.0/24 onwards, as JSON array entries. */
function blocks(count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push('"10.0.' + i.toString() + '.0/24"');
  return out.join(", ");
}

function accepts(name: string, config: string): Case {
  return new Case(name).withConfig(config);
}

function refuses(name: string, config: string, error: string): Case {
  return new Case(name).withConfig(config).refused(error);
}

export function behaviourCases(): Case[] {
  const cases: Case[] = [
    // Defaults: no configuration at all, or an empty object.
    accepts("empty configuration generates a UUIDv4", "").expectsRequest([UUID]).counting("requests=1 generated=1"),
    accepts("empty object generates a UUIDv4", "{}").expectsRequest([UUID]).counting("requests=1 generated=1"),
    accepts("whitespace-only configuration means defaults", " \n\t ").expectsRequest([UUID]),
    accepts(
      "null fields mean defaults",
      '{"tracking_header": null, "tracking_value": null, "preserve_existing": null, "echo_response": null, "generator": null, "use_trace_id": null, "trusted_sources": null}',
    ).expectsRequest([UUID]),
    accepts("other headers are left alone", "{}")
      .withRequest([":method", "GET", ":path", "/", "user-agent", "curl/8"])
      .expectsRequest([UUID]),

    // tracking_header and tracking_value
    accepts("static value on a mixed-case header name", '{"tracking_header": "X-Request-Id", "tracking_value": "request-tracking"}')
      .expectsRequest(["request-tracking"])
      .counting("requests=1"),
    accepts("custom header is stored lowercase", '{"tracking_header": "X-Correlation-ID", "tracking_value": "abc"}')
      .checking("x-correlation-id")
      .expectsRequest(["abc"]),
    accepts("custom header leaves x-request-id untouched", '{"tracking_header": "x-trace-token"}')
      .withRequest(["x-request-id", "from-envoy"])
      .checking("x-request-id")
      .expectsRequest(["from-envoy"]),
    accepts("custom header gets a UUIDv4", '{"tracking_header": "x-trace-token"}').checking("x-trace-token").expectsRequest([UUID]),
    accepts("header name with every token symbol", '{"tracking_header": "x!#$%&\'*+-.^_`|~1", "tracking_value": "v"}')
      .checking("x!#$%&'*+-.^_`|~1")
      .expectsRequest(["v"]),
    accepts("value with inner spaces and tabs", '{"tracking_value": "a b\\tc"}').expectsRequest(["a b\tc"]),
    accepts("value with UTF-8 text", '{"tracking_value": "suivi-\u00e9t\u00e9"}').expectsRequest(["suivi-\u00e9t\u00e9"]),
    accepts("value with JSON escapes", '{"tracking_value": "\\u0041\\/\\"q\\""}').expectsRequest(['A/"q"']),
    accepts("value of 8192 bytes", '{"tracking_value": "' + "v".repeat(8192) + '"}').expectsRequest(["v".repeat(8192)]),

    // preserve_existing
    accepts("an incoming value is kept by default", '{"tracking_value": "static"}')
      .withRequest(["x-request-id", "client-id-1"])
      .expectsRequest(["client-id-1"])
      .counting("requests=1 kept=1"),
    accepts("an incoming value is kept when preserve_existing is true", '{"preserve_existing": true}')
      .withRequest(["x-request-id", "client-id-2"])
      .expectsRequest(["client-id-2"])
      .counting("requests=1 kept=1"),
    accepts(
      "an incoming value is replaced by the static value when preserve_existing is false",
      '{"tracking_value": "static", "preserve_existing": false}',
    )
      .withRequest(["x-request-id", "client-id-3"])
      .expectsRequest(["static"])
      .counting("requests=1 replaced=1"),
    accepts("an incoming value is replaced by a UUIDv4 when preserve_existing is false", '{"preserve_existing": false}')
      .withRequest(["x-request-id", "client-id-4"])
      .expectsRequest([UUID])
      .counting("requests=1 generated=1 replaced=1"),
    // Envoy joins repeated x-request-id headers into one value (an "inline" header), so that is what is kept.
    accepts("repeated x-request-id arrives joined and is kept", "{}")
      .withRequest(["x-request-id", "first", "accept", "*/*", "x-request-id", "second"])
      .expectsRequest(["first,second"])
      .counting("requests=1 kept=1"),
    accepts("several copies of a custom header collapse to the first when kept", '{"tracking_header": "x-trace-token"}')
      .withRequest(["x-trace-token", "first", "accept", "*/*", "x-trace-token", "second"])
      .checking("x-trace-token")
      .expectsRequest(["first"])
      .counting("requests=1 kept=1"),
    accepts(
      "several copies of a custom header collapse to one when replaced",
      '{"tracking_header": "x-trace-token", "preserve_existing": false, "tracking_value": "v"}',
    )
      .withRequest(["x-trace-token", "first", "x-trace-token", "second"])
      .checking("x-trace-token")
      .expectsRequest(["v"]),
    accepts("an incoming header in another letter case is found", '{"tracking_header": "X-Trace-Token"}')
      .withRequest(["X-TRACE-TOKEN", "upper"])
      .checking("x-trace-token")
      .expectsRequest(["upper"]),
    accepts("an empty incoming value is replaced", "{}")
      .withRequest(["x-request-id", ""])
      .expectsRequest([UUID])
      .counting("requests=1 generated=1 replaced=1"),
    accepts("an incoming value with a control character is replaced", '{"tracking_value": "clean"}')
      .withRequest(["x-request-id", "bad\u0001value"])
      .expectsRequest(["clean"])
      .counting("requests=1 replaced=1"),
    accepts("an incoming value with edge whitespace is replaced", '{"tracking_value": "clean"}')
      .withRequest(["x-request-id", " padded"])
      .expectsRequest(["clean"]),
    accepts("an over-long incoming value is replaced", '{"tracking_value": "clean"}')
      .withRequest(["x-request-id", "x".repeat(8193)])
      .expectsRequest(["clean"]),
    accepts("an incoming value of 8192 bytes is kept", "{}")
      .withRequest(["x-request-id", "k".repeat(8192)])
      .expectsRequest(["k".repeat(8192)]),

    // echo_response
    accepts("no echo by default", '{"tracking_value": "v"}').expectsRequest(["v"]).expectsResponse([]),
    accepts("echo puts the generated value on the response", '{"echo_response": true}').expectsRequest([UUID]).expectsResponse([SAME]),
    accepts("echo puts the kept value on the response", '{"echo_response": true}')
      .withRequest(["x-request-id", "kept-id"])
      .expectsRequest(["kept-id"])
      .expectsResponse(["kept-id"]),
    accepts("echo replaces what the upstream answered", '{"echo_response": true, "tracking_value": "mine"}')
      .withResponse(["x-request-id", "upstream-1", "x-request-id", "upstream-2"])
      .expectsRequest(["mine"])
      .expectsResponse(["mine"]),
    accepts("without echo the upstream's header passes unchanged", '{"tracking_value": "mine"}')
      .withResponse(["x-request-id", "upstream"])
      .expectsRequest(["mine"])
      .expectsResponse(["upstream"]),

    // generator
    accepts("generator uuidv4 is the default's UUIDv4", '{"generator": "uuidv4"}')
      .expectsRequest([UUID])
      .counting("requests=1 generated=1"),
    accepts("generator uuidv7 stamps a UUIDv7 with the host's time", '{"generator": "uuidv7"}')
      .at(NEW_YEAR_2025)
      .expectsRequest([uuidv7At(NEW_YEAR_2025)])
      .counting("requests=1 generated=1"),
    accepts("a UUIDv7 at the start of Unix time", '{"generator": "uuidv7"}')
      .at("0")
      .expectsRequest([uuidv7At("0")]),
    accepts("a UUIDv7 at the last millisecond the host clock's u64 nanoseconds hold", '{"generator": "uuidv7"}')
      .at("18446744073709")
      .expectsRequest([uuidv7At("18446744073709")]),
    accepts("a UUIDv7 replaces an incoming value when preserve_existing is false", '{"generator": "uuidv7", "preserve_existing": false}')
      .withRequest(["x-request-id", "client-id"])
      .at(NEW_YEAR_2025)
      .expectsRequest([uuidv7At(NEW_YEAR_2025)])
      .counting("requests=1 generated=1 replaced=1"),
    accepts("a UUIDv7 is echoed on the response", '{"generator": "uuidv7", "echo_response": true}')
      .expectsRequest([UUID7])
      .expectsResponse([SAME]),
    accepts("an incoming value is kept, not replaced by a UUIDv7", '{"generator": "uuidv7"}')
      .withRequest(["x-request-id", "client-id"])
      .expectsRequest(["client-id"])
      .counting("requests=1 kept=1"),
    accepts("a fixed tracking_value wins over the generator", '{"generator": "uuidv7", "tracking_value": "fixed"}')
      .expectsRequest(["fixed"])
      .counting("requests=1"),
    refuses("an unknown generator", '{"generator": "uuidv6"}', 'generator: "uuidv6" is not a generator (allowed: uuidv4, uuidv7)'),
    refuses("a generator in capitals", '{"generator": "UUIDv7"}', 'generator: "UUIDv7" is not a generator (allowed: uuidv4, uuidv7)'),
    refuses("an empty generator", '{"generator": ""}', 'generator: "" is not a generator'),
    refuses("a generator that is a number", '{"generator": 7}', "generator: must be a string, got a number"),

    // use_trace_id: W3C traceparent
    traced("use_trace_id takes the traceparent's trace id", ["traceparent", TRACEPARENT], TRACE_ID),
    accepts("without use_trace_id a traceparent is not used", "{}")
      .withRequest(["traceparent", TRACEPARENT])
      .expectsRequest([UUID])
      .counting("requests=1 generated=1"),
    accepts("use_trace_id false is the default", '{"use_trace_id": false}')
      .withRequest(["traceparent", TRACEPARENT])
      .expectsRequest([UUID]),
    accepts("a kept value wins over the trace id", TRACE)
      .withRequest(["traceparent", TRACEPARENT, "x-request-id", "client-id"])
      .expectsRequest(["client-id"])
      .counting("requests=1 kept=1"),
    accepts("a replaced value takes the trace id", '{"use_trace_id": true, "preserve_existing": false}')
      .withRequest(["traceparent", TRACEPARENT, "x-request-id", "client-id"])
      .expectsRequest([TRACE_ID])
      .counting("requests=1 replaced=1 trace_ids=1"),
    accepts("a fixed tracking_value is not replaced by the trace id", '{"use_trace_id": true, "tracking_value": "fixed"}')
      .withRequest(["traceparent", TRACEPARENT])
      .expectsRequest(["fixed"])
      .counting("requests=1"),
    accepts("the trace id is echoed on the response", '{"use_trace_id": true, "echo_response": true}')
      .withRequest(["traceparent", TRACEPARENT])
      .expectsRequest([TRACE_ID])
      .expectsResponse([TRACE_ID]),
    accepts("use_trace_id with uuidv7 and no trace headers generates a UUIDv7", '{"use_trace_id": true, "generator": "uuidv7"}')
      .withRequest(["traceparent", "00-" + TRACE_ID + "-" + PARENT_ID])
      .expectsRequest([UUID7])
      .counting("requests=1 generated=1"),
    traced(
      "a traceparent of a higher version with more fields after a '-'",
      ["traceparent", "01-" + TRACE_ID + "-" + PARENT_ID + "-01-what-next"],
      TRACE_ID,
    ),
    traced("a traceparent of version fe, exactly 55 characters", ["traceparent", "fe-" + TRACE_ID + "-" + PARENT_ID + "-09"], TRACE_ID),
    traced("a higher version whose 56th character is not '-'", ["traceparent", "01-" + TRACE_ID + "-" + PARENT_ID + "-01x"], UUID),
    traced("version 00 longer than 55 characters", ["traceparent", TRACEPARENT + "-"], UUID),
    traced("version 00 shorter than 55 characters", ["traceparent", "00-" + TRACE_ID + "-" + PARENT_ID + "-1"], UUID),
    traced("version ff", ["traceparent", "ff-" + TRACE_ID + "-" + PARENT_ID + "-01"], UUID),
    traced("a version that is not hex", ["traceparent", "0g-" + TRACE_ID + "-" + PARENT_ID + "-01"], UUID),
    traced("an uppercase trace id", ["traceparent", "00-4BF92F3577B34DA6A3CE929D0E0E4736-" + PARENT_ID + "-01"], UUID),
    // The bytes either side of each hex range, and one that is not ASCII, inside the ids.
    traced("a trace id with '/' (just below '0')", ["traceparent", "00-4bf9/f3577b34da6a3ce929d0e0e4736-" + PARENT_ID + "-01"], UUID),
    traced("a trace id with ':' (just above '9')", ["traceparent", "00-4bf92f3577b34da6a3ce929d0e0e473:-" + PARENT_ID + "-01"], UUID),
    traced("a trace id with '`' (just below 'a')", ["traceparent", "00-4bf92f3577b34da6a3ce929`0e0e4736-" + PARENT_ID + "-01"], UUID),
    traced("a parent id with 'g' (just above 'f')", ["traceparent", "00-" + TRACE_ID + "-00f067aa0bag02b7-01"], UUID),
    traced("a trace id with a non-ASCII character", ["traceparent", "00-4bf9\u00e9577b34da6a3ce929d0e0e4736-" + PARENT_ID + "-01"], UUID),
    traced("an uppercase version", ["traceparent", "0A-" + TRACE_ID + "-" + PARENT_ID + "-01"], UUID),
    traced("an all-zero trace id", ["traceparent", "00-00000000000000000000000000000000-" + PARENT_ID + "-01"], UUID),
    traced("an all-zero parent id", ["traceparent", "00-" + TRACE_ID + "-0000000000000000-01"], UUID),
    traced("flags that are not hex", ["traceparent", "00-" + TRACE_ID + "-" + PARENT_ID + "-0x"], UUID),
    traced("a dash out of place", ["traceparent", "00-" + TRACE_ID + "0" + PARENT_ID + "-01"], UUID),
    traced("an empty traceparent", ["traceparent", ""], UUID),

    // use_trace_id: B3
    traced("a 32-digit x-b3-traceid", ["x-b3-traceid", B3_TRACE_ID], B3_TRACE_ID),
    traced("a 16-digit x-b3-traceid is left-padded with zeros", ["x-b3-traceid", "a3ce929d0e0e4736"], "0000000000000000a3ce929d0e0e4736"),
    traced("an all-zero x-b3-traceid", ["x-b3-traceid", "0000000000000000"], UUID),
    traced("an x-b3-traceid of 20 digits", ["x-b3-traceid", "a3ce929d0e0e47360000"], UUID),
    traced("an uppercase x-b3-traceid", ["x-b3-traceid", "A3CE929D0E0E4736"], UUID),
    traced("a b3 header with all four fields", ["b3", B3_TRACE_ID + "-e457b5a2e4d86bd1-1-05e3ac9a4f6e3b90"], B3_TRACE_ID),
    traced("a b3 header with a trace id and span id", ["b3", "a3ce929d0e0e4736-" + PARENT_ID], "0000000000000000a3ce929d0e0e4736"),
    traced("a b3 header with the debug flag", ["b3", B3_TRACE_ID + "-e457b5a2e4d86bd1-d"], B3_TRACE_ID),
    traced("a b3 header with only a sampling decision", ["b3", "1"], UUID),
    traced("a b3 header with a bad sampling state", ["b3", B3_TRACE_ID + "-e457b5a2e4d86bd1-x"], UUID),
    traced("a b3 header with a short span id", ["b3", B3_TRACE_ID + "-e457b5a2e4d86bd"], UUID),
    traced("a b3 header with an all-zero trace id", ["b3", "0000000000000000-" + PARENT_ID + "-1"], UUID),
    traced("a b3 header with a field too many", ["b3", B3_TRACE_ID + "-e457b5a2e4d86bd1-1-05e3ac9a4f6e3b90-1"], UUID),

    // use_trace_id: which header wins
    traced("traceparent before x-b3-traceid", ["x-b3-traceid", B3_TRACE_ID, "traceparent", TRACEPARENT], TRACE_ID),
    traced(
      "an invalid traceparent gives way to x-b3-traceid",
      ["traceparent", "ff-" + TRACE_ID + "-" + PARENT_ID + "-01", "x-b3-traceid", B3_TRACE_ID],
      B3_TRACE_ID,
    ),
    traced("x-b3-traceid before b3", ["b3", TRACE_ID + "-" + PARENT_ID, "x-b3-traceid", B3_TRACE_ID], B3_TRACE_ID),
    traced("an invalid x-b3-traceid gives way to b3", ["x-b3-traceid", "xyz", "b3", TRACE_ID + "-" + PARENT_ID], TRACE_ID),
    refuses("use_trace_id as a string", '{"use_trace_id": "true"}', "use_trace_id: must be true or false, got a string"),

    // trusted_sources
    fromPeer("a peer inside an IPv4 block keeps its value", '["10.0.0.0/8"]', "10.1.2.3:40000", true),
    fromPeer("a peer outside every block has its value replaced", '["10.0.0.0/8"]', "192.168.1.1:40000", false),
    fromPeer("a peer inside an IPv6 block keeps its value", '["fd00::/8"]', "[fd12:3456::1]:443", true),
    fromPeer("a peer outside an IPv6 block has its value replaced", '["fd00::/8"]', "[fe80::1]:443", false),
    fromPeer("a plain IPv4 address is a /32: the address itself", '["10.1.2.3"]', "10.1.2.3:1", true),
    fromPeer("a plain IPv4 address is a /32: its neighbour is not in it", '["10.1.2.3"]', "10.1.2.4:1", false),
    fromPeer("a plain IPv6 address is a /128: the address itself", '["2001:db8::1"]', "[2001:db8::1]:80", true),
    fromPeer("a plain IPv6 address is a /128: its neighbour is not in it", '["2001:db8::1"]', "[2001:db8::2]:80", false),
    fromPeer("an IPv4-mapped IPv6 peer matches an IPv4 block", '["10.0.0.0/8"]', "[::ffff:10.1.2.3]:5000", true),
    fromPeer("an IPv4-mapped IPv6 peer outside the IPv4 block", '["10.0.0.0/8"]', "[::ffff:11.1.2.3]:5000", false),
    fromPeer("an IPv4 peer does not match an IPv6 block", '["::/0"]', "10.1.2.3:5", false),
    fromPeer("an IPv4-mapped peer counts as IPv4, not as inside ::/0", '["::/0"]', "[::ffff:10.1.2.3]:5", false),
    fromPeer("::/0 holds every IPv6 peer", '["::/0"]', "[2001:db8::5]:5", true),
    fromPeer("0.0.0.0/0 holds every IPv4 peer", '["0.0.0.0/0"]', "203.0.113.9:1", true),
    fromPeer("an IPv6 block written with an embedded IPv4 address is that IPv4 block", '["::ffff:10.0.0.0/104"]', "10.200.0.1:1", true),
    fromPeer("the last of several blocks matches", '["10.0.0.0/8", "192.168.0.0/16", "fd00::/8"]', "192.168.7.7:9", true),
    fromPeer("a /23 ends where it ends: inside", '["10.1.2.0/23"]', "10.1.3.255:1", true),
    fromPeer("a /23 ends where it ends: outside", '["10.1.2.0/23"]', "10.1.4.0:1", false),
    fromPeer("a /65 ends where it ends: inside", '["2001:db8::/65"]', "[2001:db8::7fff:ffff:ffff:ffff]:1", true),
    fromPeer("a /65 ends where it ends: outside", '["2001:db8::/65"]', "[2001:db8:0:0:8000::]:1", false),
    fromPeer("host bits in a block are ignored", '["10.1.2.3/8"]', "10.9.9.9:1", true),
    fromPeer("IPv6 in capitals", '["FD00::/8"]', "[FD00::ABCD]:1", true),
    fromPeer("an empty list trusts no peer", "[]", "10.1.2.3:1", false),
    fromPeer("a peer address the host cannot give is untrusted", '["0.0.0.0/0", "::/0"]', "", false),
    fromPeer("a peer address that cannot be parsed is untrusted", '["0.0.0.0/0", "::/0"]', "not-an-address", false),
    fromPeer("a peer address without a port is untrusted", '["0.0.0.0/0"]', "10.1.2.3", false),
    fromPeer("an IPv4 peer in brackets is untrusted", '["0.0.0.0/0", "::/0"]', "[10.1.2.3]:80", false),
    fromPeer("an IPv6 peer without brackets is untrusted", '["::/0"]', "fd00::1:80", false),
    fromPeer("a peer with a zone id is untrusted", '["::/0"]', "[fe80::1%eth0]:80", false),
    fromPeer("a peer with a six-digit port is untrusted", '["0.0.0.0/0"]', "10.1.2.3:123456", false),
    fromPeer("a null trusted_sources trusts every peer", "null", "192.168.1.1:1", true),
    accepts("without trusted_sources every peer's value is kept", "{}")
      .withRequest(["x-request-id", "client-id"])
      .from("192.168.1.1:1")
      .expectsRequest(["client-id"]),
    accepts("preserve_existing false replaces a trusted peer's value", '{"trusted_sources": ["10.0.0.0/8"], "preserve_existing": false}')
      .withRequest(["x-request-id", "client-id"])
      .from("10.1.2.3:1")
      .expectsRequest([UUID])
      .counting("requests=1 generated=1 replaced=1"),
    accepts("a trusted peer's invalid value is still replaced", '{"trusted_sources": ["10.0.0.0/8"], "tracking_value": "v"}')
      .withRequest(["x-request-id", " padded"])
      .from("10.1.2.3:1")
      .expectsRequest(["v"])
      .counting("requests=1 replaced=1"),
    accepts("an untrusted peer without the header gets one added", '{"trusted_sources": ["10.0.0.0/8"]}')
      .from("192.168.1.1:1")
      .expectsRequest([UUID])
      .counting("requests=1 generated=1"),
    accepts("an untrusted peer's value gives way to the trace id", '{"trusted_sources": [], "use_trace_id": true}')
      .withRequest(["x-request-id", "client-id", "traceparent", TRACEPARENT])
      .from("10.1.2.3:1")
      .expectsRequest([TRACE_ID])
      .counting("requests=1 replaced=1 trace_ids=1"),
    accepts("64 blocks are accepted", '{"trusted_sources": [' + blocks(64) + "]}")
      .withRequest(["x-request-id", "client-id"])
      .from("10.0.63.1:1")
      .expectsRequest(["client-id"]),
    refuses(
      "65 blocks are refused",
      '{"trusted_sources": [' + blocks(65) + "]}",
      "trusted_sources: has more than 64 entries, at most 64 allowed",
    ),
    refuses(
      "trusted_sources as a string",
      '{"trusted_sources": "10.0.0.0/8"}',
      "trusted_sources: must be an array of strings, got a string",
    ),
    refuses(
      "a trusted_sources entry that is a number",
      '{"trusted_sources": [10]}',
      "trusted_sources: entry 1 must be a string, got a number",
    ),
    refuses(
      "a nested array in trusted_sources",
      '{"trusted_sources": [["10.0.0.0/8"]]}',
      "trusted_sources: entry 1 must be a string, got an array",
    ),
    refuses(
      "an object in trusted_sources",
      '{"trusted_sources": ["10.0.0.0/8", {}]}',
      "trusted_sources: entry 2 must be a string, got an object",
    ),
    refuses("a trailing comma in trusted_sources", '{"trusted_sources": ["10.0.0.0/8",]}', "not valid JSON"),
    refuses("entries without a comma", '{"trusted_sources": ["10.0.0.0/8" "fd00::/8"]}', "not valid JSON: expected ',' or ']'"),
    refuses("an unterminated trusted_sources", '{"trusted_sources": ["10.0.0.0/8"', "not valid JSON"),
    badBlock("10.0.0.0/33"),
    badBlock("10.0.0.256"),
    badBlock("10.0.0"),
    badBlock("10.0.0.0.0"),
    badBlock("010.0.0.1"),
    badBlock("10.0.0.0/"),
    badBlock("10.0.0.0/08"),
    badBlock("10.0.0.0/8/8"),
    badBlock("fd00::/129"),
    badBlock("fd00:::1"),
    badBlock("fd00::1::2"),
    badBlock("1:2:3:4:5:6:7:8:9"),
    badBlock("1:2:3:4:5:6:7"),
    badBlock("12345::"),
    badBlock("fe80::1%eth0"),
    badBlock("[fd00::1]"),
    badBlock("::ffff:10.0.0"),
    badBlock(""),
    badBlock(" 10.0.0.0/8"),
    badBlock("10.0.0.0/8 "),
    badBlock("localhost"),

    // Root ids
    accepts("root id of the documented plugin name", "{}").withRootId("request-tracker").expectsRequest([UUID]),
    refuses("an unknown root id is refused", "{}", 'no root context is registered for root id "other"').withRootId("other"),

    // Refused configurations: the message names the field, the bad value and what is allowed.
    refuses("not JSON", "{", "invalid plugin configuration: not valid JSON"),
    refuses("missing value", '{"tracking_header": }', "not valid JSON"),
    refuses("trailing comma", '{"echo_response": true,}', "not valid JSON: expected a field name"),
    refuses("content after the object", "{} {}", "not valid JSON: unexpected content after the configuration object"),
    refuses("an array", "[]", "must be a JSON object, got an array"),
    refuses("a string", '"x-request-id"', "must be a JSON object, got a string"),
    refuses("null document", "null", "must be a JSON object, got null"),
    refuses("words that are not JSON", "not json", "invalid plugin configuration: not valid JSON: expected 'null' at byte 1"),
    refuses("a truncated null", "nul", "invalid plugin configuration: not valid JSON: expected 'null' at byte 3"),
    refuses("a truncated true", "tru", "invalid plugin configuration: not valid JSON: expected 'true' at byte 3"),
    refuses("a literal followed by more", "null x", "not valid JSON: unexpected content after the value at byte 5"),
    refuses("a number document", "42", "invalid plugin configuration: must be a JSON object, got a number"),
    refuses("a malformed number", "-", "not valid JSON: expected a digit at byte 1"),
    refuses("a number with a bare dot", "1.", "not valid JSON: expected a digit after '.' at byte 2"),
    refuses("a number with an empty exponent", "1e+", "not valid JSON: expected a digit in the exponent at byte 3"),
    refuses("a leading zero", "01", "not valid JSON: unexpected content after the value at byte 1"),
    refuses("an unterminated string document", '"abc', "not valid JSON: unterminated string"),
    refuses("a character that starts no value", "@", "not valid JSON: unexpected character at byte 0"),
    refuses("a bad escape", '{"tracking_value": "\\x41"}', "not valid JSON: invalid escape"),
    refuses("an unpaired surrogate", '{"tracking_value": "\\ud800"}', "unpaired surrogate"),
    refuses(
      "a misspelt field",
      '{"trackign_header": "x"}',
      'unknown field "trackign_header" (allowed: tracking_header, tracking_value, preserve_existing, echo_response, generator, use_trace_id, trusted_sources)',
    ),
    refuses("a camelCase field", '{"trackingHeader": "x"}', 'unknown field "trackingHeader"'),
    refuses("a repeated field", '{"echo_response": true, "echo_response": false}', "field echo_response is given more than once"),
    refuses("a header name that is a number", '{"tracking_header": 42}', "tracking_header: must be a string, got a number"),
    refuses("a header name that is an object", '{"tracking_header": {"name": "x"}}', "tracking_header: must be a string, got an object"),
    refuses("an empty header name", '{"tracking_header": ""}', 'tracking_header: "" must not be empty'),
    refuses(
      "a header name with a space",
      '{"tracking_header": "X Request"}',
      'tracking_header: "X Request" is not a valid HTTP field name: character 2 is not allowed',
    ),
    refuses("a header name with a colon", '{"tracking_header": "x:y"}', "is not a valid HTTP field name"),
    refuses("a header name with non-ASCII", '{"tracking_header": "x-\u00e9"}', "is not a valid HTTP field name"),
    refuses(
      "a pseudo-header",
      '{"tracking_header": ":path"}',
      'tracking_header: ":path" is a pseudo-header, which the proxy sets and a plugin cannot',
    ),
    refuses("host", '{"tracking_header": "Host"}', 'tracking_header: "Host" is managed by the proxy'),
    refuses("content-length", '{"tracking_header": "content-length"}', "is managed by the proxy"),
    refuses("transfer-encoding", '{"tracking_header": "transfer-encoding"}', "is managed by the proxy"),
    refuses("connection", '{"tracking_header": "connection"}', "is managed by the proxy"),
    refuses("te", '{"tracking_header": "TE"}', "is managed by the proxy"),
    refuses("upgrade", '{"tracking_header": "upgrade"}', "is managed by the proxy"),
    refuses("keep-alive", '{"tracking_header": "keep-alive"}', "is managed by the proxy"),
    refuses("proxy-connection", '{"tracking_header": "proxy-connection"}', "is managed by the proxy"),
    refuses("authorization", '{"tracking_header": "Authorization"}', 'tracking_header: "Authorization" carries credentials'),
    refuses("proxy-authorization", '{"tracking_header": "proxy-authorization"}', "carries credentials"),
    refuses("cookie", '{"tracking_header": "Cookie"}', "carries credentials"),
    refuses("set-cookie", '{"tracking_header": "set-cookie"}', "carries credentials"),
    accepts("a value with C1 controls and a bidi override is accepted", '{"tracking_value": "a\u009b31m\u202eb"}').expectsRequest([
      "a\u009b31m\u202eb",
    ]),
    refuses("trailer", '{"tracking_header": "Trailer"}', "is managed by the proxy"),
    refuses("expect", '{"tracking_header": "Expect"}', 'tracking_header: "Expect" is managed by the proxy'),
    refuses("http2-settings", '{"tracking_header": "HTTP2-Settings"}', "is managed by the proxy"),
    refuses("an over-long header name", '{"tracking_header": "' + "x".repeat(257) + '"}', "is 257 characters long, at most 256 allowed"),
    refuses("a value that is a number", '{"tracking_value": 7}', "tracking_value: must be a string, got a number"),
    refuses("a value that is a boolean", '{"tracking_value": true}', "tracking_value: must be a string, got a boolean"),
    refuses("an empty value", '{"tracking_value": ""}', "tracking_value: must not be empty"),
    refuses(
      "a value with CR LF",
      '{"tracking_value": "a\\r\\nInjected: 1"}',
      'tracking_value: "a\\x0d\\x0aInjected: 1" contains control character 0x0d at byte 1',
    ),
    refuses("a value with NUL", '{"tracking_value": "a\\u0000b"}', "contains control character 0x00 at byte 1"),
    refuses("a value with DEL", '{"tracking_value": "a\\u007f"}', "contains control character 0x7f"),
    refuses("a value with a leading space", '{"tracking_value": " v"}', 'tracking_value: " v" starts or ends with whitespace'),
    refuses("a value with a trailing tab", '{"tracking_value": "v\\t"}', "starts or ends with whitespace"),
    refuses(
      "a value over 8 KiB",
      '{"tracking_value": "' + "v".repeat(8193) + '"}',
      "tracking_value: is 8193 bytes long, at most 8192 allowed",
    ),
    refuses("preserve_existing as a string", '{"preserve_existing": "yes"}', "preserve_existing: must be true or false, got a string"),
    refuses("preserve_existing misspelt literal", '{"preserve_existing": tru}', "not valid JSON: expected 'true'"),
    refuses("echo_response as a number", '{"echo_response": 1}', "echo_response: must be true or false, got a number"),
  ];
  return cases;
}
