// YAML as kubectl reads it (sigs.k8s.io/yaml on go-yaml v2, then JSON): YAML 1.1 scalars, a
// float too large for a float64 kept as the string it is, .inf and .nan refused (JSON has no
// such numbers), a nesting limit, errors in one line, and notes where YAML 1.2 reads the same
// text otherwise.

import {
  type Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Node,
  type ParsedNode,
  Parser,
  parseAllDocuments,
  Scalar,
  type Tags,
} from "yaml";

/** go-yaml v2's plain-scalar forms that name infinity or not-a-number. */
const NON_FINITE_TEXT = /^[-+]?\.(?:inf|nan)$/i;

/** A number tag whose value overflows (1e400) resolves as go-yaml v2 does: the string as written. */
function keepOverflowAsText(tag: Tags[number]): Tags[number] {
  if (typeof tag === "string" || !tag.resolve || (tag.tag !== "tag:yaml.org,2002:float" && tag.tag !== "tag:yaml.org,2002:int")) return tag;
  const resolve = tag.resolve.bind(tag) as (...args: unknown[]) => unknown;
  return {
    ...tag,
    resolve: (...args: unknown[]) => {
      const value = resolve(...args);
      const number = value instanceof Scalar ? value.value : value;
      const text = String(args[0]);
      return typeof number === "number" && !Number.isFinite(number) && !NON_FINITE_TEXT.test(text) ? text : value;
    },
  } as Tags[number];
}

/**
 * The parse options: YAML 1.1 scalars, so `on`, `yes` and `n` are booleans and `0755` is octal;
 * but timestamps and 1:20 stay strings, as go-yaml v2 leaves them when it decodes into untyped
 * values, and so does a number too large for a float64.
 */
export const KUBECTL_YAML = {
  version: "1.1" as const,
  customTags: (tags: Tags) =>
    tags
      .filter(
        (t) => typeof t === "string" || (t.tag !== "tag:yaml.org,2002:timestamp" && !(t as { format?: string }).format?.includes("TIME")),
      )
      .map(keepOverflowAsText),
};

/** Deeper than this, a file is refused before it is composed (kubectl's reader stops at 10,000). */
export const MAX_NESTING = 100;

/** How deeply the collections of a YAML text nest, from its concrete syntax tree (no recursion). */
function nestingDepth(text: string): number {
  let deepest = 0;
  type Item = { key?: unknown; value?: unknown };
  for (const token of new Parser().parse(text)) {
    const pending: [unknown, number][] = [[token, 0]];
    for (let next = pending.pop(); next; next = pending.pop()) {
      const [node, depth] = next as [{ type?: string; value?: unknown; items?: Item[] } | undefined, number];
      if (typeof node !== "object" || node === null) continue;
      const here = node.type === "block-map" || node.type === "block-seq" || node.type === "flow-collection" ? depth + 1 : depth;
      deepest = Math.max(deepest, here);
      if (node.value) pending.push([node.value, here]);
      for (const item of node.items ?? []) {
        if (item.key) pending.push([item.key, here]);
        if (item.value) pending.push([item.value, here]);
      }
    }
  }
  return deepest;
}

/** The documents of a text, as kubectl reads them; a text nested too deeply is refused. */
export function parseKubectlYaml(text: string, source: string): Document.Parsed[] {
  const depth = nestingDepth(text);
  if (depth > MAX_NESTING) {
    throw new Error(`${source}: not read: it nests ${depth} levels deep, more than the ${MAX_NESTING} this reader allows`);
  }
  return parseAllDocuments(text, KUBECTL_YAML) as Document.Parsed[];
}

/** A document's first error in one line, without the excerpt (and the colon that leads to it). */
export function firstError(document: Document): string | undefined {
  const message = document.errors[0]?.message;
  const line = message?.split("\n")[0].replace(/:\s*$/, "");
  // The parser may quote what it read; from a file that is not YAML that can be kilobytes.
  return line !== undefined && line.length > 300 ? `${line.slice(0, 300)}...` : line;
}

/** `path.key`, or `key` at the top. */
const child = (path: string, key: string) => (path ? `${path}.${key}` : key);

const scalarText = (node: Scalar) => node.source ?? String(node.value);

/** Calls `visit` for every scalar of a node with its path (map keys by their text, list items by index). */
function eachScalar(node: unknown, path: string, visit: (scalar: Scalar, path: string) => void): void {
  if (isScalar(node)) visit(node, path);
  else if (isMap(node) || isSeq(node)) {
    node.items.forEach((item, i) => {
      if (isPair(item)) eachScalar(item.value, child(path, isScalar(item.key) ? scalarText(item.key) : String(i)), visit);
      else eachScalar(item, child(path, String(i)), visit);
    });
  }
}

/** Why kubectl cannot send the document (a .inf or .nan: JSON has no such number), or undefined. */
export function nonFiniteProblem(document: Document): string | undefined {
  let problem: string | undefined;
  eachScalar(document.contents, "", (scalar, path) => {
    if (problem === undefined && typeof scalar.value === "number" && !Number.isFinite(scalar.value)) {
      const text = scalarText(scalar);
      const what = Number.isNaN(scalar.value) ? "not-a-number" : "infinity";
      problem = `${path}: ${text} is ${what} in YAML 1.1, which JSON cannot carry, so kubectl cannot send this manifest; quote it (${JSON.stringify(text)}) if you mean the string`;
    }
  });
  return problem;
}

const show = (v: unknown) =>
  typeof v === "string" ? `the string ${JSON.stringify(v)}` : `the ${v === null ? "null" : typeof v} ${String(v)}`;

/** Notes on the scalars of `a` (read as YAML 1.1) that `b` (the same text as YAML 1.2) reads otherwise. */
function differences(a: unknown, b: unknown, path: string, out: string[], key = false): void {
  if ((isMap(a) && isMap(b)) || (isSeq(a) && isSeq(b))) {
    const other = b.items as unknown[];
    a.items.forEach((item: unknown, i) => {
      const twin = other[i];
      if (isPair(item) && isPair(twin)) {
        const at = child(path, isScalar(item.key) ? scalarText(item.key) : String(i));
        differences(item.key, twin.key, at, out, true);
        differences(item.value, twin.value, at, out);
      } else differences(item, twin, child(path, String(i)), out);
    });
    return;
  }
  if (!isScalar(a) || !isScalar(b) || Object.is(a.value, b.value)) return;
  const text = scalarText(a);
  const what = `${path}: ${key ? "the key " : ""}${text} is ${show(a.value)} for kubectl (YAML 1.1) but ${show(b.value)} in YAML 1.2`;
  // A string for kubectl is already what was written; otherwise, quoting makes it one.
  out.push(typeof a.value === "string" ? what : `${what}; quote it (${JSON.stringify(text)}) if you mean the string`);
}

/** Where `text` (parsed as `document` by parseKubectlYaml) means two things: YAML 1.1 and YAML 1.2. */
export function yaml11Notes(document: Document, text: string, index = 0): string[] {
  const notes: string[] = [];
  const yaml12 = parseAllDocuments(text)[index] as Document<Node> | undefined;
  if (yaml12) differences(document.contents as ParsedNode | null, yaml12.contents, "", notes);
  return notes;
}
