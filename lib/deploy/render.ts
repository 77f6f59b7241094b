// The release manifest: the template pinned to a pushed image (url with the tag, sha256 the
// manifest digest, asked of the registry when the reference has none), checked against the CRD.

import { readFile } from "node:fs/promises";
import { formatReference, parseReference } from "./reference.ts";
import { type Credentials, MediaType, Registry } from "./registry.ts";
import { loadCrd, parseWasmPluginYaml, pinToImage } from "./wasmplugin.ts";

export interface RenderOptions {
  /** REGISTRY/REPOSITORY:TAG[@sha256:DIGEST] */
  image: string;
  template: string;
  crd?: string;
  insecure?: boolean;
  credentials?: Credentials;
}

export async function renderRelease(options: RenderOptions): Promise<{ text: string; pinnedTo: string }> {
  const ref = parseReference(options.image);
  if (!ref.tag) throw new Error(`--image ${options.image}: give the tag too (the URL keeps it; sha256 pins it)`);
  let digest = ref.digest;
  if (!digest) {
    const registry = new Registry(ref.registry, { insecure: options.insecure, credentials: options.credentials });
    digest = (await registry.getManifest(ref.repository, ref.tag, [MediaType.DockerManifest, MediaType.OciManifest])).digest;
  }
  const { document } = parseWasmPluginYaml(await readFile(options.template, "utf8"), options.template);
  const text = pinToImage(document, formatReference(ref, { tag: true, digest: false }), digest);
  const problems = loadCrd(options.crd).validate(parseWasmPluginYaml(text).plugin);
  if (problems.length > 0) throw new Error(`the rendered manifest is not valid: ${problems.join("; ")}`);
  return { text, pinnedTo: formatReference({ ...ref, digest }) };
}
