// The release manifest: the template pinned to a pushed image (url with the tag, sha256 the
// manifest digest, asked of the registry when the reference has none), checked against the CRD.

import { readGivenText } from "../cli/files.ts";
import { formatReference, parseReference } from "./reference.ts";
import { type Credentials, MediaType, Registry } from "./registry.ts";
import { loadValidator } from "./validate.ts";
import { MAX_MANIFEST_FILE_BYTES, parseWasmPluginYaml, pinToImage } from "./wasmplugin.ts";

export interface RenderOptions {
  /** REGISTRY/REPOSITORY:TAG[@sha256:DIGEST] */
  image: string;
  template: string;
  crd?: string;
  insecure?: boolean;
  credentials?: Credentials;
  timeoutMs?: number;
  progress?: (line: string) => void;
}

export async function renderRelease(options: RenderOptions): Promise<{ text: string; pinnedTo: string }> {
  const ref = parseReference(options.image);
  // The local files first: a registry round trip of up to --timeout should not come before a typo.
  const template = await readGivenText(options.template, MAX_MANIFEST_FILE_BYTES, "--file");
  const { document } = parseWasmPluginYaml(template, options.template);
  const validator = loadValidator(options.crd);
  let digest = ref.digest;
  if (!digest) {
    const tag = ref.tag as string; // parseReference gives a tag or a digest
    const registry = new Registry(ref.registry, {
      insecure: options.insecure,
      credentials: options.credentials,
      timeoutMs: options.timeoutMs,
    });
    options.progress?.(`asking ${ref.registry} for the manifest digest of ${ref.repository}:${tag}...`);
    digest = (await registry.getManifest(ref.repository, tag, [MediaType.DockerManifest, MediaType.OciManifest])).digest;
  }
  // The URL keeps the tag when there is one (readable); sha256 pins the manifest either way.
  const text = pinToImage(document, formatReference(ref, { tag: true, digest: !ref.tag }), digest);
  const problems = validator.validate(parseWasmPluginYaml(text).plugin);
  if (problems.length > 0) throw new Error(`the rendered manifest is not valid: ${problems.join("; ")}`);
  return { text, pinnedTo: formatReference({ ...ref, digest }) };
}
