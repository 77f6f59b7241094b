// Fetches a plugin from a registry the way Istio's agent does for oci:// URLs
// (istio/istio pkg/wasm/imagefetcher.go): the manifest, then either the last layer of a
// Docker or OCI image (a gzipped tar holding plugin.wasm) or the wasm layer of the two-layer
// Wasm artifact. Anything else is refused, as the agent would.

import { basename } from "node:path";
import { Readable } from "node:stream";
import { gunzipSync } from "node:zlib";
import tar from "tar-stream";
import type { ImageReference } from "./reference.ts";
import { type ImageManifest, MediaType, Registry, type RegistryOptions } from "./registry.ts";

export interface FetchedPlugin {
  wasm: Buffer;
  /** The manifest digest, hex only: what WasmPlugin spec.sha256 is compared with. */
  manifestDigest: string;
  format: "docker-image" | "oci-image" | "wasm-artifact";
}

const WASM_MAGIC = Buffer.from([0x00, 0x61, 0x73, 0x6d]);

/** The first tar entry whose base name is plugin.wasm, as the agent looks for it. */
export async function pluginFromTarGz(layer: Buffer): Promise<Buffer> {
  let tarBytes: Buffer;
  try {
    tarBytes = gunzipSync(layer);
  } catch (e) {
    throw new Error(`the layer is not gzip: ${(e as Error).message}`);
  }
  const extract = tar.extract();
  const found = new Promise<Buffer>((resolve, reject) => {
    let result: Buffer | undefined;
    extract.on("entry", (header, stream, next) => {
      const chunks: Buffer[] = [];
      stream.on("data", (c: unknown) => {
        if (!result && basename(header.name) === "plugin.wasm") chunks.push(c as Buffer);
      });
      stream.on("end", () => {
        if (!result && basename(header.name) === "plugin.wasm") result = Buffer.concat(chunks);
        next();
      });
      stream.resume();
    });
    extract.on("finish", () => (result ? resolve(result) : reject(new Error("plugin.wasm not found in the archive"))));
    extract.on("error", reject);
  });
  Readable.from([tarBytes]).pipe(extract);
  return found;
}

export async function fetchLikeIstio(ref: ImageReference, options: RegistryOptions = {}): Promise<FetchedPlugin> {
  const registry = new Registry(ref.registry, options);
  const reference = ref.digest ?? ref.tag ?? "latest";
  const { mediaType, bytes, digest } = await registry.getManifest(ref.repository, reference, [
    MediaType.DockerManifest,
    MediaType.OciManifest,
  ]);
  const manifest = JSON.parse(bytes.toString("utf8")) as ImageManifest;
  const layers = manifest.layers ?? [];
  if (layers.length === 0) throw new Error("number of layers must be greater than zero");
  const last = layers[layers.length - 1];

  let wasm: Buffer;
  let format: FetchedPlugin["format"];
  if (mediaType === MediaType.DockerManifest) {
    if (last.mediaType !== MediaType.DockerLayer) throw new Error(`invalid media type ${last.mediaType} (expect ${MediaType.DockerLayer})`);
    wasm = await pluginFromTarGz(await registry.getBlob(ref.repository, last.digest));
    format = "docker-image";
  } else if (last.mediaType === MediaType.OciLayer) {
    wasm = await pluginFromTarGz(await registry.getBlob(ref.repository, last.digest));
    format = "oci-image";
  } else {
    if (layers.length !== 2)
      throw new Error(`not an image with a ${MediaType.OciLayer} last layer, and number of layers must be 2 but got ${layers.length}`);
    const content = layers.find((l) => l.mediaType === MediaType.WasmContent);
    if (!content) throw new Error(`could not find the layer of type ${MediaType.WasmContent}`);
    wasm = await registry.getBlob(ref.repository, content.digest);
    format = "wasm-artifact";
  }
  if (!wasm.subarray(0, 4).equals(WASM_MAGIC)) throw new Error("the fetched plugin does not start with the Wasm magic number \\0asm");
  return { wasm, manifestDigest: digest.slice("sha256:".length), format };
}
