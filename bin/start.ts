// npm start: the plugin on real HTTP traffic, in a local proxy on 127.0.0.1 in front of an
// upstream (by default a built-in echo server, so `curl -i localhost:8080/anything` shows
// the header). It rebuilds build/plugin.wasm when the sources are newer.
import { PLUGIN_NAME } from "../assembly/names.ts";
import { LOG_LEVEL_NAMES, type LogLevelName } from "../host/index.ts";
import { readGivenText } from "../lib/cli/files.ts";
import { integerOption, runCli } from "../lib/cli/run.ts";
import { MAX_MANIFEST_FILE_BYTES, parseWasmPluginYaml, pluginConfigJson } from "../lib/deploy/wasmplugin.ts";
import { PROXY_LIMITS } from "../lib/local/proxy.ts";
import { serve } from "../lib/local/serve.ts";

/** A configuration file is a JSON document a proxy hands the plugin: far below this. */
const MAX_CONFIG_BYTES = 1024 * 1024;

/** --upstream as an origin: the proxy sends each request's own path there, so a path, query or user would be lost. */
function upstreamOrigin(text: string): URL {
  const form = "--upstream must be http://HOST[:PORT]";
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`${form}, got ${text}`);
  }
  if (url.protocol !== "http:") throw new Error(`${form} (the local proxy speaks plain HTTP/1.1), got ${text}`);
  const extra = [
    url.username || url.password ? "a user" : "",
    url.pathname !== "/" ? `a path (${url.pathname})` : "",
    url.search ? "a query" : "",
    url.hash ? "a fragment" : "",
  ].filter(Boolean);
  if (extra.length > 0) {
    // A user's password is never printed.
    const shown = text.replace(/\/\/[^/]*@/, "//***@");
    throw new Error(`${form}, got ${shown} with ${extra.join(" and ")}: each request goes there with its own path, so that would be lost`);
  }
  return url;
}

runCli(
  "start",
  { npm: "start", summary: "run the plugin in a local proxy on 127.0.0.1" },
  {
    port: { type: "string", default: "8080", help: "the proxy's port (0: any free one)", placeholder: "N" },
    upstream: { type: "string", help: "forward to this upstream instead of the echo server", placeholder: "http://HOST:PORT" },
    "upstream-port": { type: "string", default: "0", help: "the echo server's port (0: any free one)", placeholder: "N" },
    config: { type: "string", help: "the plugin configuration as JSON", placeholder: "JSON" },
    "config-file": { type: "string", help: "read the plugin configuration from a file", placeholder: "FILE" },
    manifest: {
      type: "string",
      default: "wasmplugin.yaml",
      help: "take pluginConfig and pluginName from this manifest (when no --config)",
      placeholder: "FILE",
    },
    "root-id": {
      type: "string",
      help: `Envoy's root id (default: the manifest's pluginName; with --config or --config-file, ${PLUGIN_NAME})`,
      placeholder: "ID",
    },
    "fail-open": { type: "boolean", default: false, help: "after a trap, pass requests without the plugin (Istio FAIL_OPEN)" },
    "upstream-timeout": {
      type: "string",
      default: String(PROXY_LIMITS.upstreamTimeoutMs / 1000),
      help: "seconds to wait for the upstream's answer once the request is in (then 504)",
      placeholder: "SECONDS",
    },
    "max-requests": {
      type: "string",
      default: String(PROXY_LIMITS.maxRequests),
      help: "requests in flight to the upstream at most (one more gets 503)",
      placeholder: "N",
    },
    "log-level": { type: "string", default: "info", help: `the plugin's log level: ${LOG_LEVEL_NAMES.join(", ")}`, placeholder: "LEVEL" },
  },
  async ({ values }) => {
    const port = integerOption("port", values.port, 0, 65535);
    const echoPort = integerOption("upstream-port", values["upstream-port"], 0, 65535);
    const upstreamTimeoutMs = integerOption("upstream-timeout", values["upstream-timeout"], 1, 3600) * 1000;
    const maxRequests = integerOption("max-requests", values["max-requests"], 1, 65536);
    const upstream = values.upstream === undefined ? undefined : upstreamOrigin(values.upstream);
    const logLevel = values["log-level"] as LogLevelName;
    if (!(LOG_LEVEL_NAMES as string[]).includes(logLevel))
      throw new Error(`--log-level must be one of ${LOG_LEVEL_NAMES.join(", ")}, got ${logLevel}`);
    // By default the plugin runs with the manifest's own pluginConfig and pluginName: what you try is what you deploy.
    if (values.config !== undefined && values["config-file"] !== undefined) {
      throw new Error("give the configuration once: --config JSON or --config-file FILE, not both (see --help)");
    }
    let config =
      values.config ??
      (values["config-file"] !== undefined ? await readGivenText(values["config-file"], MAX_CONFIG_BYTES, "--config-file") : undefined);
    let rootId = values["root-id"];
    if (config === undefined) {
      const text = await readGivenText(values.manifest, MAX_MANIFEST_FILE_BYTES, "--manifest");
      const { plugin, notes } = parseWasmPluginYaml(text, values.manifest);
      for (const note of notes) console.error(`${values.manifest}: note: ${note}`);
      config = pluginConfigJson(plugin);
      rootId ??= plugin.spec.pluginName ?? "";
      console.log(`configuration from ${values.manifest}: ${config || "(none)"}`);
    }

    rootId ??= PLUGIN_NAME;
    const session = await serve({
      port,
      upstream,
      echoPort,
      config,
      rootId,
      failOpen: values["fail-open"],
      logLevel,
      upstreamTimeoutMs,
      maxRequests,
      print: (line) => console.log(line),
    });
    console.log(`request-tracker proxy on ${session.url} -> ${session.upstream.origin}${session.echo ? " (echo upstream)" : ""}`);
    console.log(`try: curl -i ${session.url}/anything`);
    const shutdown = async (signal: string) => {
      await session.stop();
      console.log(`stopped on ${signal}`);
      process.exit(0);
    };
    process.once("SIGINT", () => void shutdown("SIGINT"));
    process.once("SIGTERM", () => void shutdown("SIGTERM"));
  },
);
