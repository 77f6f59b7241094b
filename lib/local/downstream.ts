// What Envoy's HTTP/1 codec and connection manager make of a downstream request before any
// filter runs: the header map the plugin sees, or the local reply Envoy sends instead. Pure:
// header names and values are binary strings (one char per byte), as Node's parser gives them.

import { PROXY_OWNED_HEADERS } from "../../assembly/names.ts";

/** A local reply: status, Envoy's response code details, body, and whether the connection closes. */
export interface Reply {
  status: number;
  details: string;
  body: string;
  close: boolean;
}

export interface Admitted {
  /** :method, :path, :scheme, :authority, then the request's headers in order, as binary strings. */
  pairs: [string, string][];
  /** How the request body is framed: no body, Content-Length, or chunked. */
  framing: "none" | "length" | "chunked";
  contentLength?: string;
}

export interface DownstreamRequest {
  method: string;
  url: string;
  httpVersion: string;
  /** Node's raw header list: name, value, name, value... (latin1 strings). */
  rawHeaders: string[];
}

/** Envoy's default limits (max_request_headers_kb 60, max_headers_count 100). */
export const MAX_HEADER_BYTES = 60 * 1024;
export const MAX_HEADERS = 100;

/** The methods Envoy's Balsa parser accepts without allow_custom_methods. */
const METHODS = new Set(
  "ACL BIND CHECKOUT CONNECT COPY DELETE GET HEAD LINK LOCK MERGE MKACTIVITY MKCALENDAR MKCOL MOVE MSEARCH NOTIFY OPTIONS PATCH POST PROPFIND PROPPATCH PURGE PUT REBIND REPORT SEARCH SOURCE SUBSCRIBE TRACE UNBIND UNLINK UNLOCK UNSUBSCRIBE".split(
    " ",
  ),
);

/** Names Envoy drops from a request before the filters, plus the rest of the shared list (not host, not content-length). */
const DROPPED = new Set(PROXY_OWNED_HEADERS.filter((n) => n !== "host" && n !== "content-length"));

/** Headers a Connection token may not nominate (Envoy's sanitizeConnectionHeader). */
const UNNOMINATABLE = new Set(["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto"]);
/** Connection tokens that name no header to remove. */
const CONNECTION_OPTIONS = new Set(["close", "keep-alive", "upgrade", "http2-settings"]);

/** Characters Envoy accepts in an authority (HeaderUtility::authorityIsValid). */
const AUTHORITY = /^[!$%&'()*+,\-.0-9:;=@A-Z[\]_a-z~]+$/;
const ABSOLUTE = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)([^#]*)(?:#.*)?$/;

const reasons: Record<number, string> = {
  400: "Bad Request",
  403: "Forbidden",
  404: "",
  426: "Upgrade Required",
  431: "Request Header Fields Too Large",
  501: "Not Implemented",
};

/** A reply as Envoy's codec sends it: the reason phrase as body (none for 404), connection closed. */
export function refuse(status: number, details: string, body = reasons[status] ?? ""): Reply {
  return { status, details, body, close: true };
}

function tokens(value: string): string[] {
  return value
    .split(",")
    .map((t) => t.trim().toLowerCase())
    .filter((t) => t.length > 0);
}

function withoutFragment(target: string): string {
  const hash = target.indexOf("#");
  return hash < 0 ? target : target.slice(0, hash);
}

/** The :authority and :path of an absolute-form target (RFC 9112 3.2.2), or why it is refused. */
function absoluteTarget(url: string): { authority: string; path: string } | Reply {
  const m = ABSOLUTE.exec(url);
  if (!m) return refuse(400, "http1.invalid_url");
  const [, scheme, authority, path] = m;
  const hostAndPort = authority.slice(authority.lastIndexOf("@") + 1);
  const port = /:(\d*)$/.exec(hostAndPort)?.[1];
  const host = port === undefined ? hostAndPort : hostAndPort.slice(0, -port.length - 1);
  if (host.length === 0 || !AUTHORITY.test(host) || (port !== undefined && (port === "" || Number(port) > 65535))) {
    return refuse(400, "http1.invalid_url");
  }
  const lower = scheme.toLowerCase();
  if (lower !== "http" && lower !== "https") return refuse(400, "http1.invalid_scheme");
  // Envoy on a gateway (use_remote_address, no trusted hops) refuses https:// over plain text.
  if (lower === "https") return refuse(403, "http1.https_url_on_plaintext_connection");
  // An empty path is "/", also before a query (RFC 9112 3.2.4, RFC 3986 6.2.3): http://a?x=1 is /?x=1.
  return { authority: hostAndPort, path: path.startsWith("/") ? path : `/${path}` };
}

/** Node's raw header list (name, value, name, value...) as lowercase pairs. */
export function rawPairs(rawHeaders: string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) pairs.push([rawHeaders[i].toLowerCase(), rawHeaders[i + 1]]);
  return pairs;
}

/**
 * The request as the plugin will see it, or Envoy's reply without running any filter. The
 * target decides only :path and, in absolute form, :authority (RFC 9112 3.2.2: the target's
 * authority replaces Host); where the request goes is the proxy's one route.
 */
export function admit(req: DownstreamRequest): Admitted | Reply {
  if (!METHODS.has(req.method)) return refuse(400, "http1.codec_error");
  if (req.httpVersion !== "1.1") return refuse(426, "low_version");
  if (req.rawHeaders.length / 2 > MAX_HEADERS) return refuse(431, "http1.too_many_headers");

  const headers = rawPairs(req.rawHeaders);
  const all = (name: string) => headers.filter(([n]) => n === name).map(([, v]) => v);

  const te = all("transfer-encoding");
  const cl = all("content-length");
  if (te.length > 0 && cl.length > 0) return refuse(400, "http1.content_length_and_chunked_not_allowed");
  if (te.length > 0 && te.join(",").trim().toLowerCase() !== "chunked") return refuse(501, "http1.invalid_transfer_encoding");
  if (cl.length > 1 || (cl.length === 1 && !/^\d+$/.test(cl[0]))) return refuse(400, "http1.codec_error");

  const connection = tokens(all("connection").join(","));
  const upgrade = all("upgrade");
  if (upgrade.length > 0 && connection.includes("upgrade")) {
    // h2c is dropped by Envoy's codec and the request served as HTTP/1.1; any other upgrade is
    // refused, as by an Envoy without upgrade_configs (Istio configures websocket; this proxy does not).
    if (upgrade.join(",").trim().toLowerCase() !== "h2c") return refuse(403, "upgrade_failed", "");
  }
  if (connection.length >= 10) return refuse(400, "http1.connection_header_rejected");
  const nominated = new Set<string>();
  for (const token of connection) {
    if (CONNECTION_OPTIONS.has(token) || token === "connection") continue;
    if (UNNOMINATABLE.has(token) || token.startsWith(":")) return refuse(400, "http1.connection_header_rejected");
    nominated.add(token);
  }

  let authority: string | undefined;
  // A fragment is no part of a request (RFC 9112 3.2): Envoy, as Istio runs it, strips it.
  let path = withoutFragment(req.url);
  if (!req.url.startsWith("/")) {
    if (req.url === "*" && req.method === "OPTIONS") return refuse(404, "absolute_path_rejected");
    const target = absoluteTarget(req.url);
    if ("status" in target) return target;
    authority = target.authority;
    path = target.path;
  }

  const hosts = all("host");
  authority ??= hosts.length > 0 ? hosts.join(",") : undefined;
  if (authority === undefined) return refuse(400, "missing_host_header", "");
  if (!AUTHORITY.test(authority)) return refuse(400, "http.invalid_authority");

  const pairs: [string, string][] = [
    [":authority", authority],
    [":path", path],
    [":method", req.method],
    [":scheme", "http"],
  ];
  for (const [name, value] of headers) {
    if (name === "host" || DROPPED.has(name) || nominated.has(name)) continue;
    pairs.push([name, value]);
  }
  if (te.length > 0) return { pairs, framing: "chunked" };
  if (cl.length === 1) return { pairs, framing: "length", contentLength: cl[0] };
  return { pairs, framing: "none" };
}
