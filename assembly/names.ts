// Names the plugin shares with its tooling: written once here, imported by the plugin, the
// host tooling, the commands and the tests. Valid AssemblyScript and TypeScript alike, so
// it holds only strings and string arrays.

/** The product: package, image, log prefix. */
export const PRODUCT_NAME = "request-tracker";

/** The name to give as WasmPlugin spec.pluginName (Envoy's root id). */
export const PLUGIN_NAME = "request-tracker";

/** Root ids the plugin answers to: none (no spec.pluginName) and PLUGIN_NAME. */
export const ROOT_IDS: string[] = ["", PLUGIN_NAME];

/** The image's repository path in a registry. */
export const IMAGE_REPOSITORY = PRODUCT_NAME;

/** The tracking header when the configuration names none. */
export const DEFAULT_HEADER = "x-request-id";

/** The values of the `generator` field; the first is the default. */
export const GENERATORS: string[] = ["uuidv4", "uuidv7"];

/**
 * Header names the plugin refuses as tracking_header, and that the local proxy never forwards
 * as a plugin left them: the proxy owns them (host is routing, content-length and
 * transfer-encoding are framing) or HTTP/1.1 makes them connection-level (hop-by-hop names,
 * expectations, trailer announcements, h2c settings), so a value there would break framing,
 * routing or the next hop. npm run check refuses them through the plugin itself.
 */
export const PROXY_OWNED_HEADERS: string[] = [
  "host",
  "content-length",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "proxy-connection",
  "te",
  "trailer",
  "upgrade",
  "expect",
  "http2-settings",
];

/** Headers that carry credentials: never a tracking header, so a value never lands in or echoes them. */
export const CREDENTIAL_HEADERS: string[] = ["authorization", "proxy-authorization", "cookie", "set-cookie"];

/**
 * Headers Envoy holds as one entry, joining repeated ones with commas (its "inline" request
 * headers a tracking header may be): a kept value of one of these needs no write-back to
 * leave a single copy.
 */
export const JOINED_HEADERS: string[] = [DEFAULT_HEADER];

/** Every line the plugin logs starts with this. */
export const LOG_PREFIX = PRODUCT_NAME + ": ";

/** Host metric names, in the order of the plugin's Counter enum. */
export const COUNTER_NAMES: string[] = [
  "request_tracker_requests_total",
  "request_tracker_generated_total",
  "request_tracker_kept_total",
  "request_tracker_replaced_total",
  "request_tracker_host_call_failures_total",
  "request_tracker_trace_ids_total",
];
