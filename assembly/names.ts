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
