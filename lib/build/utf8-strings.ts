// An AssemblyScript compiler transform for the plugin's sources: every string literal in
// assembly/ becomes its UTF-8 bytes in static data, decoded when the expression runs.
// AssemblyScript stores a literal as a string object (a 16-byte header and UTF-16 text);
// the plugin's literals are log and refusal messages read only on configuration and error
// paths, so keeping them as UTF-8 makes the module about a fifth smaller at no cost on the
// request path. Decorator arguments and import paths stay literals.

import {
  DecoratorNode,
  ExportImportStatement,
  ExportStatement,
  type Expression,
  ImportStatement,
  Node,
  type Parser,
  type Range,
  StringLiteralExpression,
} from "assemblyscript";
import { Transform } from "assemblyscript/transform";

/** The sources the transform rewrites: the plugin's own. */
const PLUGIN_SOURCES = /^assembly\//;

/** `String.UTF8.decodeUnsafe(memory.data<u8>([bytes]), length, false)` for `text`. */
function decodedBytes(text: string, range: Range): Expression {
  const bytes = Buffer.from(text, "utf8");
  const name = (n: string) => Node.createIdentifierExpression(n, range);
  const member = (object: Expression, property: string) => Node.createPropertyAccessExpression(object, name(property), range);
  const u8 = Node.createNamedType(Node.createSimpleTypeName("u8", range), null, false, range);
  const data = Node.createCallExpression(
    member(name("memory"), "data"),
    [u8],
    [
      Node.createArrayLiteralExpression(
        [...bytes].map((b) => Node.createIntegerLiteralExpression(i64(b), range)),
        range,
      ),
    ],
    range,
  );
  return Node.createCallExpression(
    member(member(name("String"), "UTF8"), "decodeUnsafe"),
    null,
    [data, Node.createIntegerLiteralExpression(i64(bytes.length), range), Node.createFalseExpression(range)],
    range,
  );
}

/** An i64 as the compiler's JavaScript build holds one (its global i64_new, while it runs). */
function i64(value: number): ReturnType<typeof i64_new> {
  return (globalThis as unknown as { i64_new: typeof i64_new }).i64_new(value, 0);
}

declare function i64_new(low: number, high: number): Parameters<typeof Node.createIntegerLiteralExpression>[0];

/** Replaces string literals below `node`, in place, except where literals are required. */
function rewrite(node: unknown): void {
  if (typeof node !== "object" || node === null) return;
  if (
    node instanceof DecoratorNode ||
    node instanceof ImportStatement ||
    node instanceof ExportStatement ||
    node instanceof ExportImportStatement
  )
    return;
  const fields = node as Record<string, unknown>;
  for (const key of Object.keys(fields)) {
    if (key === "range" || key === "parent") continue;
    const value = fields[key];
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        if (item instanceof StringLiteralExpression && item.value.length > 0) value[i] = decodedBytes(item.value, item.range);
        else rewrite(item);
      });
    } else if (value instanceof StringLiteralExpression) {
      if (value.value.length > 0) fields[key] = decodedBytes(value.value, value.range);
    } else if (value instanceof Node) {
      rewrite(value);
    }
  }
}

export default class Utf8Strings extends Transform {
  afterParse(parser: Parser): void {
    for (const source of parser.sources) {
      if (PLUGIN_SOURCES.test(source.normalizedPath)) for (const statement of source.statements) rewrite(statement);
    }
  }
}
