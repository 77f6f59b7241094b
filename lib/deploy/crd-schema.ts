// A WasmPlugin CRD file (from a cluster, or Istio's crd-all.gen.yaml) as a validator: its
// OpenAPI schema compiled with ajv, closed to unknown fields as the API server's strict field
// validation is, and its CEL rules run where it places them.

import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import { fileError, fileProblem } from "../cli/files.ts";
import { celCheck, passes } from "./cel-rules.ts";
import { firstError, parseKubectlYaml } from "./kubectl-yaml.ts";
import { describeError, type SpecSchema } from "./spec-schema.ts";

// biome-ignore lint/suspicious/noExplicitAny: a JSON schema is untyped data, walked by key.
type Schema = Record<string, any>;

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
    const check = celCheck(rule);
    if (!check) errors.push(`${path || "(document)"}: the CRD has a rule this validator cannot check: ${rule}`);
    else if (!passes(check, value)) errors.push(`${path || "(document)"}: ${message}`);
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

const isWasmPluginCrd = (doc: Schema | null): boolean =>
  doc?.kind === "CustomResourceDefinition" && doc.spec?.names?.kind === "WasmPlugin" && Array.isArray(doc.spec?.versions);

/**
 * The WasmPlugin CRD in a file: a single CRD (kubectl get crd ... -o yaml), a List of them, or
 * many documents, as Istio's crd-all.gen.yaml holds every Istio CRD one after another.
 */
function wasmPluginCrd(text: string, file: string): Schema {
  const all = parseKubectlYaml(text, file);
  const kinds: string[] = [];
  for (const document of all) {
    const error = firstError(document);
    // A document that does not parse is the one meant when it is the only one or names WasmPlugin.
    if (error !== undefined && (all.length === 1 || /\bkind:\s*WasmPlugin\b/.test(String(document)))) {
      throw new Error(`${file} is not valid YAML: ${error}`);
    }
    const doc = error === undefined ? (document.toJS() as Schema | null) : null;
    const candidates: (Schema | null)[] = doc?.kind === "List" && Array.isArray(doc.items) ? doc.items : [doc];
    const found = candidates.find(isWasmPluginCrd);
    if (found) return found as Schema;
    for (const c of candidates)
      kinds.push(c?.kind === "CustomResourceDefinition" ? `the ${c.spec?.names?.kind} CRD` : `kind: ${JSON.stringify(c?.kind ?? null)}`);
  }
  const what = kinds.length === 1 ? kinds[0] : `none of its ${kinds.length} documents is`;
  throw new Error(
    `${file} is not the WasmPlugin CustomResourceDefinition (${what}): pass the one from kubectl get crd wasmplugins.extensions.istio.io -o yaml, or Istio's crd-all.gen.yaml`,
  );
}

export class CrdSchema implements SpecSchema {
  readonly source: string;
  readonly apiVersions: string[];
  private readonly versions = new Map<string, Schema>();
  private readonly compiled = new Map<string, ReturnType<Ajv["compile"]>>();

  constructor(crdPath: string) {
    this.source = crdPath;
    let text: string;
    try {
      text = readFileSync(crdPath, "utf8");
    } catch (e) {
      throw fileError(crdPath, fileProblem(e));
    }
    const crd = wasmPluginCrd(text, crdPath);
    const versions = crd.spec.versions as Schema[];
    for (const version of versions) {
      const schema = version?.schema?.openAPIV3Schema;
      if (version?.served && typeof schema === "object" && schema !== null) this.versions.set(`${crd.spec.group}/${version.name}`, schema);
    }
    if (this.versions.size === 0) throw new Error(`${crdPath}: the CRD serves no version with an openAPIV3Schema`);
    this.apiVersions = [...this.versions.keys()];
  }

  validateSpec(doc: Record<string, unknown>): string[] {
    const schema = this.versions.get(String(doc.apiVersion));
    if (!schema) return [];
    // The rest of the object (apiVersion, kind, metadata, unknown fields) is validate.ts's; the
    // status is left out, as the API server drops it on a resource with a status subresource.
    const body = doc.spec === undefined ? {} : { spec: doc.spec };
    let validate = this.compiled.get(String(doc.apiVersion));
    if (!validate) {
      // strict: the API server (kubectl's default strict field validation) refuses unknown fields.
      validate = new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(closeObjects(schema));
      this.compiled.set(String(doc.apiVersion), validate);
    }
    const errors = validate(body) ? [] : (validate.errors ?? []).map(describeError);
    return [...errors, ...celErrors(schema, body, "")];
  }
}
