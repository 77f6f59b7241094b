// What a request's tracking header must be after the plugin, from the rules alone.

import { type ModelSettings, valueProblem } from "./config-model.ts";

export type Pair = [Uint8Array, Uint8Array];

const lower = (bytes: Uint8Array): string =>
  Buffer.from(bytes)
    .toString("latin1")
    .replace(/[A-Z]/g, (c) => c.toLowerCase());

/**
 * The incoming value of the tracking header as Envoy hands it over: the first copy, except
 * for x-request-id, whose copies Envoy's codec joins with commas into one.
 */
export function incomingValue(header: string, pairs: Pair[]): Buffer | undefined {
  const values = pairs.filter(([name]) => lower(name) === header).map(([, value]) => Buffer.from(value));
  if (values.length === 0) return undefined;
  if (header !== "x-request-id") return values[0];
  return values.slice(1).reduce((joined, v) => (joined.length === 0 ? v : Buffer.concat([joined, Buffer.from(","), v])), values[0]);
}

export type Expected = { kind: "kept"; value: Buffer } | { kind: "fixed"; value: Buffer } | { kind: "uuid"; generator: string };

export function expectedValue(settings: ModelSettings, pairs: Pair[]): Expected {
  const incoming = incomingValue(settings.header, pairs);
  if (incoming !== undefined && settings.preserveExisting && valueProblem(incoming) === undefined) return { kind: "kept", value: incoming };
  return settings.value ? { kind: "fixed", value: Buffer.from(settings.value) } : { kind: "uuid", generator: settings.generator };
}
