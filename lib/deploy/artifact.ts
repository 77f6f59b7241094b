// The two-layer Wasm artifact (solo-io Wasm image spec, "oci" variant): a runtime config
// layer and the raw module, for registries and tools that prefer it to an image.

import type { ImageReference } from "./reference.ts";
import { MediaType, Registry, type RegistryOptions, sha256Digest } from "./registry.ts";

export interface Artifact {
  blobs: Buffer[];
  manifest: Buffer;
}

/** Builds the artifact: byte-for-byte the same for the same module and root ids. */
export function wasmArtifact(wasm: Uint8Array, rootIds: string[]): Artifact {
  const config = Buffer.from(JSON.stringify({ type: "envoy_proxy", abiVersions: ["v0.2.1"], config: { root_ids: rootIds } }));
  const module = Buffer.from(wasm);
  const describe = (mediaType: string, bytes: Buffer, title: string) => ({
    mediaType,
    digest: sha256Digest(bytes),
    size: bytes.length,
    annotations: { "org.opencontainers.image.title": title },
  });
  const manifest = {
    schemaVersion: 2,
    mediaType: MediaType.OciManifest,
    config: { mediaType: MediaType.WasmConfig, digest: sha256Digest(config), size: config.length },
    layers: [describe(MediaType.WasmConfig, config, "runtime-config.json"), describe(MediaType.WasmContent, module, "plugin.wasm")],
  };
  return { blobs: [config, module], manifest: Buffer.from(JSON.stringify(manifest)) };
}

/** Pushes the artifact under ref's tag; returns the manifest digest. */
export async function pushArtifact(ref: ImageReference, artifact: Artifact, options: RegistryOptions): Promise<string> {
  const registry = new Registry(ref.registry, options);
  for (const blob of artifact.blobs) await registry.pushBlob(ref.repository, blob);
  if (!ref.tag) throw new Error(`${ref.registry}/${ref.repository}: the artifact is pushed under a tag, and none was given`);
  return registry.pushManifest(ref.repository, ref.tag, artifact.manifest, MediaType.OciManifest);
}
