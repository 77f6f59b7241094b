// WasmPlugin manifests: reading them as kubectl does (kubectl-yaml.ts), the configuration they
// hand the plugin, and a release copy pinned to a pushed image. Validation is in validate.ts.

import type { Document } from "yaml";
import { firstError, nonFiniteProblem, parseKubectlYaml, yaml11Notes } from "./kubectl-yaml.ts";

/** The largest manifest file read: the API server stores objects of at most about 1.5 MiB. */
export const MAX_MANIFEST_FILE_BYTES = 4 * 1024 * 1024;

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

export interface ParsedManifest {
  document: Document;
  plugin: WasmPlugin;
  /** Values whose meaning differs between YAML 1.1 and 1.2, one line each. */
  notes: string[];
}

/** Parses a manifest file's text, as kubectl reads it: exactly one YAML document holding a WasmPlugin's spec. */
export function parseWasmPluginYaml(text: string, source = "manifest"): ParsedManifest {
  const documents = parseKubectlYaml(text, source);
  if (documents.length !== 1) throw new Error(`${source}: expected one YAML document, found ${documents.length}`);
  const document = documents[0];
  const error = firstError(document);
  if (error !== undefined) throw new Error(`${source}: not valid YAML: ${error}`);
  const nonFinite = nonFiniteProblem(document);
  if (nonFinite !== undefined) throw new Error(`${source}: ${nonFinite}`);
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
  return { document, plugin, notes: yaml11Notes(document, text) };
}

/** The configuration string Istio hands the plugin: pluginConfig as JSON, empty when absent. */
export function pluginConfigJson(plugin: WasmPlugin): string {
  const config = plugin.spec?.pluginConfig;
  if (config === undefined || config === null) return "";
  // JSON.stringify would make them null, which the plugin reads as "the default".
  return JSON.stringify(config, (key, value) => {
    if (typeof value === "number" && !Number.isFinite(value))
      throw new Error(`pluginConfig${key ? `.${key}` : ""}: ${value} cannot be sent as JSON`);
    return value;
  });
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
