// The ways the benchmark runs the plugin, each against the floor on the same requests, with
// its budget (issue 15's targets, and those of the fields that came before them).

import type { RequestInput } from "../../host/index.ts";
import { PLAIN, WITH_ID, WITH_TRACEPARENT } from "./workload.ts";

export interface Mode {
  name: string;
  config: string;
  input: RequestInput;
  /** Largest median ratio allowed: to the floor, or to the mode named in `of`. */
  budget: number;
  of?: string;
}

export const MODES: Mode[] = [
  { name: "static value", config: `{"tracking_value": "request-tracking"}`, input: PLAIN, budget: 1.4 },
  {
    name: "static value, preserve_existing false",
    config: `{"tracking_value": "request-tracking", "preserve_existing": false}`,
    input: PLAIN,
    budget: 1.15,
  },
  { name: "generated UUIDv4", config: "{}", input: PLAIN, budget: 1.6 },
  { name: "existing header kept", config: "{}", input: WITH_ID, budget: 1.8 },
  { name: "generated UUIDv7", config: `{"generator": "uuidv7"}`, input: PLAIN, budget: 1.1, of: "generated UUIDv4" },
  { name: "trace id (traceparent)", config: `{"use_trace_id": true}`, input: WITH_TRACEPARENT, budget: 1.3, of: "generated UUIDv4" },
];

/** Largest p99 ratio to the floor allowed in any mode. */
export const P99_BUDGET = 1.3;
