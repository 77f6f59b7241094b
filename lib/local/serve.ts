// npm start's session: the plugin loaded in the host with a configuration, a local proxy in
// front of an upstream (by default the built-in echo server), ticks every second, plugin
// log lines printed as they come, and a clean stop.

import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { DEFAULT_HEADER } from "../../assembly/names.ts";
import { envoyLogLine, type LogLevelName, startPlugin } from "../../host/index.ts";
import { ensureBuilt, RELEASE_OUTPUT } from "../build/compile.ts";
import { echoServer } from "./echo.ts";
import { terminalSafe } from "./printable.ts";
import { LocalProxy } from "./proxy.ts";

export interface ServeOptions {
  port: number;
  /** An upstream to forward to; without it, the echo server on `echoPort`. */
  upstream?: URL;
  echoPort: number;
  /** The plugin configuration and root id, as Envoy hands them over. */
  config: string;
  rootId: string;
  failOpen: boolean;
  logLevel: LogLevelName;
  /** The proxy's limits (defaults: PROXY_LIMITS). */
  upstreamTimeoutMs?: number;
  maxRequests?: number;
  print: (line: string) => void;
}

export interface Session {
  url: string;
  upstream: URL;
  echo: boolean;
  stop(): Promise<void>;
}

/** Listens on 127.0.0.1, turning a busy port into a plain message. */
function listen(server: Server, port: number, option: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", (e: NodeJS.ErrnoException) =>
      reject(new Error(e.code === "EADDRINUSE" ? `port ${port} is already in use: pass ${option} with a free one` : e.message)),
    );
    server.listen(port, "127.0.0.1", () => resolve());
  });
}

/** The header the access log shows: the configuration's, else the default. */
function trackingHeader(config: string): string {
  try {
    const name = (JSON.parse(config || "{}") as { tracking_header?: unknown }).tracking_header;
    return typeof name === "string" ? name.toLowerCase() : DEFAULT_HEADER;
  } catch {
    return DEFAULT_HEADER;
  }
}

export async function serve(options: ServeOptions): Promise<Session> {
  await ensureBuilt();
  // As Envoy starts it (like envoy --concurrency 1): a canary copy vets the configuration, the
  // main thread and one worker get a copy each, and the worker's serves; so configure-time
  // lines appear three times, in Envoy's form.
  const plugin = await startPlugin(RELEASE_OUTPUT, options.config, {
    rootId: options.rootId,
    failOpen: options.failOpen,
    logLevel: options.logLevel,
  });
  const printLogs = () => {
    // The plugin's lines can quote a client's value: what a terminal would act on is escaped.
    for (const entry of plugin.process.logs.splice(0)) options.print(terminalSafe(envoyLogLine(entry)));
  };
  if (!plugin.ok) {
    const critical = plugin.process.logs.filter((l) => l.level === "critical").at(-1);
    throw new Error(`the plugin refused to start: ${critical?.message ?? plugin.reason}`);
  }
  const vm = plugin.workers[0];
  printLogs();

  let echo: Server | undefined;
  let upstream = options.upstream;
  if (!upstream) {
    echo = echoServer();
    await listen(echo, options.echoPort, "--upstream-port");
    upstream = new URL(`http://127.0.0.1:${(echo.address() as AddressInfo).port}`);
  }
  const proxy = new LocalProxy({
    vm,
    upstream,
    port: options.port,
    trackingHeader: trackingHeader(options.config),
    upstreamTimeoutMs: options.upstreamTimeoutMs,
    maxRequests: options.maxRequests,
    log: (line) => {
      printLogs();
      options.print(line);
    },
  });
  const port = await proxy.listen().catch((e: NodeJS.ErrnoException) => {
    throw new Error(
      e.code === "EADDRINUSE"
        ? `port ${options.port} is already in use: pass --port with a free one`
        : `cannot listen on port ${options.port}: ${e.message}`,
    );
  });
  const ticker = setInterval(() => {
    vm.tick();
    printLogs();
  }, 1000);

  return {
    url: `http://127.0.0.1:${port}`,
    upstream,
    echo: echo !== undefined,
    async stop() {
      clearInterval(ticker);
      await proxy.close();
      echo?.closeAllConnections();
      await new Promise<void>((resolve) => (echo ? echo.close(() => resolve()) : resolve()));
      vm.stop();
      printLogs();
    },
  };
}
