// What the local proxy prints of what it was sent (the access log, the echo upstream's JSON,
// the plugin's own log lines): text a terminal shows as text, never acts on.

const hex2 = (code: number) => code.toString(16).padStart(2, "0");

/**
 * What a terminal must not be handed: C0 and C1 controls and DEL (\p{Cc}), every format
 * character (\p{Cf}: the bidi embeddings, overrides and isolates U+202A-U+202E and
 * U+2066-U+2069, the marks U+200E, U+200F and U+061C, zero-width characters, the BOM, soft
 * hyphen, tag characters), and the line and paragraph separators U+2028 and U+2029.
 */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/** Text with every UNSAFE character escaped: below U+0080 as \xHH, the others as \u{HEX}. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.codePointAt(0) ?? 0;
    return code < 0x80 ? `\\x${hex2(code)}` : `\\u{${code.toString(16)}}`;
  });
}

/** Fatal and not streaming, so one decoder serves every call. */
const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Bytes (a binary string, one char per byte) shown in a log line: valid UTF-8 as terminalSafe
 * text; bytes that are not valid UTF-8 with printable ASCII as it is and every other byte as \xHH.
 */
export function printable(binary: string): string {
  let text: string;
  try {
    text = STRICT_UTF8.decode(Buffer.from(binary, "latin1"));
  } catch {
    return binary.replace(/[^\x20-\x7e]/g, (c) => `\\x${hex2(c.charCodeAt(0))}`);
  }
  return terminalSafe(text);
}
