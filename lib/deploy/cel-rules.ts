// The CEL rules (x-kubernetes-validations) of Istio's WasmPlugin CRD, each with the check it
// stands for, since no JSON Schema validator runs CEL. A CRD file names its rules where they
// apply; for the packaged schema, `at` says where Istio 1.29.2's CRD puts each one.

export interface CelRule {
  /** Where the rule applies, below spec: fields by name, `*` for every map value, `[]` for every item. */
  at: string;
  rule: string;
  message: string;
  // biome-ignore lint/suspicious/noExplicitAny: each rule takes the value type its schema node has.
  check: (value: any) => boolean;
}

const SCHEMES = ["http", "https", "oci", "file"];

export const CEL_RULES: CelRule[] = [
  {
    at: "spec",
    rule: "(has(self.selector) ? 1 : 0) + (has(self.targetRef) ? 1 : 0) + (has(self.targetRefs) ? 1 : 0) <= 1",
    message: "only one of targetRefs or selector can be set",
    check: (v: Record<string, unknown>) => ["selector", "targetRef", "targetRefs"].filter((k) => k in v).length <= 1,
  },
  {
    at: "spec.selector.matchLabels",
    rule: 'self.all(key, !key.contains("*"))',
    message: "wildcard not allowed in label key match",
    check: (v: Record<string, unknown>) => Object.keys(v).every((k) => !k.includes("*")),
  },
  {
    at: "spec.selector.matchLabels",
    rule: "self.all(key, key.size() != 0)",
    message: "key must not be empty",
    check: (v: Record<string, unknown>) => Object.keys(v).every((k) => k.length !== 0),
  },
  {
    at: "spec.selector.matchLabels.*",
    rule: '!self.contains("*")',
    message: "wildcard not allowed in label value match",
    check: (v: string) => !v.includes("*"),
  },
  {
    at: "spec.targetRef.namespace",
    rule: "self.size() == 0",
    message: "cross namespace referencing is not currently supported",
    check: (v: string) => v.length === 0,
  },
  {
    at: "spec.targetRefs[].namespace",
    rule: "self.size() == 0",
    message: "cross namespace referencing is not currently supported",
    check: (v: string) => v.length === 0,
  },
  {
    at: "spec.url",
    rule:
      'isURL(self) ? (url(self).getScheme() in ["", "http", "https", "oci", "file"]) : (isURL("http://" + self) &&\n' +
      'url("http://" + self).getScheme() in ["", "http", "https", "oci", "file"])',
    message: "url must have schema one of [http, https, file, oci]",
    check: (v: string) => {
      const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\//.exec(v)?.[1];
      if (scheme) return SCHEMES.includes(scheme.toLowerCase());
      try {
        new URL(`http://${v}`);
        return true;
      } catch {
        return false;
      }
    },
  },
  {
    at: "spec.vmConfig.env[]",
    rule: '(has(self.valueFrom) ? self.valueFrom : "") != "HOST" || !has(self.value)',
    message: "value may only be set when valueFrom is INLINE",
    check: (v: Record<string, unknown>) => v.valueFrom !== "HOST" || !("value" in v),
  },
];

/** The check of a rule as a CRD writes it, or undefined for a rule this code does not know. */
export function celCheck(rule: string): ((value: unknown) => boolean) | undefined {
  return CEL_RULES.find((r) => r.rule === rule)?.check;
}

/** Runs one rule's check; a value of the wrong type passes (the schema reports it). */
export function passes(check: (value: unknown) => boolean, value: unknown): boolean {
  try {
    return check(value);
  } catch {
    return true;
  }
}

/** The values a location names below `value` (at `path`), with their paths. */
function locate(value: unknown, path: string, segments: string[]): [string, unknown][] {
  if (value === undefined || value === null) return [];
  if (segments.length === 0) return [[path, value]];
  const [head, ...rest] = segments;
  if (typeof value !== "object") return [];
  if (head === "*") return Object.entries(value as object).flatMap(([k, v]) => locate(v, `${path}.${k}`, rest));
  const name = head.replace(/\[\]$/, "");
  const child = (value as Record<string, unknown>)[name];
  if (!head.endsWith("[]")) return locate(child, `${path}.${name}`, rest);
  return Array.isArray(child) ? child.flatMap((item, i) => locate(item, `${path}.${name}[${i}]`, rest)) : [];
}

/** Every rule broken by a WasmPlugin spec (at `path`), as "path: message". */
export function celRuleErrors(spec: unknown, path: string): string[] {
  return CEL_RULES.flatMap((r) =>
    locate(spec, path, r.at.split(".").slice(1))
      .filter(([, v]) => !passes(r.check, v))
      .map(([p]) => `${p}: ${r.message}`),
  );
}
