// What a log line must never hold: passwords, tokens, cookies, secrets.
// Applied to every line's fields and message (lib/observability/log.ts), so a
// careless `console.error(request.headers)` or a connection address in an
// error message leaves no secret in the log.

export const REDACTED = "[redacted]";

// Field names whose values are secrets whatever they hold.
const SECRET_KEY = /password|passwd|^pass$|secret|token|cookie|authorization|api[-_]?key|credential|^session/i;

// Secrets inside free text: a URL's user:password@, a bearer or basic
// credential, key=value pairs in a query string or a connection string.
const TEXT_RULES: [RegExp, string][] = [
  [/\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@]*):[^\s@/]*@/gi, `$1:${REDACTED}@`],
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/g, `$1 ${REDACTED}`],
  [/\b((?:pass(?:word|wd)?|secret|token|access_token|refresh_token|api_?key|session(?:[_-]?token)?|code)=)[^&\s"';]+/gi, `$1${REDACTED}`],
  [/\b(PASSWORD\s+)'(?:[^']|'')*'/gi, `$1'${REDACTED}'`],
  [/\b((?:__Secure-|__Host-)?(?:authjs|next-auth)\.[a-z-]+(?:\.\d+)?=)[^;\s]+/gi, `$1${REDACTED}`],
];

export function redactText(text: string): string {
  let result = text;
  for (const [pattern, replacement] of TEXT_RULES) result = result.replace(pattern, replacement);
  return result;
}

const MAX_DEPTH = 6;

// A copy of the value with secret fields blanked and secrets cut out of text.
// Plain objects and arrays are walked; an Error becomes { type, message,
// stack } (its stack in one field, so a trace is one line, not many).
export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return redactText(value);
  if (value === null || typeof value !== "object") return value;
  if (depth >= MAX_DEPTH) return "[too deep]";
  if (value instanceof Error) {
    const fields: Record<string, unknown> = { type: value.name, message: redactText(value.message) };
    if (value.stack) fields.stack = redactText(value.stack);
    const code = (value as { code?: unknown }).code;
    if (code !== undefined) fields.code = code;
    if (value.cause !== undefined) fields.cause = redact(value.cause, depth + 1);
    return fields;
  }
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  if (value instanceof Date) return value.toISOString();
  if (typeof (value as { entries?: unknown }).entries === "function" && typeof (value as { get?: unknown }).get === "function") {
    // Headers, Map, URLSearchParams: read as plain pairs.
    return redact(Object.fromEntries((value as unknown as Iterable<[string, unknown]> & { entries(): Iterable<[string, unknown]> }).entries()), depth);
  }
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) copy[key] = SECRET_KEY.test(key) ? REDACTED : redact(field, depth + 1);
  return copy;
}
