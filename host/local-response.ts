// proxy_send_local_response as Envoy takes it: the reply a plugin sends instead of the
// upstream's.

import { deserializePairs } from "./header-map.ts";

export interface LocalResponse {
  status: number;
  details: string;
  body: Buffer;
  headers: [string, string][];
  grpcStatus: number;
}

/** The local response from the call's arguments; malformed header pairs count as none, as in Envoy. */
export function localResponse(status: number, details: string, body: Buffer, headerPairs: Buffer, grpcStatus: number): LocalResponse {
  let headers: [string, string][] = [];
  try {
    headers = deserializePairs(headerPairs).map(([k, v]) => [k.toString("latin1").toLowerCase(), v.toString("latin1")]);
  } catch {
    headers = [];
  }
  // Envoy's response details carry no whitespace.
  return { status, details: details.replace(/\s/g, "_"), body, headers, grpcStatus: grpcStatus | 0 };
}

/** Envoy's answer for a stream whose plugin failed, failing closed. */
export function failStream(): LocalResponse {
  return { status: 503, details: "wasm_fail_stream", body: Buffer.alloc(0), headers: [], grpcStatus: 14 };
}
