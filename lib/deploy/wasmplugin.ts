// WasmPlugin manifests: loading, validation against Istio's CRD (its OpenAPI schema with
// ajv, plus the CRD's CEL rules re-implemented, since no JSON-schema validator runs CEL),
// and rendering a release copy pinned to a pushed image.

import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv, type ErrorObject } from "ajv";
import { type Document, parseAllDocuments, parseDocument, type Tags } from "yaml";

export const DEFAULT_CRD = fileURLToPath(new URL("../../../shared/schemas/istio-wasmplugin-crd.yaml", import.meta.url));

// biome-ignore lint/suspicious/noExplicitAny: a JSON schema is untyped data, walked by key.
type Schema = Record<string, any>;

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

/** The CEL rules of the CRD, each as the check it stands for. */
// biome-ignore lint/suspicious/noExplicitAny: each rule takes the value type its schema node has.
const CEL_RULES: Record<string, (value: any) => boolean> = {
  '!self.contains("*")': (v: string) => !v.includes("*"),
  'self.all(key, !key.contains("*"))': (v: Record<string, unknown>) => Object.keys(v).every((k) => !k.includes("*")),
  "self.all(key, key.size() != 0)": (v: Record<string, unknown>) => Object.keys(v).every((k) => k.length !== 0),
  "self.size() == 0": (v: string) => v.length === 0,
  'isURL(self) ? (url(self).getScheme() in ["", "http", "https", "oci", "file"]) : (isURL("http://" + self) &&\nurl("http://" + self).getScheme() in ["", "http", "https", "oci", "file"])':
    (v: string) => {
      const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\//.exec(v)?.[1];
      if (scheme) return ["http", "https", "oci", "file"].includes(scheme.toLowerCase());
      try {
        new URL(`http://${v}`);
        return true;
      } catch {
        return false;
      }
    },
  '(has(self.valueFrom) ? self.valueFrom : "") != "HOST" || !has(self.value)': (v: Record<string, unknown>) =>
    v.valueFrom !== "HOST" || !("value" in v),
  "(has(self.selector) ? 1 : 0) + (has(self.targetRef) ? 1 : 0) + (has(self.targetRefs) ? 1 : 0) <= 1": (v: Record<string, unknown>) =>
    ["selector", "targetRef", "targetRefs"].filter((k) => k in v).length <= 1,
};

export class CrdSchema {
  readonly group: string;
  readonly kind: string;
  private readonly versions = new Map<string, Schema>();

  constructor(crdPath = DEFAULT_CRD) {
    const document = parseDocument(readFileSync(crdPath, "utf8"), KUBECTL_YAML);
    if (document.errors.length > 0) throw new Error(`${crdPath} is not valid YAML: ${document.errors[0].message.split("\n")[0]}`);
    const crd = document.toJS() as Schema | null;
    const versions = crd?.spec?.versions;
    if (crd?.kind !== "CustomResourceDefinition" || typeof crd.spec?.group !== "string" || !Array.isArray(versions)) {
      throw new Error(
        `${crdPath} is not a CustomResourceDefinition (kind: ${JSON.stringify(crd?.kind ?? null)}): pass the WasmPlugin CRD, e.g. from kubectl get crd wasmplugins.extensions.istio.io -o yaml`,
      );
    }
    this.group = crd.spec.group;
    this.kind = crd.spec.names?.kind;
    for (const version of versions) {
      const schema = version?.schema?.openAPIV3Schema;
      if (version?.served && typeof schema === "object" && schema !== null) this.versions.set(version.name, schema);
    }
    if (this.versions.size === 0) throw new Error(`${crdPath}: the CRD serves no version with an openAPIV3Schema`);
  }

  /** Every problem with a WasmPlugin document, as "path: message"; empty when it is valid. */
  validate(doc: unknown): string[] {
    if (typeof doc !== "object" || doc === null || Array.isArray(doc)) return ["the document is not a YAML mapping"];
    const object = doc as Record<string, unknown> & { metadata?: Record<string, unknown> };
    const errors: string[] = [];
    const [group, version] = String(object.apiVersion ?? "").split("/");
    const schema = this.versions.get(version);
    if (group !== this.group || !schema) {
      errors.push(
        `apiVersion: must be ${[...this.versions.keys()].map((v) => `${this.group}/${v}`).join(" or ")}, got ${JSON.stringify(object.apiVersion)}`,
      );
    }
    if (object.kind !== this.kind) errors.push(`kind: must be ${this.kind}, got ${JSON.stringify(object.kind)}`);
    const name = object.metadata?.name;
    if (typeof name !== "string" || !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/.test(name) || name.length > 253) {
      errors.push(`metadata.name: must be a lowercase DNS subdomain name, got ${JSON.stringify(name)}`);
    }
    const namespace = object.metadata?.namespace;
    if (
      namespace !== undefined &&
      (typeof namespace !== "string" || !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(namespace) || namespace.length > 63)
    ) {
      errors.push(`metadata.namespace: must be a DNS label, got ${JSON.stringify(namespace)}`);
    }
    if (!schema) return errors;
    const { apiVersion: _a, kind: _k, metadata: _m, ...body } = object;
    errors.push(...this.schemaErrors(schema, body), ...celErrors(schema, body, ""));
    return errors;
  }

  private readonly compiled = new Map<Schema, ReturnType<Ajv["compile"]>>();

  private schemaErrors(schema: Schema, body: unknown): string[] {
    let validate = this.compiled.get(schema);
    if (!validate) {
      // strict: the API server (kubectl's default strict field validation) refuses unknown fields.
      const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
      validate = ajv.compile(closeObjects(schema));
      this.compiled.set(schema, validate);
    }
    if (validate(body)) return [];
    return (validate.errors ?? []).map(describeError);
  }
}

function describeError(e: ErrorObject): string {
  const path = e.instancePath.replace(/^\//, "").replace(/\//g, ".") || "(document)";
  if (e.keyword === "additionalProperties") return `${path}: unknown field ${JSON.stringify(e.params.additionalProperty)}`;
  if (e.keyword === "enum") return `${path}: must be one of ${(e.params.allowedValues as string[]).join(", ")}`;
  return `${path}: ${e.message}`;
}

/** A copy of a structural schema that refuses unknown fields, except where it preserves them. */
function closeObjects(schema: Schema): Schema {
  if (Array.isArray(schema)) return schema.map(closeObjects);
  if (typeof schema !== "object" || schema === null) return schema;
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key.startsWith("x-kubernetes-")) continue;
    out[key] =
      key === "properties"
        ? Object.fromEntries(Object.entries(value as Schema).map(([k, v]) => [k, closeObjects(v)]))
        : closeObjects(value);
  }
  if (schema.properties && !schema["x-kubernetes-preserve-unknown-fields"] && out.additionalProperties === undefined) {
    out.additionalProperties = false;
  }
  if (schema["x-kubernetes-int-or-string"]) out.type = ["integer", "string"];
  return out;
}

/** Walks the schema and the value together and applies each x-kubernetes-validations rule. */
function celErrors(schema: Schema, value: unknown, path: string): string[] {
  if (value === undefined || value === null || typeof schema !== "object") return [];
  const errors: string[] = [];
  for (const { rule, message } of (schema["x-kubernetes-validations"] ?? []) as { rule: string; message: string }[]) {
    const check = CEL_RULES[rule];
    if (!check) {
      errors.push(`${path || "(document)"}: the CRD has a rule this validator cannot check: ${rule}`);
      continue;
    }
    let passes = true;
    try {
      passes = check(value);
    } catch {
      // A value of the wrong type: the schema check has reported it already.
    }
    if (!passes) errors.push(`${path || "(document)"}: ${message}`);
  }
  if (Array.isArray(value) && schema.items) {
    for (const [i, item] of value.entries()) errors.push(...celErrors(schema.items, item, `${path}[${i}]`));
  } else if (typeof value === "object") {
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      const sub = schema.properties?.[key] ?? (typeof schema.additionalProperties === "object" ? schema.additionalProperties : undefined);
      if (sub) errors.push(...celErrors(sub, child, path ? `${path}.${key}` : key));
    }
  }
  return errors;
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

/** The WasmPlugin CRD: `path`, $WASMPLUGIN_CRD, or the copy beside the project. */
export function loadCrd(path?: string): CrdSchema {
  const chosen = path ?? process.env.WASMPLUGIN_CRD ?? DEFAULT_CRD;
  if (!existsSync(chosen)) {
    throw new Error(
      `no WasmPlugin CRD at ${chosen}: pass --crd FILE or set WASMPLUGIN_CRD (for example from kubectl get crd wasmplugins.extensions.istio.io -o yaml)`,
    );
  }
  return new CrdSchema(chosen);
}
