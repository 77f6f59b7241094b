// npm run image: builds the plugin image from the Dockerfile (docker, else buildah or podman).
// npm run push: builds and pushes it, or with --artifact the two-layer Wasm artifact, and
// prints the pushed reference with its manifest digest.
import { readFile } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import { parseArgs } from "node:util";
import { pushArtifact, wasmArtifact } from "../deploy/artifact.js";
import { buildImage, detectBuilder, pushImage } from "../deploy/image-builder.js";
import { formatReference, parseReference } from "../deploy/reference.js";
import { ensureBuilt, RELEASE_OUTPUT } from "./build.js";
import { CREDENTIAL_OPTIONS, credentialsFrom, runCli } from "./cli.js";

const ROOT_IDS = ["", "request-tracking"];

function revision(): string {
  try {
    return execFileSync("git", ["rev-parse", "HEAD"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "unknown";
  }
}

const command = process.argv[2] === "push" ? "push" : "image";
runCli(command, async () => {
  const pkg = JSON.parse(await readFile("package.json", "utf8")) as { version: string };
  const { values } = parseArgs({
    args: process.argv.slice(3),
    options: {
      registry: { type: "string" },
      repository: { type: "string", default: "request-tracking/request-tracker" },
      tag: { type: "string", default: pkg.version },
      artifact: { type: "boolean", default: false },
      storage: { type: "string" },
      ...CREDENTIAL_OPTIONS,
    },
  });
  if (command === "push" && !values.registry) {
    throw new Error("usage: npm run push -- --registry HOST[:PORT] [--repository R] [--tag T] [--artifact] [--insecure] " +
      "[--username U (password in REGISTRY_PASSWORD, or --password-stdin)] [--storage DIR]");
  }
  const ref = parseReference(`${values.registry ?? "localhost"}/${values.repository}:${values.tag}`);
  const name = formatReference(ref);
  await ensureBuilt();

  if (values.artifact) {
    if (command !== "push") throw new Error("--artifact goes with npm run push");
    const digest = await pushArtifact(ref, wasmArtifact(await readFile(RELEASE_OUTPUT), ROOT_IDS),
      { insecure: values.insecure, credentials: credentialsFrom(values) });
    console.log(`${name}@${digest}`);
    return;
  }

  const builder = await detectBuilder();
  await buildImage(builder, {
    ref: name,
    storageDir: values.storage,
    buildArgs: { VERSION: pkg.version, REVISION: revision() },
  });
  if (command === "image") {
    console.log(`built ${name} with ${builder}`);
    return;
  }
  const digest = await pushImage(builder, { ref: name, insecure: values.insecure, credentials: credentialsFrom(values), storageDir: values.storage });
  console.log(`${name}@${digest}`);
});
