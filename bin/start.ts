// npm start: the plugin on real HTTP traffic, in a local proxy on 127.0.0.1 in front of an
// upstream (by default a built-in echo server, so `curl -i localhost:8080/anything` shows
// the header). It rebuilds build/plugin.wasm when the sources are newer.
import { PLUGIN_NAME, PRODUCT_NAME } from "../assembly/names.ts";
import { LOG_LEVEL_NAMES, type LogLevelName } from "../host/index.ts";
import { integerOption, runCli } from "../lib/cli/run.ts";
import { PROXY_LIMITS } from "../lib/local/proxy.ts";
import { serve } from "../lib/local/serve.ts";
import { pluginSetup, upstreamOrigin } from "../lib/local/start-options.ts";

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
    const { config, rootId } = await pluginSetup({
      config: values.config,
      configFile: values["config-file"],
      manifest: values.manifest,
      rootId: values["root-id"],
    });
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
    console.log(`${PRODUCT_NAME} proxy on ${session.url} -> ${session.upstream.origin}${session.echo ? " (echo upstream)" : ""}`);
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
