// proxy_get_property: the fixed properties of the plugin, then the request's own, read from
// its headers as Envoy's attributes are, and the downstream peer's address.

import type { StreamState } from "./stream-state.ts";

/** Request attributes Envoy derives from a header. */
const REQUEST_FROM_HEADER: Record<string, string> = {
  path: ":path",
  method: ":method",
  host: ":authority",
  scheme: ":scheme",
  id: "x-request-id",
  useragent: "user-agent",
  referer: "referer",
};

/** Envoy's text for a peer's address: `ip:port`, or `[ip]:port` for IPv6. */
export function sourceAddress(ip: string, port: number): string {
  return ip.includes(":") ? `[${ip}]:${port}` : `${ip}:${port}`;
}

/**
 * Envoy's connection attributes of a stream whose peer is `source` (as sourceAddress has it):
 * source.address as text, source.port as an int64 (8 bytes, little-endian).
 */
function sourceProperty(name: string, source: string): Buffer | undefined {
  if (name === "address") return Buffer.from(source);
  const port = /:(\d{1,5})$/.exec(source);
  if (name !== "port" || !port) return undefined;
  const out = Buffer.alloc(8);
  out.writeBigInt64LE(BigInt(port[1]));
  return out;
}

/**
 * A property by path segments: `fixed` is keyed by the segments joined with "."; request
 * attributes exist while the request callbacks or proxy_on_log run, the peer's (source.*)
 * in any callback of a stream that has one.
 */
export function property(path: string[], fixed: ReadonlyMap<string, Buffer>, stream: StreamState | undefined): Buffer | undefined {
  const value = fixed.get(path.join("."));
  if (value !== undefined) return value;
  if (stream?.source !== undefined && path.length === 2 && path[0] === "source") return sourceProperty(path[1], stream.source);
  if (!stream || (stream.phase !== "request" && stream.phase !== "log") || path[0] !== "request") return undefined;
  const header = (name: string) => {
    const values = stream.requestHeaders.values(name);
    return values.length > 0 ? Buffer.from(values.join(",")) : undefined;
  };
  if (path.length === 3 && path[1] === "headers") return header(path[2]);
  if (path.length !== 2) return undefined;
  const name = REQUEST_FROM_HEADER[path[1]];
  return name ? header(name) : undefined;
}
