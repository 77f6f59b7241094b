// The release image: the plugin built from the Dockerfile with the machine's builder and
// labelled with the package version and git revision, pushed as an image or as the
// two-layer Wasm artifact.

import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { ROOT_IDS } from "../../assembly/names.ts";
import { ensureBuilt, RELEASE_OUTPUT } from "../build/compile.ts";
import { pushArtifact, wasmArtifact } from "./artifact.ts";
import { type Builder, buildImage, detectBuilder, pushImage } from "./image-builder.ts";
import { formatReference, type ImageReference } from "./reference.ts";
import type { Credentials } from "./registry.ts";

export interface ReleaseOptions {
  ref: ImageReference;
  version: string;
  /** buildah/podman only: a private storage directory. */
  storageDir?: string;
  insecure?: boolean;
  credentials?: Credentials;
  /** Each registry call, and a builder's whole push, may take this long. */
  timeoutMs?: number;
  /** Says what a long step is doing (the commands pass one on a terminal). */
  progress?: (line: string) => void;
}

function revision(): string {
  try {
    return execFileSync("git", ["rev-parse", "HEAD"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "unknown";
  }
}

/** Builds the plugin (if stale) and its image; returns the builder used. */
export async function buildReleaseImage(options: ReleaseOptions): Promise<Builder> {
  await ensureBuilt();
  const builder = await detectBuilder();
  options.progress?.(`building ${formatReference(options.ref)} with ${builder}...`);
  await buildImage(builder, {
    ref: formatReference(options.ref),
    storageDir: options.storageDir,
    buildArgs: { VERSION: options.version, REVISION: revision() },
  });
  return builder;
}

/** Builds and pushes the image; returns its manifest digest. */
export async function pushReleaseImage(options: ReleaseOptions): Promise<string> {
  const builder = await buildReleaseImage(options);
  options.progress?.(`pushing ${formatReference(options.ref)} with ${builder}...`);
  return pushImage(builder, {
    ref: formatReference(options.ref),
    insecure: options.insecure,
    credentials: options.credentials,
    storageDir: options.storageDir,
    timeoutMs: options.timeoutMs,
  });
}

/** Pushes the two-layer Wasm artifact; returns its manifest digest. */
export async function pushReleaseArtifact(options: ReleaseOptions): Promise<string> {
  await ensureBuilt();
  options.progress?.(`pushing the Wasm artifact ${formatReference(options.ref)}...`);
  return pushArtifact(options.ref, wasmArtifact(await readFile(RELEASE_OUTPUT), ROOT_IDS), {
    insecure: options.insecure,
    credentials: options.credentials,
    timeoutMs: options.timeoutMs,
  });
}

/** The package version, the image's default tag. */
export async function packageVersion(): Promise<string> {
  return (JSON.parse(await readFile(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;
}
