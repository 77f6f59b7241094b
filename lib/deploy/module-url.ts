// What a WasmPlugin's spec.url and spec.sha256 say about the module the proxy will load: a URL
// that no fetch can use is refused (the schema lets it through), and a module that is not pinned
// by its digest gets a note, since the proxy then loads whatever the URL gives when it fetches.

import { parseReference, urlScheme } from "./reference.ts";
import type { WasmPluginSpec } from "./wasmplugin.ts";

/**
 * Why an image URL (oci://, or no scheme, which Istio reads as an image) breaks the OCI
 * distribution grammar; undefined when it does not. No tag is not wrong here (Istio pulls
 * latest): the note on pinning covers it.
 */
function imageReferenceProblem(url: string): string | undefined {
  const scheme = urlScheme(url)?.toLowerCase();
  if (scheme !== undefined && scheme !== "oci") return undefined;
  try {
    parseReference(url, { tagOptional: true });
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

/** Why the URL cannot be fetched as it is written, as "spec.url: ..."; empty when it can. */
export function moduleUrlProblems(spec: WasmPluginSpec): string[] {
  const url = spec.url;
  if (typeof url !== "string") return [];
  const bad = /[\s;\p{Cc}]/u.exec(url);
  if (!bad) {
    const problem = url === "" ? undefined : imageReferenceProblem(url);
    return problem === undefined ? [] : [`spec.url: ${problem}`];
  }
  const what = bad[0] === ";" ? "';'" : bad[0] === " " ? "a space" : `the character ${JSON.stringify(bad[0])}`;
  return [
    `spec.url: ${JSON.stringify(url)} has ${what} at character ${bad.index + 1}: a module URL holds no whitespace, control character or ';'`,
  ];
}

/** Notes on how the module is pinned: none when spec.sha256 or an oci:// digest pins it. */
export function moduleUrlNotes(spec: WasmPluginSpec): string[] {
  const url = spec.url;
  if (typeof url !== "string" || url === "" || moduleUrlProblems(spec).length > 0) return [];
  if (typeof spec.sha256 === "string" && spec.sha256 !== "") return [];
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url)?.[1]?.toLowerCase();
  // No scheme is an image reference to Istio, as oci:// is.
  if (scheme === undefined || scheme === "oci") {
    if (/@sha256:[a-f0-9]{64}$/.test(url)) return [];
    return [
      `spec.url: ${url} is not pinned by digest (no spec.sha256): the proxy loads whatever the tag points to when it fetches; npm run manifest pins it to the pushed image's manifest digest`,
    ];
  }
  return [
    `spec.url: ${url} is not pinned by digest (no spec.sha256): the proxy loads whatever ${scheme}:// serves when it fetches; set spec.sha256 to the module's sha256, or push it as an image (npm run push, npm run manifest)`,
  ];
}
