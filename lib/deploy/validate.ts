// Validating a WasmPlugin manifest as the API server would: the object's fields and metadata
// (object-meta.ts, the same whatever the schema), then each schema's judgement of the spec. The
// schema packaged with npm ci always judges; a CRD file (--crd, $WASMPLUGIN_CRD, or
// ../shared/schemas/ beside the clone) judges as well.

import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { fileError, regularFileProblem } from "../cli/files.ts";
import { CrdSchema } from "./crd-schema.ts";
import { objectMetaErrors } from "./object-meta.ts";
import { PackagedSchema } from "./packaged-schema.ts";
import type { SpecSchema } from "./spec-schema.ts";

/** --crd's help, for every command that validates manifests. */
export const CRD_HELP =
  "a CRD file to validate against as well (kubectl get crd wasmplugins.extensions.istio.io -o yaml, or Istio's crd-all.gen.yaml); default $WASMPLUGIN_CRD, else a copy at ../shared/schemas/ beside the clone (as this project's CI lays it out)";

/** Where a clone laid out as CI lays it out finds Istio's CRD. */
export const SIBLING_CRD = fileURLToPath(new URL("../../../shared/schemas/istio-wasmplugin-crd.yaml", import.meta.url));

/** What the API server checks of any object: apiVersion, kind, the fields and the metadata. */
function objectErrors(doc: Record<string, unknown>, schemas: SpecSchema[]): string[] {
  const errors: string[] = [];
  for (const schema of schemas) {
    if (!schema.apiVersions.includes(String(doc.apiVersion))) {
      errors.push(`apiVersion: must be ${schema.apiVersions.join(" or ")}, got ${JSON.stringify(doc.apiVersion)}`);
    }
  }
  if (doc.kind !== "WasmPlugin") errors.push(`kind: must be WasmPlugin, got ${JSON.stringify(doc.kind)}`);
  return [...errors, ...objectMetaErrors(doc)];
}

export class ManifestValidator {
  constructor(readonly schemas: SpecSchema[]) {}

  /** Every problem with a WasmPlugin document, as "path: message", each once; empty when it is valid. */
  validate(doc: unknown): string[] {
    if (typeof doc !== "object" || doc === null || Array.isArray(doc)) return ["the document is not a YAML mapping"];
    const object = doc as Record<string, unknown>;
    const errors = [...objectErrors(object, this.schemas), ...this.schemas.flatMap((s) => s.validateSpec(object))];
    return [...new Set(errors)];
  }
}

/** The largest CRD file read (Istio's crd-all.gen.yaml, every Istio CRD, is under 1 MiB). */
export const MAX_CRD_BYTES = 16 * 1024 * 1024;

/** The CRD file to judge with as well: `path` (--crd), $WASMPLUGIN_CRD, else the sibling copy when there is one. */
export function crdPath(path?: string): string | undefined {
  const given = path ?? process.env.WASMPLUGIN_CRD;
  const option = path === undefined ? "$WASMPLUGIN_CRD" : "--crd";
  if (given === "" && path !== undefined) throw fileError(given, "an empty file name", option);
  if (given !== undefined && given !== "") {
    if (!existsSync(given)) {
      throw fileError(
        given,
        "no such file: pass the file kubectl get crd wasmplugins.extensions.istio.io -o yaml writes, or Istio's crd-all.gen.yaml",
        option,
      );
    }
    const problem = regularFileProblem(given, MAX_CRD_BYTES);
    if (problem) throw fileError(given, problem, option);
    return given;
  }
  return existsSync(SIBLING_CRD) ? SIBLING_CRD : undefined;
}

/** The packaged schema, plus the CRD `crdPath` finds. */
export function loadValidator(crd?: string): ManifestValidator {
  const file = crdPath(crd);
  return new ManifestValidator(file ? [new PackagedSchema(), new CrdSchema(file)] : [new PackagedSchema()]);
}
