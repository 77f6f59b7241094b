// npm start: the plugin on real HTTP traffic. Builds build/plugin.wasm when the sources are
// newer, loads it in the Proxy-Wasm host, and serves a local proxy in front of an upstream
// (by default a built-in echo server, so `curl -i localhost:8080/anything` shows the header).
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { LOG_LEVEL_NAMES, PluginVm, type LogLevelName } from "../host/index.js";
import { LocalProxy, echoServer } from "../local/proxy.js";
import { parseWasmPluginYaml, pluginConfigJson } from "../deploy/wasmplugin.js";
import { ensureBuilt, RELEASE_OUTPUT } from "./build.js";

const HELP = `usage: npm start -- [--port 8080] [--upstream URL | --upstream-port N]
                    [--config JSON | --config-file FILE | --manifest wasmplugin.yaml]
                    [--root-id ID] [--fail-open] [--log-level info]`;

/** Listens on 127.0.0.1, turning a busy port into a plain message. */
function listen(server: Server, port: number, option: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", (e: NodeJS.ErrnoException) =>
      reject(new Error(e.code === "EADDRINUSE" ? `port ${port} is already in use: pass ${option} with a free one` : e.message)));
    server.listen(port, "127.0.0.1", () => resolve());
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: "8080" },
      upstream: { type: "string" },
      "upstream-port": { type: "string", default: "0" },
      config: { type: "string" },
      "config-file": { type: "string" },
      manifest: { type: "string", default: "wasmplugin.yaml" },
      "root-id": { type: "string" },
      "fail-open": { type: "boolean", default: false },
      "log-level": { type: "string", default: "info" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const portOption = (name: "port" | "upstream-port") => {
    const port = Number(values[name]);
    if (!/^\d+$/.test(values[name] ?? "") || port > 65535) throw new Error(`--${name} must be a port number (0-65535), got ${values[name]}`);
    return port;
  };
  const port = portOption("port");
  const upstreamPort = portOption("upstream-port");
  let upstreamUrl: URL | undefined;
  if (values.upstream) {
    try {
      upstreamUrl = new URL(values.upstream);
    } catch {
      throw new Error(`--upstream must be an http:// URL, got ${values.upstream}`);
    }
    if (upstreamUrl.protocol !== "http:") throw new Error(`--upstream must be an http:// URL (the local proxy speaks plain HTTP/1.1), got ${values.upstream}`);
  }
  const logLevel = values["log-level"] as LogLevelName;
  if (!(LOG_LEVEL_NAMES as string[]).includes(logLevel)) throw new Error(`--log-level must be one of ${LOG_LEVEL_NAMES.join(", ")}, got ${logLevel}`);
  // By default the plugin runs with the manifest's own pluginConfig and pluginName: what you try is what you deploy.
  let config = values.config ?? (values["config-file"] ? await readFile(values["config-file"], "utf8") : undefined);
  let rootId = values["root-id"];
  if (config === undefined) {
    const { plugin } = parseWasmPluginYaml(await readFile(values.manifest, "utf8"), values.manifest);
    config = pluginConfigJson(plugin);
    rootId ??= plugin.spec.pluginName ?? "";
    console.log(`configuration from ${values.manifest}: ${config || "(none)"}`);
  }

  await ensureBuilt();
  const vm = await PluginVm.load(RELEASE_OUTPUT, {
    rootId: rootId ?? "",
    failOpen: values["fail-open"],
    logLevel,
  });
  const printLogs = () => {
    for (const entry of vm.state.logs.splice(0)) console.log(`[wasm ${entry.level}] ${entry.message}`);
  };
  const started = vm.start(config);
  if (!started.ok) {
    const critical = vm.logs("critical").at(-1);
    throw new Error(`the plugin refused to start: ${critical ?? started.reason}`);
  }
  printLogs();

  let echo: ReturnType<typeof echoServer> | undefined;
  let upstream: URL;
  if (upstreamUrl) {
    upstream = upstreamUrl;
  } else {
    echo = echoServer();
    await listen(echo, upstreamPort, "--upstream-port");
    upstream = new URL(`http://127.0.0.1:${(echo.address() as AddressInfo).port}`);
  }
  const header = (JSON.parse(config || "{}") as { tracking_header?: string }).tracking_header?.toLowerCase() ?? "x-request-id";
  const proxy = new LocalProxy({ vm, upstream, port, trackingHeader: header, log: (line) => { printLogs(); console.log(line); } });
  const listening = await proxy.listen().catch((e: NodeJS.ErrnoException) => {
    throw new Error(e.code === "EADDRINUSE" ? `port ${port} is already in use: pass --port with a free one` : `cannot listen on port ${port}: ${e.message}`);
  });
  const ticker = setInterval(() => { vm.tick(); printLogs(); }, 1000);
  console.log(`request-tracker proxy on http://127.0.0.1:${listening} -> ${upstream.origin}${echo ? " (echo upstream)" : ""}`);
  console.log(`try: curl -i http://127.0.0.1:${listening}/anything`);

  const shutdown = async (signal: string) => {
    clearInterval(ticker);
    await proxy.close();
    echo?.closeAllConnections();
    await new Promise<void>((resolve) => (echo ? echo.close(() => resolve()) : resolve()));
    vm.stop();
    printLogs();
    console.log(`stopped on ${signal}`);
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((e: Error) => {
  console.error(`start: ${e.message}`);
  process.exit(1);
});
