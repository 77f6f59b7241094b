// Sequences of requests through one VM: the plugin reuses stream contexts and scratch
// buffers, so nothing of one request may reach the next. Run, like cases.ts, by the as-pect
// specs and on the release binary; valid AssemblyScript and TypeScript alike.

import { SAME, UUID } from "./cases.ts";

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
  failingRead(): Step {
    this.readFails = true;
    return this;
  }
  /** UUID here must also differ from every value earlier steps ended with. */
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

export function behaviourSequences(): Sequence[] {
  const echo = '{"echo_response": true}';
  return [
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
