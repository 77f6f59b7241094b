// proxy_get_property: the fixed properties of the plugin, then the request's own, read from
// its headers as Envoy's attributes are.

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

/**
 * A property by path segments: `fixed` is keyed by the segments joined with "."; request
 * attributes exist while the request callbacks or proxy_on_log run.
 */
export function property(path: string[], fixed: ReadonlyMap<string, Buffer>, stream: StreamState | undefined): Buffer | undefined {
  const value = fixed.get(path.join("."));
  if (value !== undefined) return value;
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
