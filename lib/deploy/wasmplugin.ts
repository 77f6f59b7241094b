// WasmPlugin manifests: reading them as kubectl does, the configuration they hand the
// plugin, and a release copy pinned to a pushed image. Validation is in validate.ts.

import { type Document, parseAllDocuments, type Tags } from "yaml";

export interface WasmPluginSpec {
  url?: string;
  sha256?: string;
  pluginName?: string;
  pluginConfig?: Record<string, unknown>;
  phase?: string;
  failStrategy?: string;
  imagePullPolicy?: string;
  [key: string]: unknown;
}

export interface WasmPlugin {
  apiVersion: string;
  kind: string;
  metadata: { name?: string; namespace?: string; [key: string]: unknown };
  spec: WasmPluginSpec;
}

/**
 * YAML as kubectl reads it (sigs.k8s.io/yaml on go-yaml v2): YAML 1.1 scalars, so `on`, `yes`
 * and `n` are booleans and `0755` is octal; but timestamps and 1:20 stay strings, as go-yaml v2
 * leaves them when it decodes into untyped values.
 */
export const KUBECTL_YAML = {
  version: "1.1" as const,
  customTags: (tags: Tags) =>
    tags.filter(
      (t) => typeof t === "string" || (t.tag !== "tag:yaml.org,2002:timestamp" && !(t as { format?: string }).format?.includes("TIME")),
    ),
};

/** Where the same text means two things: YAML 1.1 (kubectl) and YAML 1.2 (most other tools). */
function meaningDiffers(v11: unknown, v12: unknown, path: string, out: string[]): void {
  if (typeof v11 === "object" && v11 !== null && typeof v12 === "object" && v12 !== null) {
    const a = v11 as Record<string, unknown>;
    const b = v12 as Record<string, unknown>;
    for (const key of Object.keys(a)) if (key in b) meaningDiffers(a[key], b[key], path ? `${path}.${key}` : key, out);
    return;
  }
  if (Object.is(v11, v12)) return;
  const show = (v: unknown) => (typeof v === "string" ? `the string ${JSON.stringify(v)}` : `the ${typeof v} ${JSON.stringify(v)}`);
  const text = typeof v12 === "string" ? v12 : String(v11);
  out.push(
    `${path}: ${text} is ${show(v11)} for kubectl (YAML 1.1) but ${show(v12)} in YAML 1.2; quote it (${JSON.stringify(text)}) if you mean the string`,
  );
}

export interface ParsedManifest {
  document: Document;
  plugin: WasmPlugin;
  /** Values whose meaning differs between YAML 1.1 and 1.2, one line each. */
  notes: string[];
}

/** Parses a manifest file's text, as kubectl reads it: exactly one YAML document holding a WasmPlugin's spec. */
export function parseWasmPluginYaml(text: string, source = "manifest"): ParsedManifest {
  const documents = parseAllDocuments(text, KUBECTL_YAML);
  if (!Array.isArray(documents) || documents.length !== 1) throw new Error(`${source}: expected one YAML document`);
  const document = documents[0];
  if (document.errors.length > 0) throw new Error(`${source}: not valid YAML: ${document.errors[0].message.split("\n")[0]}`);
  const plugin = document.toJS() as WasmPlugin | null;
  if (typeof plugin !== "object" || plugin === null || Array.isArray(plugin))
    throw new Error(`${source}: not a WasmPlugin manifest: not a YAML mapping`);
  if (typeof plugin.spec !== "object" || plugin.spec === null || Array.isArray(plugin.spec)) {
    throw new Error(`${source}: not a WasmPlugin manifest: it has no spec mapping`);
  }
  const config = plugin.spec.pluginConfig;
  if (config !== undefined && config !== null && (typeof config !== "object" || Array.isArray(config))) {
    throw new Error(`${source}: spec.pluginConfig must be a mapping, got ${Array.isArray(config) ? "a list" : typeof config}`);
  }
  if (plugin.spec.pluginName !== undefined && typeof plugin.spec.pluginName !== "string") {
    throw new Error(`${source}: spec.pluginName must be a string, got ${typeof plugin.spec.pluginName}`);
  }
  const notes: string[] = [];
  meaningDiffers(plugin, parseAllDocuments(text)[0]?.toJS(), "", notes);
  return { document, plugin, notes };
}

/** The configuration string Istio hands the plugin: pluginConfig as JSON, empty when absent. */
export function pluginConfigJson(plugin: WasmPlugin): string {
  const config = plugin.spec?.pluginConfig;
  return config === undefined || config === null ? "" : JSON.stringify(config);
}

/** A copy of the manifest pinned to an image: url with the tag, sha256 the manifest digest. */
export function pinToImage(document: Document, imageWithTag: string, manifestDigest: string): string {
  const hex = manifestDigest.replace(/^sha256:/, "");
  if (!/^[a-f0-9]{64}$/.test(hex)) throw new Error(`the manifest digest must be sha256: and 64 hex digits, got ${manifestDigest}`);
  const pinned = document.clone();
  pinned.setIn(["spec", "url"], `oci://${imageWithTag}`);
  pinned.setIn(["spec", "sha256"], hex);
  return pinned.toString();
}
