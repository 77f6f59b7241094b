// The deploy path against real parts on loopback: a real registry (docker-registry), the real
// Dockerfile built by a real builder (buildah), pushed by `npm run push`, pulled back the way
// Istio's agent does, and pinned by `npm run manifest`.

import assert from "node:assert/strict";
import { chmod, copyFile, mkdir, mkdtemp, readFile, rm, utimes } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { gunzipSync, gzipSync } from "node:zlib";
import tar from "tar-stream";
import { buildImage, pushImage } from "../../lib/deploy/image-builder.ts";
import { fetchLikeIstio } from "../../lib/deploy/istio-fetch.ts";
import { parseReference } from "../../lib/deploy/reference.ts";
import { MediaType, Registry, sha256Digest } from "../../lib/deploy/registry.ts";
import { loadValidator } from "../../lib/deploy/validate.ts";
import { parseWasmPluginYaml } from "../../lib/deploy/wasmplugin.ts";
import { runCommand } from "../support/commands.ts";
import { type RunningRegistry, requireTool, skipWithoutTools, startRegistry } from "../support/registry-server.ts";

const run = runCommand;
const push = (args: string[], env?: Record<string, string>) => run("bin/push.ts", args, env);

describe("deploy path", { skip: skipWithoutTools() }, () => {
  let registry: RunningRegistry;
  let storage: string;
  let plugin: Buffer;

  before(async () => {
    requireTool("buildah", "buildah");
    registry = await startRegistry();
    storage = await mkdtemp(join(tmpdir(), "request-tracker-buildah-"));
    plugin = await readFile("build/plugin.wasm");
  });

  after(async () => {
    await registry?.stop();
    if (storage) await rm(storage, { recursive: true, force: true });
  });

  async function tarEntries(layer: Buffer): Promise<string[]> {
    const names: string[] = [];
    const extract = tar.extract();
    const done = new Promise<void>((resolve, reject) => {
      extract.on("entry", (header, stream, next) => {
        names.push(header.name);
        stream.on("end", next);
        stream.resume();
      });
      extract.on("finish", resolve);
      extract.on("error", reject);
    });
    extract.end(gunzipSync(layer));
    await done;
    return names;
  }

  describe("the image", () => {
    let pushed: string;

    test("npm run push builds the Dockerfile with buildah, pushes it, and prints the reference with its digest", async () => {
      const result = await push(["--registry", registry.host, "--insecure", "--tag", "1.0.0", "--storage", storage]);
      assert.equal(result.code, 0, result.stderr);
      pushed = result.stdout.trim();
      assert.match(pushed, new RegExp(`^${registry.host.replace(/\./g, "\\.")}/request-tracker:1\\.0\\.0@sha256:[a-f0-9]{64}$`));
    });

    test("Istio's agent gets back exactly build/plugin.wasm, and the digest it compares is the pushed one", async () => {
      const [name, digest] = pushed.split("@");
      const fetched = await fetchLikeIstio(parseReference(name), { insecure: true });
      assert.equal(fetched.format, "oci-image");
      assert.ok(fetched.wasm.equals(plugin), "the module in the image differs from build/plugin.wasm");
      assert.equal(`sha256:${fetched.manifestDigest}`, digest);
    });

    test("the image is FROM scratch: one layer holding plugin.wasm only, with OCI labels", async () => {
      const ref = parseReference(pushed);
      const client = new Registry(ref.registry, { insecure: true });
      const digest = ref.digest ?? assert.fail(`no digest in ${pushed}`);
      const { bytes } = await client.getManifest(ref.repository, digest, [MediaType.OciManifest, MediaType.DockerManifest]);
      const manifest = JSON.parse(bytes.toString()) as { config: { digest: string }; layers: { digest: string; size: number }[] };
      assert.equal(manifest.layers.length, 1);
      assert.deepEqual(await tarEntries(await client.getBlob(ref.repository, manifest.layers[0].digest)), ["plugin.wasm"]);
      const config = JSON.parse((await client.getBlob(ref.repository, manifest.config.digest)).toString()) as {
        config: { Labels: Record<string, string> };
      };
      const labels = config.config.Labels;
      const version = (JSON.parse(await readFile("package.json", "utf8")) as { version: string }).version;
      assert.equal(labels["org.opencontainers.image.version"], version);
      assert.equal(labels["org.opencontainers.image.licenses"], "Apache-2.0");
      assert.match(labels["org.opencontainers.image.revision"], /^([a-f0-9]{40}|unknown)$/);
      assert.match(labels["org.opencontainers.image.source"], /^https:\/\//);
    });

    test("the same source builds the same image digest", async () => {
      const again = await push(["--registry", registry.host, "--insecure", "--tag", "1.0.0-again", "--storage", storage]);
      assert.equal(again.code, 0, again.stderr);
      assert.equal(again.stdout.trim().split("@")[1], pushed.split("@")[1]);
    });

    test("the digest depends on the content only: file modes 0600, 0644, 0664, 0755 and any mtime give one digest", async () => {
      const digests = new Set<string>();
      for (const [i, mode] of [0o600, 0o644, 0o664, 0o755].entries()) {
        const context = await mkdtemp(join(tmpdir(), "request-tracker-context-"));
        try {
          await mkdir(join(context, "build"));
          await copyFile("Dockerfile", join(context, "Dockerfile"));
          const wasm = join(context, "build", "plugin.wasm");
          await copyFile("build/plugin.wasm", wasm);
          await chmod(wasm, mode);
          await utimes(wasm, 1_000_000 + i * 86_400, 1_000_000 + i * 86_400);
          const ref = `${registry.host}/modes:${mode.toString(8)}`;
          await buildImage("buildah", { ref, contextDir: context, storageDir: storage, buildArgs: { VERSION: "1", REVISION: "r" } });
          digests.add(await pushImage("buildah", { ref, insecure: true, storageDir: storage }));
        } finally {
          await rm(context, { recursive: true, force: true });
        }
      }
      assert.equal(digests.size, 1, [...digests].join(" "));
    });

    test("npm run manifest pins the URL's tag and sets sha256 to the manifest digest, asking the registry when not told", async () => {
      const [name, digest] = pushed.split("@");
      for (const image of [pushed, name]) {
        const result = await run("bin/manifest.ts", ["--image", image, "--insecure"]);
        assert.equal(result.code, 0, result.stderr);
        const { plugin: rendered } = parseWasmPluginYaml(result.stdout);
        assert.equal(rendered.spec.url, `oci://${name}`);
        assert.equal(rendered.spec.sha256, digest.slice("sha256:".length));
        assert.deepEqual(loadValidator().validate(rendered), []);
        assert.match(result.stdout, /# A tracking header must never take traffic down/, "comments are kept");
      }
    });
  });

  describe("the two-layer Wasm artifact", () => {
    test("npm run push --artifact publishes it, and Istio's agent reads the module from it", async () => {
      const result = await push(["--registry", registry.host, "--insecure", "--tag", "artifact", "--artifact"]);
      assert.equal(result.code, 0, result.stderr);
      const [name, digest] = result.stdout.trim().split("@");
      const fetched = await fetchLikeIstio(parseReference(name), { insecure: true });
      assert.equal(fetched.format, "wasm-artifact");
      assert.ok(fetched.wasm.equals(plugin));
      assert.equal(`sha256:${fetched.manifestDigest}`, digest);
      const rendered = await run("bin/manifest.ts", ["--image", name, "--insecure"]);
      assert.equal(parseWasmPluginYaml(rendered.stdout).plugin.spec.sha256, fetched.manifestDigest);
    });

    test("a re-pushed tag gets a new digest, which the pinned manifest no longer matches", async () => {
      const ref = parseReference(`${registry.host}/request-tracker:moving`);
      const client = new Registry(ref.registry, { insecure: true });
      const publish = async (wasm: Buffer) => {
        const config = Buffer.from("{}");
        await client.pushBlob(ref.repository, config);
        await client.pushBlob(ref.repository, wasm);
        const manifest = Buffer.from(
          JSON.stringify({
            schemaVersion: 2,
            mediaType: MediaType.OciManifest,
            config: { mediaType: MediaType.WasmConfig, digest: sha256Digest(config), size: config.length },
            layers: [
              { mediaType: MediaType.WasmConfig, digest: sha256Digest(config), size: config.length },
              { mediaType: MediaType.WasmContent, digest: sha256Digest(wasm), size: wasm.length },
            ],
          }),
        );
        return client.pushManifest(ref.repository, "moving", manifest, MediaType.OciManifest);
      };
      const first = await publish(plugin);
      const pinned = await run("bin/manifest.ts", ["--image", `${registry.host}/request-tracker:moving`, "--insecure"]);
      const pinnedSha = parseWasmPluginYaml(pinned.stdout).plugin.spec.sha256;
      assert.equal(pinnedSha, first.slice(7));
      const tampered = Buffer.concat([plugin, Buffer.from([0])]);
      const second = await publish(tampered);
      assert.notEqual(second, first);
      const now = await fetchLikeIstio(ref, { insecure: true });
      assert.notEqual(now.manifestDigest, pinnedSha, "the proxy compares spec.sha256 with this and refuses the module");
    });
  });

  describe("what Istio's agent refuses", () => {
    async function publish(tag: string, mediaType: string, layers: { mediaType: string; bytes: Buffer }[]): Promise<void> {
      const client = new Registry(registry.host, { insecure: true });
      const config = Buffer.from("{}");
      await client.pushBlob("refused/plugin", config);
      for (const layer of layers) await client.pushBlob("refused/plugin", layer.bytes);
      const manifest = Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType,
          config: { mediaType: MediaType.OciConfig, digest: sha256Digest(config), size: config.length },
          layers: layers.map((l) => ({ mediaType: l.mediaType, digest: sha256Digest(l.bytes), size: l.bytes.length })),
        }),
      );
      await client.pushManifest("refused/plugin", tag, manifest, mediaType);
    }

    const fetchTag = (tag: string) => fetchLikeIstio(parseReference(`${registry.host}/refused/plugin:${tag}`), { insecure: true });

    test("the CNCF single-layer application/wasm artifact", async () => {
      await publish("cncf", MediaType.OciManifest, [{ mediaType: "application/wasm", bytes: plugin }]);
      await assert.rejects(fetchTag("cncf"), /number of layers must be 2 but got 1/);
    });

    test("a zstd-compressed layer", async () => {
      await publish("zstd", MediaType.OciManifest, [{ mediaType: "application/vnd.oci.image.layer.v1.tar+zstd", bytes: plugin }]);
      await assert.rejects(fetchTag("zstd"), /number of layers must be 2/);
    });

    test("an image whose last layer has no plugin.wasm, and a module without the Wasm magic number", async () => {
      const pack = async (name: string, content: Buffer) => {
        const pack = tar.pack();
        pack.entry({ name }, content);
        pack.finalize();
        const chunks: Buffer[] = [];
        for await (const chunk of pack) chunks.push(chunk as Buffer);
        return gzipSync(Buffer.concat(chunks));
      };
      await publish("noplugin", MediaType.OciManifest, [{ mediaType: MediaType.OciLayer, bytes: await pack("filter.wasm", plugin) }]);
      await assert.rejects(fetchTag("noplugin"), /plugin\.wasm not found in the archive/);
      await publish("notwasm", MediaType.DockerManifest, [
        { mediaType: MediaType.DockerLayer, bytes: await pack("x/plugin.wasm", Buffer.from("#!/bin/sh")) },
      ]);
      await assert.rejects(fetchTag("notwasm"), /does not start with the Wasm magic number/);
    });
  });

  describe("a registry with basic auth", () => {
    let secured: RunningRegistry;
    before(async () => {
      secured = await startRegistry({ username: "pusher", password: "s3cret-pass" });
    });
    after(async () => secured?.stop());

    test("the right credentials push; wrong or missing ones are refused in one line without the secret", async () => {
      const args = ["--registry", secured.host, "--insecure", "--artifact", "--username", "pusher"];
      const ok = await push(args, { REGISTRY_PASSWORD: "s3cret-pass" });
      assert.equal(ok.code, 0, ok.stderr);
      assert.match(ok.stdout.trim(), /@sha256:[a-f0-9]{64}$/);

      const wrong = await push(args, { REGISTRY_PASSWORD: "wrong-password" });
      assert.equal(wrong.code, 1);
      assert.equal(wrong.stderr.trim().split("\n").length, 1, wrong.stderr);
      assert.match(wrong.stderr, /^push: .*unauthorized/);
      assert.ok(!wrong.stderr.includes("wrong-password"), "the secret is printed");

      const missing = await push(["--registry", secured.host, "--insecure", "--artifact"]);
      assert.equal(missing.code, 1);
      assert.match(missing.stderr.trim(), /^push: .*unauthorized/);
    });

    test("buildah pushes the image with the right credentials and is refused with wrong ones", async () => {
      const args = ["--registry", secured.host, "--insecure", "--storage", storage, "--username", "pusher"];
      const ok = await push(args, { REGISTRY_PASSWORD: "s3cret-pass" });
      assert.equal(ok.code, 0, ok.stderr);
      const wrong = await push(args, { REGISTRY_PASSWORD: "not-it-at-all" });
      assert.equal(wrong.code, 1);
      assert.equal(wrong.stderr.trim().split("\n").length, 1, wrong.stderr);
      assert.match(wrong.stderr, /unauthorized/i);
      assert.ok(!wrong.stderr.includes("not-it-at-all"));
    });
  });
});
