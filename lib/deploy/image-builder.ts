// Builds and pushes the plugin image from the project's Dockerfile with whatever the machine
// has: buildah or podman (no daemon needed, and their --timestamp 0 makes the digest depend
// on the commit alone), otherwise docker when its daemon answers.

import { type ChildProcess, execFile, spawn } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { scrub } from "../cli/secrets.ts";
import { withPrivateDir } from "./private-dir.ts";
import { type Credentials, DEFAULT_TIMEOUT_MS } from "./registry.ts";

const run = promisify(execFile);

export type Builder = "docker" | "buildah" | "podman";

export interface BuildOptions {
  /** The full reference to tag the image with, registry/repository:tag. */
  ref: string;
  contextDir?: string;
  dockerfile?: string;
  buildArgs?: Record<string, string>;
  /** buildah/podman only: a private storage directory (vfs driver), e.g. for tests and CI. */
  storageDir?: string;
}

export interface PushOptions {
  ref: string;
  insecure?: boolean;
  credentials?: Credentials;
  storageDir?: string;
  /** The whole push may take this long (default 60 s); then the builder is stopped. */
  timeoutMs?: number;
}

async function succeeds(command: string, args: string[]): Promise<boolean> {
  try {
    await run(command, args, { timeout: 10_000 });
    return true;
  } catch {
    return false;
  }
}

/** buildah, else podman, else docker if its daemon answers; throws when there is none. */
export async function detectBuilder(): Promise<Builder> {
  if (await succeeds("buildah", ["--version"])) return "buildah";
  if (await succeeds("podman", ["--version"])) return "podman";
  if (await succeeds("docker", ["info", "--format", "{{.ServerVersion}}"])) return "docker";
  throw new Error("no image builder found: install buildah or podman (or docker, with a running daemon)");
}

function storageArgs(builder: Builder, storageDir?: string): string[] {
  if (builder === "docker" || !storageDir) return [];
  return ["--root", join(storageDir, "storage"), "--runroot", join(storageDir, "run"), "--storage-driver", "vfs"];
}

interface ExecOptions {
  input?: string;
  timeoutMs?: number;
  /** What the command does and with whom, for the time-out message: "pushing X to registry Y". */
  step?: string;
  /** Whether credentials were given, for what a refusal says. */
  credentials?: boolean;
  /** Told the child once it runs, so a signal handler can stop it. */
  started?: (child: ChildProcess) => void;
  env?: NodeJS.ProcessEnv;
}

/** Runs a command; on failure throws its last meaningful stderr line, scrubbed of every secret. */
async function exec(command: string, args: string[], options: ExecOptions = {}): Promise<string> {
  const action = args.find((a) => ["build", "push", "login"].includes(a)) ?? args[0];
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["pipe", "pipe", "pipe"], env: options.env ?? process.env });
    options.started?.(child);
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    const timer = options.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          child.kill("SIGTERM");
          setTimeout(() => child.kill("SIGKILL"), 2000).unref();
        }, options.timeoutMs)
      : undefined;
    child.stdout.on("data", (c) => (stdout += c));
    child.stderr.on("data", (c) => (stderr += c));
    child.on("error", (e) => reject(new Error(scrub(`${command}: ${e.message}`))));
    child.on("close", (code) => {
      clearTimeout(timer);
      if (timedOut) {
        const seconds = Math.round((options.timeoutMs ?? 0) / 1000);
        const step = options.step ? ` while ${options.step}` : "";
        // Only a push takes --timeout; a build's limit is fixed.
        const hint = options.step ? " (--timeout SECONDS waits longer)" : "";
        return reject(new Error(`${command} ${action} did not finish within ${seconds} s${step}${hint}`));
      }
      if (code === 0) return resolve(stdout);
      let line = scrub(
        stderr
          .trim()
          .split("\n")
          .filter((l) => l.trim())
          .at(-1) ?? `exit code ${code}`,
      );
      line = line.replace(/^(Error|error):\s*/, "");
      // A refused login is the common case; say it plainly instead of the tool's blob-level detail.
      const refused = /(unauthorized|authentication required|denied)[^"]*$/i.exec(line);
      const hint = /server gave HTTP response to HTTPS client/.test(line) ? " (a plain-HTTP registry needs --insecure)" : "";
      const refusal = options.credentials
        ? `the registry refused the credentials (${refused?.[0].trim()})`
        : `the registry wants credentials (${refused?.[0].trim()}): pass --username USER with REGISTRY_PASSWORD`;
      reject(new Error(`${command} ${action} failed: ${refused ? refusal : line}${hint}`));
    });
    child.stdin.on("error", () => undefined);
    child.stdin.end(options.input ?? "");
  });
}

export async function buildImage(builder: Builder, options: BuildOptions): Promise<void> {
  const args = ["build", ...(builder === "docker" ? [] : ["--isolation", "chroot", "--timestamp", "0"])];
  for (const [name, value] of Object.entries(options.buildArgs ?? {})) args.push("--build-arg", `${name}=${value}`);
  args.push("-f", options.dockerfile ?? "Dockerfile", "-t", options.ref, options.contextDir ?? ".");
  await exec(builder, [...storageArgs(builder, options.storageDir), ...args], { timeoutMs: 600_000 });
}

/** Pushes a built image; returns the manifest digest (sha256:...). */
export async function pushImage(builder: Builder, options: PushOptions): Promise<string> {
  const registryHost = options.ref.split("/")[0];
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const step = `pushing ${options.ref.slice(registryHost.length + 1)} to registry ${registryHost}`;
  const credentials = options.credentials !== undefined;
  // Told the builder's process once it runs, so that a signal stops it.
  let child: ChildProcess | undefined;
  const started = (c: ChildProcess) => {
    child = c;
  };
  if (builder === "docker") {
    // docker login writes the credentials into its config directory: a private one, removed after.
    return withPrivateDir(
      "request-tracker-docker-",
      async (dir) => {
        const env = { ...process.env, DOCKER_CONFIG: dir };
        if (options.credentials) {
          await exec("docker", ["login", "--username", options.credentials.username, "--password-stdin", registryHost], {
            input: options.credentials.password,
            timeoutMs,
            step: `logging in to registry ${registryHost}`,
            credentials,
            env,
            started,
          });
        }
        const out = await exec("docker", ["push", options.ref], { timeoutMs, step, credentials, env, started });
        const digest = /digest: (sha256:[a-f0-9]{64})/.exec(out)?.[1];
        if (!digest) throw new Error("docker push did not report a digest");
        return digest;
      },
      () => child?.kill("SIGTERM"),
    );
  }
  // Credentials go through an auth file in a private directory, never the command line.
  return withPrivateDir(
    "request-tracker-push-",
    async (dir) => {
      const digestFile = join(dir, "digest");
      const args = [...storageArgs(builder, options.storageDir), "push", "--digestfile", digestFile];
      if (options.insecure) args.push("--tls-verify=false");
      if (options.credentials) {
        const authFile = join(dir, "auth.json");
        const auth = Buffer.from(`${options.credentials.username}:${options.credentials.password}`).toString("base64");
        await writeFile(authFile, JSON.stringify({ auths: { [registryHost]: { auth } } }), { mode: 0o600 });
        args.push("--authfile", authFile);
      }
      args.push(options.ref, `docker://${options.ref}`);
      await exec(builder, args, { timeoutMs, step, credentials, started });
      return (await readFile(digestFile, "utf8")).trim();
    },
    () => child?.kill("SIGTERM"),
  );
}
