// What the API server checks of every object whatever its kind: the top-level fields that
// exist, and metadata as k8s.io/apimachinery's ObjectMeta decodes and validates it (the field
// names and types, name and namespace, label keys and values, annotations, finalizers, owner
// references). Messages are "path: message", as the schemas give theirs.

/** The fields of an object: apiVersion, kind, metadata, spec; status is dropped on create. */
const TOP_LEVEL = new Set(["apiVersion", "kind", "metadata", "spec", "status"]);

type FieldType = "string" | "integer" | "timestamp" | "string map" | "string list" | "owner references" | "object list";

/** ObjectMeta's fields by their JSON names. */
const METADATA_FIELDS: Record<string, FieldType> = {
  name: "string",
  generateName: "string",
  namespace: "string",
  selfLink: "string",
  uid: "string",
  resourceVersion: "string",
  generation: "integer",
  creationTimestamp: "timestamp",
  deletionTimestamp: "timestamp",
  deletionGracePeriodSeconds: "integer",
  labels: "string map",
  annotations: "string map",
  ownerReferences: "owner references",
  finalizers: "string list",
  managedFields: "object list",
};

const OWNER_REFERENCE_FIELDS: Record<string, "string" | "boolean"> = {
  apiVersion: "string",
  kind: "string",
  name: "string",
  uid: "string",
  controller: "boolean",
  blockOwnerDeletion: "boolean",
};

const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** The name part of a qualified name, and a label value (which may also be empty). */
const NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const NAME_CHARACTERS = "letters, digits, '-', '_' and '.', starting and ending with a letter or digit";
/** The API server's limit on all of an object's annotations together, keys and values. */
const ANNOTATIONS_MAX_BYTES = 256 * 1024;

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a map";
  return typeof value === "number" ? "a number" : typeof value === "boolean" ? "a boolean" : `a ${typeof value}`;
}

/** Why `key` is not a qualified name (an optional DNS subdomain and '/', then a name part), or "". */
export function qualifiedNameProblem(key: string): string {
  const parts = key.split("/");
  if (parts.length > 2) return "a qualified name has at most one '/' (prefix/name)";
  const name = parts.at(-1) ?? "";
  if (parts.length === 2) {
    const prefix = parts[0];
    if (prefix === "") return "the prefix before '/' is empty";
    if (prefix.length > 253 || !DNS_SUBDOMAIN.test(prefix)) {
      return "the prefix before '/' must be a lowercase DNS subdomain (at most 253 of a-z, 0-9, '-' and '.')";
    }
  }
  if (name === "") return "the name part is empty";
  if (name.length > 63) return `the name part is ${name.length} characters, more than 63`;
  if (!NAME_PART.test(name)) return `the name part must be ${NAME_CHARACTERS}`;
  return "";
}

/** Why `value` is not a label value (empty, or at most 63 of the name part's characters), or "". */
export function labelValueProblem(value: string): string {
  if (value.length > 63) return `it is ${value.length} characters, more than 63`;
  if (value !== "" && !NAME_PART.test(value)) return `a label value is empty or ${NAME_CHARACTERS}`;
  return "";
}

function stringMapErrors(path: string, value: Record<string, unknown>, labels: boolean): string[] {
  const errors: string[] = [];
  let bytes = 0;
  for (const [key, item] of Object.entries(value)) {
    const keyProblem = qualifiedNameProblem(labels ? key : key.toLowerCase());
    if (keyProblem) errors.push(`${path}: key ${JSON.stringify(key)} is not valid: ${keyProblem}`);
    if (item === null) continue; // null is the empty string to the API server's decoder
    if (typeof item !== "string") {
      errors.push(`${path}.${key}: must be a string, got ${typeName(item)} (quote the value)`);
      continue;
    }
    bytes += Buffer.byteLength(key) + Buffer.byteLength(item);
    const valueProblem = labels ? labelValueProblem(item) : "";
    if (valueProblem) errors.push(`${path}.${key}: value ${JSON.stringify(item)} is not valid: ${valueProblem}`);
  }
  if (!labels && bytes > ANNOTATIONS_MAX_BYTES)
    errors.push(`${path}: ${bytes} bytes in all, more than the ${ANNOTATIONS_MAX_BYTES} allowed`);
  return errors;
}

function ownerReferenceErrors(path: string, item: unknown): string[] {
  if (typeof item !== "object" || item === null || Array.isArray(item)) return [`${path}: must be a map, got ${typeName(item)}`];
  const errors: string[] = [];
  for (const [key, value] of Object.entries(item)) {
    const type = OWNER_REFERENCE_FIELDS[key];
    if (!type) errors.push(`${path}: unknown field ${JSON.stringify(key)}`);
    else if (value !== null && typeof value !== type) errors.push(`${path}.${key}: must be a ${type}, got ${typeName(value)}`);
  }
  for (const key of ["apiVersion", "kind", "name", "uid"]) {
    const value = (item as Record<string, unknown>)[key];
    if (value === undefined || value === null || value === "") errors.push(`${path}.${key}: is required`);
  }
  return errors;
}

function fieldErrors(path: string, type: FieldType, value: unknown): string[] {
  if (value === null) return []; // a null field is its zero value to the decoder
  switch (type) {
    case "string":
    case "timestamp":
      return typeof value === "string" ? [] : [`${path}: must be a string, got ${typeName(value)}`];
    case "integer":
      return Number.isInteger(value) ? [] : [`${path}: must be an integer, got ${typeName(value)}`];
    case "string map":
      if (typeof value !== "object" || Array.isArray(value)) return [`${path}: must be a map of strings, got ${typeName(value)}`];
      return stringMapErrors(path, value as Record<string, unknown>, path.endsWith(".labels"));
    case "string list":
      if (!Array.isArray(value)) return [`${path}: must be a list of strings, got ${typeName(value)}`];
      return value.flatMap((item, i) => {
        if (typeof item !== "string") return [`${path}[${i}]: must be a string, got ${typeName(item)}`];
        const problem = qualifiedNameProblem(item);
        return problem ? [`${path}[${i}]: ${JSON.stringify(item)} is not valid: ${problem}`] : [];
      });
    case "owner references":
      if (!Array.isArray(value)) return [`${path}: must be a list, got ${typeName(value)}`];
      return value.flatMap((item, i) => ownerReferenceErrors(`${path}[${i}]`, item));
    case "object list":
      if (!Array.isArray(value)) return [`${path}: must be a list, got ${typeName(value)}`];
      return value.flatMap((item, i) =>
        typeof item === "object" && item !== null && !Array.isArray(item) ? [] : [`${path}[${i}]: must be a map, got ${typeName(item)}`],
      );
  }
}

/** Problems with the fields every object has, as "path: message"; empty when there are none. */
export function objectMetaErrors(doc: Record<string, unknown>): string[] {
  const errors = Object.keys(doc)
    .filter((key) => !TOP_LEVEL.has(key))
    .map((key) => `(document): unknown field ${JSON.stringify(key)}`);
  const raw = doc.metadata;
  if (raw !== undefined && raw !== null && (typeof raw !== "object" || Array.isArray(raw))) {
    return [...errors, `metadata: must be a map, got ${typeName(raw)}`];
  }
  const metadata = (raw ?? {}) as Record<string, unknown>;
  for (const [key, value] of Object.entries(metadata)) {
    const type = METADATA_FIELDS[key];
    if (!type) errors.push(`metadata: unknown field ${JSON.stringify(key)}`);
    else errors.push(...fieldErrors(`metadata.${key}`, type, value));
  }
  const { name, namespace } = metadata;
  // (A name of another type is reported above, as the decoder reports it.)
  if (name === undefined || name === null || (typeof name === "string" && (name.length > 253 || !DNS_SUBDOMAIN.test(name)))) {
    errors.push(`metadata.name: must be a lowercase DNS subdomain name, got ${JSON.stringify(name)}`);
  }
  if (typeof namespace === "string" && namespace !== "" && (namespace.length > 63 || !DNS_LABEL.test(namespace))) {
    errors.push(`metadata.namespace: must be a DNS label, got ${JSON.stringify(namespace)}`);
  }
  return errors;
}
