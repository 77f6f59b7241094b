// Sequences of requests through one VM: the plugin reuses stream contexts and scratch
// buffers, so nothing of one request may reach the next. Run, like cases.ts, by the as-pect
// specs and on the release binary; valid AssemblyScript and TypeScript alike.

import { SAME, TRACE, TRACE_ID, TRACEPARENT, UUID, UUID7, uuidv7After, uuidv7At } from "./cases.ts";

/** The host call that fails (once, with InternalFailure) when a step says so. */
export const FAILING_READ = "proxy_get_header_map_value";

export class Step {
  /** Set when this step starts a new root context with `config` (a configuration update). */
  reconfigures: boolean = false;
  config: string = "";
  request: string[] = [];
  response: string[] = [];
  /** The plugin's read of the tracking header fails during this request. */
  readFails: boolean = false;
  /** The host's clock for this request, in Unix milliseconds; "" leaves it as it was. */
  clock: string = "";
  /** The downstream peer, as Envoy's source.address has it; "" for none. */
  source: string = "";
  expectRequest: string[] = [];
  expectResponse: string[] = [];

  withConfig(config: string): Step {
    this.reconfigures = true;
    this.config = config;
    return this;
  }
  withRequest(headers: string[]): Step {
    this.request = headers;
    return this;
  }
  withResponse(headers: string[]): Step {
    this.response = headers;
    return this;
  }
  from(source: string): Step {
    this.source = source;
    return this;
  }
  at(clock: string): Step {
    this.clock = clock;
    return this;
  }
  failingRead(): Step {
    this.readFails = true;
    return this;
  }
  /**
   * UUID here must also differ from every value earlier steps ended with, and a UUIDv7 must
   * sort after every earlier one (see checkIncreasing).
   */
  expectsRequest(values: string[]): Step {
    this.expectRequest = values;
    return this;
  }
  expectsResponse(values: string[]): Step {
    this.expectResponse = values;
    return this;
  }
}

export class Sequence {
  name: string;
  /** The first root context's configuration. */
  config: string;
  header: string = "x-request-id";
  steps: Step[] = [];

  constructor(name: string, config: string) {
    this.name = name;
    this.config = config;
  }

  next(step: Step): Sequence {
    this.steps.push(step);
    return this;
  }
}

function step(): Step {
  return new Step();
}

const LONG = "L".repeat(8192);

/**
 * `count` requests in one millisecond. The counter in a UUIDv7's 12 rand_a bits starts at a
 * random value below 2048 on each new millisecond, so a millisecond holds 2,049 to 4,096
 * values: 4,100 requests overflow it at least once, and the last value must carry a later
 * millisecond than the clock, still sorting after the others.
 */
function burst(name: string, count: number, ms: string): Sequence {
  const s = new Sequence(name, V7);
  s.next(
    step()
      .at(ms)
      .expectsRequest([uuidv7At(ms)]),
  );
  for (let i = 2; i < count; i++) s.next(step().at(ms).expectsRequest([UUID7]));
  return s.next(
    step()
      .at(ms)
      .expectsRequest([uuidv7After(ms)]),
  );
}

const V7 = '{"generator": "uuidv7"}';
const PADDED = "0000000000000000a3ce929d0e0e4736";

/** A request at `clock` whose UUIDv7 must carry `ms`. */
function v7At(clock: string, ms: string): Step {
  return step()
    .at(clock)
    .expectsRequest([uuidv7At(ms)]);
}

export function behaviourSequences(): Sequence[] {
  const echo = '{"echo_response": true}';
  return [
    new Sequence("UUIDv7s increase within a millisecond, and keep the last time while the clock steps back", V7)
      .next(v7At("1000", "1000"))
      .next(v7At("1000", "1000"))
      .next(v7At("999", "1000"))
      .next(v7At("5", "1000"))
      .next(v7At("1000", "1000"))
      .next(v7At("1001", "1001"))
      .next(v7At("1500", "1500")),
    new Sequence("UUIDv7s keep increasing across configuration updates in one VM", V7)
      .next(v7At("2000", "2000"))
      .next(step().withConfig("{}").at("3000").expectsRequest([UUID]))
      .next(v7At("1999", "2000").withConfig(V7))
      .next(v7At("2000", "2000").withConfig(V7)),
    new Sequence("a trace id does not outlive its request", '{"use_trace_id": true, "echo_response": true}')
      .next(step().withRequest(["traceparent", TRACEPARENT]).expectsRequest([TRACE_ID]).expectsResponse([TRACE_ID]))
      .next(step().expectsRequest([UUID]).expectsResponse([SAME]))
      .next(step().withRequest(["x-b3-traceid", "a3ce929d0e0e4736"]).expectsRequest([PADDED]).expectsResponse([PADDED]))
      .next(
        step()
          .withRequest(["traceparent", "ff" + TRACEPARENT.substring(2)])
          .expectsRequest([UUID])
          .expectsResponse([SAME]),
      ),
    new Sequence("without echo, a trace id reaches no response", TRACE)
      .next(step().withRequest(["traceparent", TRACEPARENT]).expectsRequest([TRACE_ID]).expectsResponse([]))
      .next(
        step()
          .withRequest(["b3", TRACE_ID + "-00f067aa0ba902b7"])
          .expectsRequest([TRACE_ID])
          .expectsResponse([]),
      ),
    new Sequence(
      "trusted and untrusted peers in turn, and a configuration that trusts others",
      '{"trusted_sources": ["10.0.0.0/8"], "echo_response": true}',
    )
      .next(step().withRequest(["x-request-id", "first"]).from("10.1.1.1:1").expectsRequest(["first"]).expectsResponse(["first"]))
      .next(step().withRequest(["x-request-id", "spoofed"]).from("192.0.2.1:1").expectsRequest([UUID]).expectsResponse([SAME]))
      .next(
        step().withRequest(["x-request-id", "second"]).from("[::ffff:10.2.2.2]:1").expectsRequest(["second"]).expectsResponse(["second"]),
      )
      .next(step().withRequest(["x-request-id", "no-peer"]).expectsRequest([UUID]).expectsResponse([SAME]))
      .next(
        step()
          .withConfig('{"trusted_sources": ["192.0.2.0/24"]}')
          .withRequest(["x-request-id", "now"])
          .from("192.0.2.1:1")
          .expectsRequest(["now"]),
      )
      .next(step().withRequest(["x-request-id", "then"]).from("10.1.1.1:1").expectsRequest([UUID])),
    burst("4,100 UUIDv7s in one millisecond increase, and the counter's overflow moves to the next", 4100, "1735689600000"),
    new Sequence("a failed header read after a generated value echoes nothing of it", echo)
      .next(step().expectsRequest([UUID]).expectsResponse([SAME]))
      .next(step().failingRead().expectsRequest([]).expectsResponse([]))
      .next(step().expectsRequest([UUID]).expectsResponse([SAME])),
    new Sequence("a failed header read after a kept value echoes nothing of it", echo)
      .next(step().withRequest(["x-request-id", "client-1"]).expectsRequest(["client-1"]).expectsResponse(["client-1"]))
      .next(step().failingRead().expectsRequest([]).expectsResponse([])),
    new Sequence("keep, then generate, then keep", echo)
      .next(step().withRequest(["x-request-id", "first"]).expectsRequest(["first"]).expectsResponse(["first"]))
      .next(step().expectsRequest([UUID]).expectsResponse([SAME]))
      .next(step().withRequest(["x-request-id", "third"]).expectsRequest(["third"]).expectsResponse(["third"]))
      .next(step().expectsRequest([UUID]).expectsResponse([SAME])),
    new Sequence("a long kept value, then a short one, then a generated one", echo)
      .next(step().withRequest(["x-request-id", LONG]).expectsRequest([LONG]).expectsResponse([LONG]))
      .next(step().withRequest(["x-request-id", "s"]).expectsRequest(["s"]).expectsResponse(["s"]))
      .next(step().expectsRequest([UUID]).expectsResponse([SAME])),
    new Sequence("a replaced value never comes back on a later request", '{"tracking_value": "fixed", "preserve_existing": false}')
      .next(step().withRequest(["x-request-id", "spoofed"]).expectsRequest(["fixed"]))
      .next(step().expectsRequest(["fixed"])),
    new Sequence("without echo, a later request's response carries nothing", '{"tracking_value": "v"}')
      .next(step().expectsRequest(["v"]).expectsResponse([]))
      .next(step().withResponse(["x-request-id", "upstream"]).expectsRequest(["v"]).expectsResponse(["upstream"])),
    new Sequence("configurations swapped between requests", '{"tracking_value": "one", "echo_response": true}')
      .next(step().expectsRequest(["one"]).expectsResponse(["one"]))
      .next(step().withConfig('{"tracking_value": "two"}').expectsRequest(["two"]).expectsResponse([]))
      .next(step().withConfig('{"tracking_value": "one", "echo_response": true}').expectsRequest(["one"]).expectsResponse(["one"]))
      .next(step().withConfig("{}").withRequest(["x-request-id", "kept"]).expectsRequest(["kept"]).expectsResponse([])),
    new Sequence("a refused configuration update leaves the running one in force", '{"tracking_value": "one"}')
      .next(step().expectsRequest(["one"]))
      .next(step().withConfig('{"tracking_value": ""}').expectsRequest(["one"])),
  ];
}
