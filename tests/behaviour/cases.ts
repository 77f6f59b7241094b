// The plugin's behaviour table: one list of cases, run by the as-pect specs against the
// plugin compiled with a mocked host, and by the end-to-end tests against the release
// binary in the Proxy-Wasm host. This file is valid AssemblyScript and TypeScript alike,
// so it uses only types both understand (string, boolean, string[]).

import { DEFAULT_HEADER } from "../../assembly/names.ts";

/** Expected value meaning "a fresh UUIDv4 that no incoming header carried". */
export const UUID = "<uuidv4>";
/** Expected response value meaning "the value the request ended up with". */
export const SAME = "<request value>";

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
  refused(error: string): Case {
    this.accepted = false;
    this.error = error;
    return this;
  }
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
      '{"tracking_header": null, "tracking_value": null, "preserve_existing": null, "echo_response": null}',
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
      'unknown field "trackign_header" (allowed: tracking_header, tracking_value, preserve_existing, echo_response)',
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
    refuses("a pseudo-header", '{"tracking_header": ":path"}', 'tracking_header: ":path" pseudo-headers'),
    refuses("host", '{"tracking_header": "Host"}', 'tracking_header: "Host" is managed by the proxy'),
    refuses("content-length", '{"tracking_header": "content-length"}', "is managed by the proxy"),
    refuses("transfer-encoding", '{"tracking_header": "transfer-encoding"}', "is managed by the proxy"),
    refuses("connection", '{"tracking_header": "connection"}', "is managed by the proxy"),
    refuses("te", '{"tracking_header": "TE"}', "is managed by the proxy"),
    refuses("upgrade", '{"tracking_header": "upgrade"}', "is managed by the proxy"),
    refuses("keep-alive", '{"tracking_header": "keep-alive"}', "is managed by the proxy"),
    refuses("proxy-connection", '{"tracking_header": "proxy-connection"}', "is managed by the proxy"),
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
