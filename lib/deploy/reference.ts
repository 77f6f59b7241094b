// Image references by the OCI distribution grammar (distribution/reference):
//   [HOST[:PORT]/]PATH[:TAG][@DIGEST]
// with Docker's rule for telling a registry host from a path component. Stricter where Istio
// is: the digest must be sha256 (what WasmPlugin spec.sha256 pins), and a port is 1-65535.
// Every refusal is one line that names the part that is wrong.

export interface ImageReference {
  /** Registry host (and port); docker.io when none is given. */
  registry: string;
  repository: string;
  tag?: string;
  /** sha256:<64 hex>. */
  digest?: string;
}

const DOMAIN_COMPONENT = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/;
const IPV6 = /^\[[a-fA-F0-9:]+\]$/;
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
const NAME_MAX = 255;
const FORM = "[HOST[:PORT]/]PATH:TAG[@sha256:DIGEST]";
const TAG_RULE = "letters, digits, '_', '.' and '-', not starting with '.' or '-', at most 128";
const PATH_RULE = "lowercase letters and digits, separated by '.', '_', '__' or '-'";

/** The scheme of a URL written scheme://..., as written; undefined for text without one. */
export function urlScheme(text: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):\/\//i.exec(text)?.[1];
}

/** Why `host` (HOST[:PORT]) is not a registry, or "" when it is one. */
export function registryProblem(host: string): string {
  if (urlScheme(host) !== undefined) return "is a URL: give HOST[:PORT] without a scheme (--insecure for a plain-HTTP registry)";
  const port = /:(\d*)$/.exec(host);
  const name = port ? host.slice(0, port.index) : host;
  if (port && (!/^\d{1,5}$/.test(port[1]) || Number(port[1]) < 1 || Number(port[1]) > 65535)) {
    return `has port "${port[1]}": a port is a number from 1 to 65535`;
  }
  if (IPV6.test(name)) return "";
  const bad = name.split(".").find((c) => !DOMAIN_COMPONENT.test(c));
  if (name === "" || bad !== undefined)
    return `is not a host name: "${bad ?? ""}" is not a domain component (letters, digits and inner hyphens)`;
  return "";
}

/** Checks a --registry value; throws one line naming it when it is not HOST[:PORT]. */
export function parseRegistry(host: string, option = "--registry"): string {
  const problem = registryProblem(host);
  if (problem) throw new Error(`${option} ${host} ${problem}`);
  return host;
}

/**
 * The reference the image commands build from --registry, --repository and --tag; each
 * refusal names the option that is wrong.
 */
export function referenceFromOptions(registry: string, repository: string, tag: string): ImageReference {
  parseRegistry(registry);
  if (!TAG.test(tag)) throw new Error(`--tag "${tag}" is not a tag: ${TAG_RULE}`);
  const component = repository.split("/").find((c) => !PATH_COMPONENT.test(c));
  if (component !== undefined) {
    throw new Error(`--repository "${repository}" has path component "${component}": ${PATH_RULE}`);
  }
  return parseReference(`${registry}/${repository}:${tag}`);
}

/**
 * Parses a reference; throws an Error naming what is wrong. A leading oci:// is accepted. A
 * reference needs a tag or a digest, nothing silently becoming :latest, unless `tagOptional`
 * (a manifest's URL, which Istio pulls as latest).
 */
export function parseReference(text: string, { tagOptional = false } = {}): ImageReference {
  const fail = (why: string): never => {
    throw new Error(`image reference "${text}" ${why} (the form is ${FORM})`);
  };
  const scheme = urlScheme(text);
  if (scheme !== undefined && scheme !== "oci") {
    fail(`is a URL (${scheme}://): give it without a scheme; the registry is reached over HTTPS, or plain HTTP with --insecure`);
  }
  const rest0 = text.replace(/^oci:\/\//, "");
  const odd = /[^A-Za-z0-9._\-:/@[\]]/.exec(rest0);
  if (odd) fail(`has ${JSON.stringify(odd[0])} at character ${odd.index + 1}, which a reference cannot hold`);
  let rest = rest0;
  let digest: string | undefined;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) fail("has a digest that is not sha256: and 64 lowercase hex digits");
  }
  let registry = "docker.io";
  const slash = rest.indexOf("/");
  const first = slash >= 0 ? rest.slice(0, slash) : "";
  if (slash >= 0 && (first.includes(".") || first.includes(":") || first === "localhost" || first.startsWith("["))) {
    const problem = registryProblem(first);
    if (problem) fail(`names a registry that ${problem}`);
    registry = first;
    rest = rest.slice(slash + 1);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(":");
  if (colon >= 0) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (tag === "") fail("ends its name with ':' but gives no tag");
    if (!TAG.test(tag)) fail(`has tag "${tag}": a tag is ${TAG_RULE}`);
  }
  if (rest === "") fail("has no repository path");
  const component = rest.split("/").find((c) => !PATH_COMPONENT.test(c));
  if (component !== undefined) fail(`has path component "${component}": ${PATH_RULE}`);
  if (`${registry}/${rest}`.length > NAME_MAX) fail(`is longer than ${NAME_MAX} characters before its tag`);
  if (tag === undefined && digest === undefined && !tagOptional)
    fail("has no tag: give one (…:0.1.0) or a digest (…@sha256:…); nothing defaults to latest");
  if (registry === "docker.io" && !rest.includes("/")) rest = `library/${rest}`;
  return { registry, repository: rest, tag, digest };
}

/** registry/repository[:tag][@digest] */
export function formatReference(ref: ImageReference, parts: { tag?: boolean; digest?: boolean } = { tag: true, digest: true }): string {
  let out = `${ref.registry}/${ref.repository}`;
  if (parts.tag !== false && ref.tag) out += `:${ref.tag}`;
  if (parts.digest !== false && ref.digest) out += `@${ref.digest}`;
  return out;
}
