// What a request's tracking header must be after the plugin, from the rules alone.

import { type ModelSettings, valueProblem } from "./config-model.ts";
import { peerTrusted, type TrustLists, trustLists } from "./trust-model.ts";

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

export type Expected =
  | { kind: "kept"; value: Buffer }
  | { kind: "fixed"; value: Buffer }
  | { kind: "trace"; value: Buffer }
  | { kind: "uuid"; generator: string };

const notAllZeros = (hex: string) => /[^0]/.test(hex);

/** W3C Trace Context level 1: the trace id of a traceparent value, if it is valid. */
function traceparentTraceId(value: string): string | undefined {
  const m = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}(.*)$/s.exec(value);
  if (!m) return undefined;
  const [, version, traceId, parentId, rest] = m;
  if (version === "ff" || (version === "00" && rest !== "") || (rest !== "" && rest[0] !== "-")) return undefined;
  return notAllZeros(traceId) && notAllZeros(parentId) ? traceId : undefined;
}

/** B3: a 16- or 32-digit trace id, not all zeros, as 32 digits. */
const b3Id = (id: string | undefined) => (id !== undefined && notAllZeros(id) ? id.padStart(32, "0") : undefined);

/** The trace id use_trace_id takes: traceparent's, else x-b3-traceid's, else the b3 header's. */
export function traceIdOf(pairs: Pair[]): string | undefined {
  const text = (name: string) => incomingValue(name, pairs)?.toString("latin1");
  const traceparent = text("traceparent");
  const fromTraceparent = traceparent === undefined ? undefined : traceparentTraceId(traceparent);
  if (fromTraceparent) return fromTraceparent;
  const single = /^([0-9a-f]{16}|[0-9a-f]{32})$/.exec(text("x-b3-traceid") ?? "")?.[1];
  return b3Id(single) ?? b3Id(/^([0-9a-f]{16}|[0-9a-f]{32})-[0-9a-f]{16}(?:-[01d](?:-[0-9a-f]{16})?)?$/.exec(text("b3") ?? "")?.[1]);
}

const lists = new WeakMap<string[], TrustLists>();

/** Whether an incoming value from peer `source` may be kept: any peer's without trusted_sources. */
function trusted(settings: ModelSettings, source: string | undefined): boolean {
  if (settings.trusted === null) return true;
  let list = lists.get(settings.trusted);
  if (!list) {
    list = trustLists(settings.trusted);
    lists.set(settings.trusted, list);
  }
  return peerTrusted(list, source);
}

/** The value the tracking header ends with, for a request with `pairs` from peer `source`. */
export function expectedValue(settings: ModelSettings, pairs: Pair[], source?: string): Expected {
  const incoming = incomingValue(settings.header, pairs);
  const keep = incoming !== undefined && settings.preserveExisting && valueProblem(incoming) === undefined;
  if (keep && trusted(settings, source)) return { kind: "kept", value: incoming };
  if (settings.value) return { kind: "fixed", value: Buffer.from(settings.value) };
  const traceId = settings.useTraceId ? traceIdOf(pairs) : undefined;
  return traceId ? { kind: "trace", value: Buffer.from(traceId) } : { kind: "uuid", generator: settings.generator };
}
