// A WasmPlugin CRD file (from a cluster, or Istio's crd-all.gen.yaml) as a validator: its
// OpenAPI schema compiled with ajv, closed to unknown fields as the API server's strict field
// validation is, and its CEL rules run where it places them.

import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import { parseDocument } from "yaml";
import { celCheck, passes } from "./cel-rules.ts";
import { describeError, type SpecSchema } from "./spec-schema.ts";
import { KUBECTL_YAML } from "./wasmplugin.ts";

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

export class CrdSchema implements SpecSchema {
  readonly source: string;
  readonly apiVersions: string[];
  private readonly versions = new Map<string, Schema>();
  private readonly compiled = new Map<string, ReturnType<Ajv["compile"]>>();

  constructor(crdPath: string) {
    this.source = crdPath;
    const document = parseDocument(readFileSync(crdPath, "utf8"), KUBECTL_YAML);
    if (document.errors.length > 0) throw new Error(`${crdPath} is not valid YAML: ${document.errors[0].message.split("\n")[0]}`);
    const crd = document.toJS() as Schema | null;
    const versions = crd?.spec?.versions;
    if (crd?.kind !== "CustomResourceDefinition" || crd.spec?.names?.kind !== "WasmPlugin" || !Array.isArray(versions)) {
      throw new Error(
        `${crdPath} is not the WasmPlugin CustomResourceDefinition (kind: ${JSON.stringify(crd?.kind ?? null)}): pass the one from kubectl get crd wasmplugins.extensions.istio.io -o yaml`,
      );
    }
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
    const { apiVersion: _a, kind: _k, metadata: _m, ...body } = doc;
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
