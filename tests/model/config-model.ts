// An independent model of the plugin's configuration rules, written from the README's
// table in TypeScript with a different JSON parser (jsonc-parser in strict mode), so that
// fuzzing can compare the compiled plugin's verdict with it.

import jsonc from "jsonc-parser";
import { parseBlock } from "./trust-model.ts";

const { parseTree } = jsonc;

export interface ModelSettings {
  header: string;
  value: Uint8Array | null;
  preserveExisting: boolean;
  echoResponse: boolean;
  /** "uuidv4" or "uuidv7". */
  generator: string;
  useTraceId: boolean;
  /** trusted_sources' entries as given, or null when absent. */
  trusted: string[] | null;
}

export type ModelVerdict =
  | { accepted: true; settings: ModelSettings }
  /** `field`: the first field (in document order) that is wrong, when the JSON itself is sound. */
  | { accepted: false; field?: string; reason: string };

const FIELDS = ["tracking_header", "tracking_value", "preserve_existing", "echo_response", "generator", "use_trace_id", "trusted_sources"];
const BOOLEANS: Record<string, "preserveExisting" | "echoResponse" | "useTraceId"> = {
  preserve_existing: "preserveExisting",
  echo_response: "echoResponse",
  use_trace_id: "useTraceId",
};
const GENERATORS = ["uuidv4", "uuidv7"];
// The README's list: what the proxy owns, and what HTTP/1.1 makes connection-level.
const PROXY_OWNED = [
  "host",
  "content-length",
  "transfer-encoding",
  "connection",
  "te",
  "upgrade",
  "keep-alive",
  "proxy-connection",
  "trailer",
  "expect",
  "http2-settings",
];
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

const refuse = (reason: string, field?: string): ModelVerdict => ({ accepted: false, field, reason });

function headerProblem(name: string): string | undefined {
  if (name.length === 0) return "empty";
  if (name.startsWith(":")) return "pseudo-header";
  if (name.length > 256) return "too long";
  if (!TOKEN.test(name)) return "not a token";
  if (PROXY_OWNED.includes(name.toLowerCase())) return "proxy-owned";
  if (["authorization", "proxy-authorization", "cookie", "set-cookie"].includes(name.toLowerCase())) return "credentials";
  return undefined;
}

/** The rule for configured values, which also decides whether an incoming value is kept. */
export function valueProblem(bytes: Uint8Array): string | undefined {
  if (bytes.length === 0) return "empty";
  if (bytes.length > 8192) return "too long";
  if (bytes.some((b) => (b < 0x20 && b !== 0x09) || b === 0x7f)) return "control character";
  const edge = (b: number) => b === 0x20 || b === 0x09;
  if (edge(bytes[0]) || edge(bytes[bytes.length - 1])) return "edge whitespace";
  return undefined;
}

function hasLoneSurrogate(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return true;
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      return true;
    }
  }
  return false;
}

/** The deepest bracket nesting outside strings. */
function maxDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "[" || c === "{") max = Math.max(max, ++depth);
    else if (c === "]" || c === "}") depth--;
  }
  return max;
}

export function modelConfiguration(doc: Uint8Array): ModelVerdict {
  const settings: ModelSettings = {
    header: "x-request-id",
    value: null,
    preserveExisting: true,
    echoResponse: false,
    generator: "uuidv4",
    useTraceId: false,
    trusted: null,
  };
  if (doc.every((b) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d)) return { accepted: true, settings };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(doc);
  } catch {
    return refuse("not UTF-8");
  }
  // Any array or object inside the top-level object is a wrong type or an unknown field, so a
  // deeply nested document is refused; checking the depth first keeps the parser's recursion shallow.
  if (maxDepth(text) > 64) return refuse("nested values");
  const errors: jsonc.ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  if (errors.length > 0 || !tree) return refuse("not JSON");
  if (tree.type !== "object") return refuse("not an object");

  const seen = new Set<string>();
  for (const property of tree.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    const key = keyNode.value as string;
    if (hasLoneSurrogate(key)) return refuse("lone surrogate");
    if (!FIELDS.includes(key)) return refuse("unknown field", key);
    if (seen.has(key)) return refuse("repeated field", key);
    seen.add(key);
    if (valueNode.type === "null") continue;
    if (key in BOOLEANS) {
      if (valueNode.type !== "boolean") return refuse("not a boolean", key);
      settings[BOOLEANS[key]] = valueNode.value;
      continue;
    }
    if (key === "trusted_sources") {
      if (valueNode.type !== "array") return refuse("not an array", key);
      const entries = valueNode.children ?? [];
      if (entries.some((e) => e.type !== "string")) return refuse("an entry that is not a string", key);
      const texts = entries.map((e) => e.value as string);
      if (texts.length > 64) return refuse("more than 64 entries", key);
      if (texts.some((t) => hasLoneSurrogate(t) || parseBlock(t) === undefined)) return refuse("not a block", key);
      settings.trusted = texts;
      continue;
    }
    if (valueNode.type !== "string") return refuse("not a string", key);
    const value = valueNode.value as string;
    if (hasLoneSurrogate(value)) return refuse("lone surrogate");
    if (key === "generator") {
      if (!GENERATORS.includes(value)) return refuse("unknown generator", key);
      settings.generator = value;
    } else if (key === "tracking_header") {
      const problem = headerProblem(value);
      if (problem) return refuse(problem, key);
      settings.header = value.replace(/[A-Z]/g, (c) => c.toLowerCase());
    } else {
      const bytes = new TextEncoder().encode(value);
      const problem = valueProblem(bytes);
      if (problem) return refuse(problem, key);
      settings.value = bytes;
    }
  }
  return { accepted: true, settings };
}

/** The plugin's own words for accepted settings, as its configure-time info line has them. */
export function describeSettings(s: ModelSettings): string {
  const quote = (bytes: Uint8Array): string => {
    let end = Math.min(bytes.length, 64);
    while (end < bytes.length && end > 0 && (bytes[end] & 0xc0) === 0x80) end--;
    // Characters a terminal acts on are shown as the \xNN of each of their bytes: C0 and C1
    // controls, DEL, and the bidirectional overrides and isolates.
    const hidden = (cp: number) =>
      cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
    let out = "";
    for (const ch of new TextDecoder().decode(bytes.subarray(0, end))) {
      if (ch === '"' || ch === "\\") out += `\\${ch}`;
      else if (hidden(ch.codePointAt(0) ?? 0)) out += [...Buffer.from(ch)].map((b) => `\\x${b.toString(16).padStart(2, "0")}`).join("");
      else out += ch;
    }
    out = `"${out}"`;
    return end < bytes.length ? `${out}... (${bytes.length} bytes)` : out;
  };
  return (
    `tracking_header=${s.header} tracking_value=${s.value === null ? `<${s.generator} per request>` : quote(s.value)}` +
    ` preserve_existing=${s.preserveExisting} echo_response=${s.echoResponse} use_trace_id=${s.useTraceId}` +
    ` trusted_sources=${s.trusted === null ? "<any peer>" : `[${s.trusted.join(",")}]`}`
  );
}
