// What a schema of WasmPlugin manifests offers the validator, and the one form its problems
// are reported in.

import type { ErrorObject } from "ajv";

/** A schema's judgement of a WasmPlugin's spec. */
export interface SpecSchema {
  /** Where the schema comes from, for messages. */
  readonly source: string;
  /** The apiVersions it serves, group/version. */
  readonly apiVersions: string[];
  /** Problems with the spec as "path: message"; empty when valid. */
  validateSpec(doc: Record<string, unknown>): string[];
}

/** An ajv error as "path: message", the form every schema reports in. */
export function describeError(e: ErrorObject): string {
  const path = e.instancePath.replace(/^\//, "").replace(/\//g, ".") || "(document)";
  if (e.keyword === "additionalProperties") return `${path}: unknown field ${JSON.stringify(e.params.additionalProperty)}`;
  if (e.keyword === "enum") return `${path}: must be one of ${(e.params.allowedValues as string[]).join(", ")}`;
  return `${path}: ${e.message}`;
}
