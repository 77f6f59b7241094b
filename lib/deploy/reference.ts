// Image references: [registry/]repository[:tag][@sha256:digest], as docker and Istio read them.

export interface ImageReference {
  /** Registry host (and port); docker.io when none is given. */
  registry: string;
  repository: string;
  tag?: string;
  /** sha256:<64 hex>. */
  digest?: string;
}

const DIGEST = /^sha256:[a-f0-9]{64}$/;
const REPOSITORY = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;

/** Parses a reference; throws an Error naming what is wrong. A leading oci:// is accepted. */
export function parseReference(text: string): ImageReference {
  let rest = text.replace(/^oci:\/\//, "");
  let digest: string | undefined;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) throw new Error(`image reference ${text}: the digest must be sha256: and 64 lowercase hex digits`);
  }
  const slash = rest.indexOf("/");
  let registry = "docker.io";
  const first = slash >= 0 ? rest.slice(0, slash) : "";
  if (slash >= 0 && (first.includes(".") || first.includes(":") || first === "localhost")) {
    registry = first;
    rest = rest.slice(slash + 1);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(":");
  if (colon >= 0) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) throw new Error(`image reference ${text}: invalid tag "${tag}"`);
  }
  if (!REPOSITORY.test(rest))
    throw new Error(`image reference ${text}: invalid repository "${rest}" (lowercase letters, digits, separators)`);
  if (registry === "docker.io" && !rest.includes("/")) rest = `library/${rest}`;
  if (!tag && !digest) tag = "latest";
  return { registry, repository: rest, tag, digest };
}

/** registry/repository[:tag][@digest] */
export function formatReference(ref: ImageReference, parts: { tag?: boolean; digest?: boolean } = { tag: true, digest: true }): string {
  let out = `${ref.registry}/${ref.repository}`;
  if (parts.tag !== false && ref.tag) out += `:${ref.tag}`;
  if (parts.digest !== false && ref.digest) out += `@${ref.digest}`;
  return out;
}
