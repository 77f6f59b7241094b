// A real registry (Debian's docker-registry, the CNCF distribution server) on 127.0.0.1 with
// throw-away storage, optionally behind htpasswd basic auth. Tests start it and stop it.

import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface RunningRegistry {
  host: string;
  dir: string;
  stop(): Promise<void>;
}

function installed(command: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** Fails (never skips) when CI=true and the tool is missing; elsewhere says how to install it. */
export function requireTool(command: string, debianPackage: string): void {
  if (!installed(command)) throw new Error(`${command} is not installed: apt-get install -y ${debianPackage} (.ci/run does)`);
}

/** Tools and their Debian packages that the deploy tests run. */
export const DEPLOY_TOOLS: Record<string, string> = { "docker-registry": "docker-registry", buildah: "buildah", htpasswd: "apache2-utils" };

/**
 * Why deploy tests cannot run here, for `describe(..., { skip })`; false when they can. Under
 * CI=true it is always false, so a missing tool fails the tests instead of hiding them.
 */
export function skipWithoutTools(tools: Record<string, string> = DEPLOY_TOOLS): string | false {
  if (process.env.CI === "true") return false;
  const missing = Object.entries(tools).filter(([command]) => !installed(command));
  if (missing.length === 0) return false;
  return `needs ${missing.map(([c]) => c).join(", ")}: apt-get install -y ${[...new Set(missing.map(([, p]) => p))].join(" ")}`;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startRegistry(auth?: { username: string; password: string }): Promise<RunningRegistry> {
  requireTool("docker-registry", "docker-registry");
  const dir = await mkdtemp(join(tmpdir(), "request-tracker-registry-"));
  const port = await freePort();
  const config = [
    "version: 0.1",
    "log:",
    "  level: error",
    "  accesslog:",
    "    disabled: true",
    "storage:",
    "  filesystem:",
    `    rootdirectory: ${join(dir, "data")}`,
    "  delete:",
    "    enabled: true",
    "http:",
    `  addr: 127.0.0.1:${port}`,
    `  secret: ${randomBytes(16).toString("hex")}`,
    "  draintimeout: 1s",
  ];
  if (auth) {
    requireTool("htpasswd", "apache2-utils");
    const htpasswd = execFileSync("htpasswd", ["-Bbn", auth.username, auth.password], { encoding: "utf8" });
    await writeFile(join(dir, "htpasswd"), htpasswd);
    config.push("auth:", "  htpasswd:", "    realm: test-registry", `    path: ${join(dir, "htpasswd")}`);
  }
  await writeFile(join(dir, "config.yml"), `${config.join("\n")}\n`);
  const child: ChildProcess = spawn("docker-registry", ["serve", join(dir, "config.yml")], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (c) => (stderr += c));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const host = `127.0.0.1:${port}`;
  const stop = async () => {
    child.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null) child.kill("SIGKILL");
    await rm(dir, { recursive: true, force: true });
  };
  // Poll /v2/ until it answers (200, or 401 behind auth), for at most 10 s.
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) break;
    const status = await fetch(`http://${host}/v2/`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200 || status === 401) return { host, dir, stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`docker-registry did not start on ${host}: ${stderr.trim().split("\n").at(-1) ?? "no output"}`);
}
