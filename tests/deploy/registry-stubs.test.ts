// npm run manifest and npm run push against registries that misbehave, on loopback: one that
// never answers, one that sends a manifest too large, one whose token service answers HTML,
// one that echoes the credentials it gets back in its errors, one that refuses every request.
// Every failure is one line that names the registry and the step, and no secret is ever
// printed or left on disk.

import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { type Run, runCommand } from "../support/commands.ts";
import { skipWithoutTools } from "../support/registry-server.ts";

const PASSWORD = "s3cret-pass";
const BASIC = Buffer.from(`pusher:${PASSWORD}`).toString("base64");

type Mode = "hang" | "huge" | "huge-error" | "html-token" | "echo" | "locked";

/** A registry stub whose every answer follows `mode`. */
async function stub(mode: Mode): Promise<{ host: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = http.createServer((req, res) => {
    const host = req.headers.host;
    if (mode === "hang") return; // accepts, never answers
    if (mode === "huge") {
      res.writeHead(200, { "content-type": "application/vnd.oci.image.manifest.v1+json" });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < 5 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return res.once("drain", pump);
        }
        res.end("{}");
      };
      return pump();
    }
    if (mode === "huge-error") {
      // A refusal whose error document goes on for a megabyte.
      res.writeHead(403, { "content-type": "application/json" });
      return res.end(`{"errors":[{"code":"DENIED","message":"${"x".repeat(1024 * 1024)}"}]}`);
    }
    if (mode === "html-token") {
      if (req.url?.startsWith("/token")) {
        res.writeHead(200, { "content-type": "text/html" });
        return res.end("<html><body>Sign in</body></html>");
      }
      res.writeHead(401, { "www-authenticate": `Bearer realm="http://${host}/token",service="stub"` });
      return res.end();
    }
    // echo: the credentials come back in the error document, as some proxies do.
    const auth = req.headers.authorization;
    if (!auth || mode === "locked") {
      res.writeHead(401, { "www-authenticate": 'Basic realm="echo"', "content-type": "application/json" });
      return res.end('{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}');
    }
    const decoded = Buffer.from(auth.replace(/^Basic /, ""), "base64").toString();
    res.writeHead(400, { "content-type": "application/json" });
    res.end(JSON.stringify({ errors: [{ code: "DENIED", message: `you sent Authorization: ${auth} (that is ${decoded})` }] }));
  });
  server.on("connection", (s) => sockets.add(s));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    host: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const run = runCommand;

/** One line on stderr, non-zero exit, and none of the secrets. */
function oneCleanLine(result: Run, pattern: RegExp): void {
  assert.equal(result.code, 1, result.stderr);
  const lines = result.stderr.trim().split("\n");
  assert.equal(lines.length, 1, result.stderr);
  assert.match(lines[0], pattern);
  for (const secret of [PASSWORD, BASIC])
    assert.ok(!result.stderr.includes(secret) && !result.stdout.includes(secret), `printed: ${result.stderr}`);
}

describe("npm run manifest against registries that misbehave", () => {
  const stubs: Record<string, { host: string; close(): Promise<void> }> = {};
  before(async () => {
    for (const mode of ["hang", "huge", "huge-error", "html-token", "echo"] as Mode[]) stubs[mode] = await stub(mode);
  });
  after(async () => {
    for (const s of Object.values(stubs)) await s.close();
  });
  const manifest = (mode: Mode, ...args: string[]) => run("bin/manifest.ts", ["--image", `${stubs[mode].host}/x:1`, ...args]);

  test("a registry that never answers: a time-out naming the registry and the step", async () => {
    oneCleanLine(
      await manifest("hang", "--insecure", "--timeout", "1"),
      /^manifest: registry 127\.0\.0\.1:\d+ did not answer within 1 s while fetching manifest x:1 \(--timeout SECONDS waits longer\)$/,
    );
  });

  test("a manifest over 4 MiB is refused, not read into memory", async () => {
    oneCleanLine(
      await manifest("huge", "--insecure"),
      /fetching manifest x:1 on 127\.0\.0\.1:\d+: the response is more than the 4194304 bytes allowed/,
    );
  });

  test("an error document over 64 KiB is not read whole: one short line", async () => {
    const result = await manifest("huge-error", "--insecure");
    oneCleanLine(result, /^manifest: .*127\.0\.0\.1:\d+/);
    assert.ok(result.stderr.length < 1024, `${result.stderr.length} bytes on stderr`);
    // Past the limit the document is not read at all: nothing of it is quoted.
    assert.doesNotMatch(result.stderr, /DENIED/);
  });

  test("a token service that answers HTML says so", async () => {
    oneCleanLine(
      await manifest("html-token", "--insecure"),
      /getting a token from 127\.0\.0\.1:\d+ .*: the token service answered text\/html, not JSON/,
    );
  });

  test("a plain-HTTP registry without --insecure: the hint is shown", async () => {
    oneCleanLine(
      await manifest("echo"),
      /cannot reach registry 127\.0\.0\.1:\d+ while fetching manifest x:1: .*\(a plain-HTTP registry needs --insecure\)$/,
    );
  });

  test("a registry that echoes the credentials: none of them is printed", async () => {
    const withEnv = await run("bin/manifest.ts", ["--image", `${stubs.echo.host}/x:1`, "--insecure", "--username", "pusher"], {
      REGISTRY_PASSWORD: PASSWORD,
    });
    oneCleanLine(
      withEnv,
      /^manifest: fetching manifest x:1 on 127\.0\.0\.1:\d+ failed: HTTP 400 \(DENIED you sent Authorization: \*\*\* \(that is pusher:\*\*\*\)\)$/,
    );
  });

  test("--timeout must be a whole number of seconds", async () => {
    oneCleanLine(await manifest("hang", "--timeout", "soon"), /^manifest: --timeout must be a whole number from 1 to 3600, got "soon"$/);
  });

  test("on a terminal, the lookup says what it is waiting for", async () => {
    const command = `${process.execPath} --import tsx bin/manifest.ts --image ${stubs.hang.host}/x:1 --insecure --timeout 1`;
    const result = await new Promise<string>((resolve) => {
      const child = spawn("script", ["-qec", command, "/dev/null"], { stdio: ["ignore", "pipe", "pipe"] });
      let out = "";
      child.stdout.on("data", (c) => (out += c));
      child.on("exit", () => resolve(out));
    });
    assert.match(result, /asking 127\.0\.0\.1:\d+ for the manifest digest of x:1\.\.\./);
  });
});

describe("npm run push against registries that misbehave", { skip: skipWithoutTools() }, () => {
  const stubs: Record<string, { host: string; close(): Promise<void> }> = {};
  let storage: string;
  let runtime: string;
  before(async () => {
    for (const mode of ["hang", "echo", "locked"] as Mode[]) stubs[mode] = await stub(mode);
    storage = await mkdtemp(join(tmpdir(), "request-tracker-buildah-"));
    runtime = await mkdtemp(join(tmpdir(), "request-tracker-runtime-"));
  });
  after(async () => {
    for (const s of Object.values(stubs)) await s.close();
    await rm(storage, { recursive: true, force: true });
    await rm(runtime, { recursive: true, force: true });
  });
  const push = (mode: Mode, args: string[], onStart?: (kill: (s: NodeJS.Signals) => void) => void) =>
    run(
      "bin/push.ts",
      ["--registry", stubs[mode].host, "--insecure", "--storage", storage, "--username", "pusher", ...args],
      { REGISTRY_PASSWORD: PASSWORD, XDG_RUNTIME_DIR: runtime },
      onStart,
    );

  test("the artifact push to a registry that echoes credentials prints none of them", async () => {
    oneCleanLine(await push("echo", ["--artifact"]), /^push: .*failed: HTTP 400 \(DENIED you sent Authorization: \*\*\*/);
  });

  test("buildah's push to a registry that echoes credentials prints none of them, and leaves no auth file", async () => {
    const result = await push("echo", []);
    assert.equal(result.code, 1);
    assert.equal(result.stderr.trim().split("\n").length, 1, result.stderr);
    for (const secret of [PASSWORD, BASIC]) assert.ok(!result.stderr.includes(secret), result.stderr);
    assert.deepEqual(await readdir(runtime), []);
  });

  test("buildah's push to a registry that never answers stops at --timeout, naming the registry and the step", async () => {
    const result = await push("hang", ["--timeout", "3"]);
    oneCleanLine(
      result,
      /^push: buildah push did not finish within 3 s while pushing request-tracker:\d+\.\d+\.\d+ to registry 127\.0\.0\.1:\d+ \(--timeout SECONDS waits longer\)$/,
    );
    assert.deepEqual(await readdir(runtime), []);
  });

  test("buildah's push without credentials to a registry that wants them says to give them", async () => {
    const result = await run("bin/push.ts", ["--registry", stubs.locked.host, "--insecure", "--storage", storage], {
      XDG_RUNTIME_DIR: runtime,
    });
    oneCleanLine(result, /^push: buildah push failed: the registry wants credentials \(.*\): pass --username USER with REGISTRY_PASSWORD$/);
  });

  /** Processes whose command line names `text` (buildah's names the auth file's directory). */
  const processesNaming = async (text: string) => {
    const found: string[] = [];
    for (const pid of (await readdir("/proc")).filter((p) => /^\d+$/.test(p))) {
      const cmdline = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "");
      if (cmdline.includes(text)) found.push(cmdline.replace(/\0/g, " "));
    }
    return found;
  };

  for (const [signal, code] of [
    ["SIGINT", 130],
    ["SIGTERM", 143],
    ["SIGHUP", 129],
    ["SIGQUIT", 131],
  ] as const) {
    test(`a push interrupted with ${signal} removes its auth file, stops buildah and exits ${code}`, async () => {
      let sawAuthFile = false;
      const result = await push("hang", ["--timeout", "60"], (kill) => {
        const poll = setInterval(async () => {
          const dirs = await readdir(runtime).catch(() => [] as string[]);
          for (const dir of dirs) {
            if ((await readdir(join(runtime, dir)).catch(() => [] as string[])).includes("auth.json")) {
              sawAuthFile = true;
              clearInterval(poll);
              kill(signal);
            }
          }
        }, 50);
        setTimeout(() => clearInterval(poll), 60_000).unref();
      });
      assert.ok(sawAuthFile, "the push never wrote its auth file");
      assert.equal(result.code, code, result.stderr);
      assert.deepEqual(await readdir(runtime), [], "the private directory is left behind");
      // buildah got SIGTERM as the push went; give it at most 10 s to be gone.
      let left = await processesNaming(runtime);
      for (let i = 0; i < 200 && left.length > 0; i++) {
        await new Promise((r) => setTimeout(r, 50));
        left = await processesNaming(runtime);
      }
      assert.deepEqual(left, [], "buildah outlived the push");
    });
  }
});
