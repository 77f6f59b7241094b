// Secrets a command holds (a registry password, its base64 user:password, a bearer token) and
// the scrubbing of every message that reaches the user: a secret of at least
// ANYWHERE_LENGTH characters is replaced wherever it appears, a shorter one where it stands
// as a whole word (so that a short password does not mangle other words), and so is any
// Authorization value.

const secrets = new Set<string>();

/** Remembers a value that must never be printed. */
export function addSecret(value: string | undefined): void {
  if (value) secrets.add(value);
}

/** The password in the forms a registry may echo it: plain, URL-encoded, JSON-escaped, and the base64 user:password of Basic authentication. */
export function addCredentials(username: string, password: string): void {
  addSecret(password);
  addSecret(encodeURIComponent(password));
  addSecret(JSON.stringify(password).slice(1, -1));
  addSecret(Buffer.from(`${username}:${password}`).toString("base64"));
}

/** From this length a secret is replaced even inside a longer word: it cannot be there by chance. */
export const ANYWHERE_LENGTH = 8;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const WORD = /[A-Za-z0-9]/;

/** Authorization values, in a header line, a JSON echo or a bare "Basic ..."/"Bearer ..." token. */
const AUTHORIZATION = /(authorization["']?\s*[:=]\s*\[?\s*["']?)(?:[A-Za-z]+\s+)?[^\s"',\])]+/gi;
// Not a challenge's parameters (Basic realm="...").
const SCHEME_TOKEN = /\b(Basic|Bearer)\s+(?!(?:realm|scope|service|error)=)[A-Za-z0-9._~+/-]+=*/g;

/** The text with every remembered secret and every Authorization value replaced by ***. */
export function scrub(text: string): string {
  let out = text.replace(AUTHORIZATION, "$1***").replace(SCHEME_TOKEN, "$1 ***");
  // Longest first, so a secret that contains another is replaced whole.
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    const whole = secret.length < ANYWHERE_LENGTH;
    const left = whole && WORD.test(secret[0]) ? "(?<![A-Za-z0-9])" : "";
    const right = whole && WORD.test(secret[secret.length - 1]) ? "(?![A-Za-z0-9])" : "";
    out = out.replace(new RegExp(`${left}${escapeRegExp(secret)}${right}`, "g"), "***");
  }
  return out;
}
