// The WasmPlugin schema that arrives with npm ci: @kubernetes-models/istio, generated from
// Istio 1.29.2's CRD. Its compiled validator checks types, enums and ranges; it lets unknown
// fields through, so they are checked here against the fields its type declarations name
// (read with the TypeScript compiler); the CRD's CEL rules come from cel-rules.ts.

import { readFileSync } from "node:fs";
import { WasmPlugin } from "@kubernetes-models/istio/extensions.istio.io/v1alpha1";
import type { ErrorObject } from "ajv";
import ts from "typescript";
import { celRuleErrors } from "./cel-rules.ts";
import { describeError, type SpecSchema } from "./spec-schema.ts";

/** The Istio release the package's schema was generated from (its package.json crd-generate input). */
export const PACKAGED_ISTIO_VERSION = "1.29.2";

/** Which fields an object may have: named ones, any key (a map), or anything at all. */
type Shape =
  | { kind: "object"; fields: Map<string, Shape> }
  | { kind: "map"; value: Shape }
  | { kind: "array"; items: Shape }
  | { kind: "open" }
  | { kind: "value" };

function shapeOf(node: ts.TypeNode): Shape {
  if (ts.isParenthesizedTypeNode(node)) return shapeOf(node.type);
  if (ts.isArrayTypeNode(node)) return { kind: "array", items: shapeOf(node.elementType) };
  if (ts.isTypeReferenceNode(node) && node.typeName.getText() === "Array" && node.typeArguments?.length === 1) {
    return { kind: "array", items: shapeOf(node.typeArguments[0]) };
  }
  if (ts.isTypeLiteralNode(node)) {
    // `{}` is pluginConfig: the CRD preserves whatever it holds.
    if (node.members.length === 0) return { kind: "open" };
    const index = node.members.find(ts.isIndexSignatureDeclaration);
    if (index) return { kind: "map", value: shapeOf(index.type) };
    const fields = new Map<string, Shape>();
    for (const member of node.members) {
      if (ts.isPropertySignature(member) && member.type) fields.set(member.name.getText().replace(/^"|"$/g, ""), shapeOf(member.type));
    }
    return { kind: "object", fields };
  }
  return { kind: "value" };
}

/** The shape of a WasmPlugin's spec, from the package's declaration of IWasmPlugin. */
function specShape(): Shape {
  const file = new URL("./WasmPlugin.d.ts", import.meta.resolve("@kubernetes-models/istio/extensions.istio.io/v1alpha1"));
  const source = ts.createSourceFile("WasmPlugin.d.ts", readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const model = source.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === "IWasmPlugin");
  const spec = model?.members.find((m): m is ts.PropertySignature => ts.isPropertySignature(m) && m.name.getText().includes("spec"));
  if (!spec?.type) throw new Error("@kubernetes-models/istio: no IWasmPlugin.spec declaration to read the fields from");
  return shapeOf(spec.type);
}

function unknownFields(shape: Shape, value: unknown, path: string): string[] {
  if (value === null || typeof value !== "object") return [];
  if (shape.kind === "array")
    return Array.isArray(value) ? value.flatMap((item, i) => unknownFields(shape.items, item, `${path}.${i}`)) : [];
  if (Array.isArray(value)) return [];
  const entries = Object.entries(value as Record<string, unknown>);
  if (shape.kind === "map") return entries.flatMap(([key, child]) => unknownFields(shape.value, child, `${path}.${key}`));
  if (shape.kind !== "object") return [];
  return entries.flatMap(([key, child]) => {
    const field = shape.fields.get(key);
    return field ? unknownFields(field, child, `${path}.${key}`) : [`${path}: unknown field ${JSON.stringify(key)}`];
  });
}

export class PackagedSchema implements SpecSchema {
  readonly source = `@kubernetes-models/istio (Istio ${PACKAGED_ISTIO_VERSION})`;
  readonly apiVersions = [WasmPlugin.apiVersion];
  private readonly shape = specShape();

  /** Problems with the spec of a WasmPlugin document, as "path: message"; empty when valid. */
  validateSpec(doc: Record<string, unknown>): string[] {
    const errors: string[] = [];
    try {
      new WasmPlugin(doc as ConstructorParameters<typeof WasmPlugin>[0]).validate();
    } catch (e) {
      const found = (e as { errors?: ErrorObject[] }).errors;
      if (!found) throw e;
      errors.push(...found.filter((f) => f.instancePath.startsWith("/spec")).map(describeError));
    }
    errors.push(...unknownFields(this.shape, doc.spec, "spec"), ...celRuleErrors(doc.spec, "spec"));
    return errors;
  }
}
