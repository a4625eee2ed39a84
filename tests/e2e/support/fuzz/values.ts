import fc from "fast-check";

// The values the fuzz types into fields: plausible ones (so some requests get
// past validation and reach the database) mixed with hostile ones. A value is
// either text (sent as UTF-8), raw bytes (to send what no browser would, such
// as a lone surrogate encoded as UTF-8), or a reference to a row of the
// database, looked up just before sending (see id-pool.ts) so that a case
// stays reproducible from its seed whatever rows exist.

export type PoolName =
  | "claim"
  | "publishedClaim"
  | "speaker"
  | "source"
  | "evidence"
  | "rating"
  | "user"
  | "appearance"
  | "revision"
  | "notification"
  | "topic";

export type FieldValue = { text: string } | { bytes: number[] } | { pool: PoolName; pick: number } | { currentVersion: true; offset: number };

export const text = (value: string): FieldValue => ({ text: value });

const oneOf = (values: readonly string[]) => fc.constantFrom(...values).map(text);

// Characters no stored text may hold (lib/input-rules.ts), and neighbours
// that are allowed, so both sides of each rule are tried.
const CONTROL = [...Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)), "\u007f", "\u0080", "\u0085", "\u009b", "\u009f"];
const BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f", "\u061c"];
const ODD = ["\ufeff", "\ufffe", "\uffff", "\u2028", "\u2029", "\u200b", "\u200d", "\u00a0", "\u0301", "\r\n", "\r", "\t"];

export const hostileCharacter = fc.constantFrom(...CONTROL, ...BIDI, ...ODD, "\ud800", "\udfff");

// Bytes that are not valid UTF-8 or encode what UTF-8 must not: a surrogate
// half (ED A0 80), an overlong NUL (C0 80), a stray continuation byte, a
// truncated sequence, a code point past U+10FFFF.
const BAD_UTF8: number[][] = [[0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf], [0xc0, 0x80], [0x80], [0xe2, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xff, 0xfe]];

const WORDS = [
  "The ministry said the border crossing reopened on schedule.",
  "Inflation fell to 3 percent last quarter, the minister claimed.",
  "Iran",
  "خبرگزاری رسمی",
  "שר האוצר",
  "Zoë Ångström-Łukasz",
  "e\u0301te\u0301",
  "emoji 🙂👩‍👩‍👧",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  '"quoted" & <b>bold</b>',
  "**markdown** [link](javascript:alert(1))",
  "$K1",
  "$@0",
  "$$",
  "__proto__",
  "constructor",
  "../../etc/passwd",
  "%00%0d%0a",
  "null",
  "undefined",
  "[]",
  "{}",
];

const NUMBERS = [
  "0",
  "-1",
  "1",
  "2",
  "3",
  "1.5",
  "1e309",
  "-0",
  "NaN",
  "Infinity",
  "0x10",
  "2147483647",
  "2147483648",
  "9007199254740993",
  "99999999999999999999",
  " 7 ",
];

export const DATES = [
  "2026-06-01",
  "2025-12-31",
  "2024-02-29",
  "2026-06-01T14:30",
  "2026-06-01T14:30:00.000Z",
  "2026-06-01T23:59:59+14:00",
  "1800-01-01",
  "2199-12-31",
  "1799-12-31",
  "2200-01-01",
  "12026-06-01",
  "999999-01-01",
  "0000-01-01",
  "2026-02-30",
  "2025-02-29",
  "2026-13-01",
  "2026-00-10",
  "2026-06-01T25:00",
  "2026-06-01T12:00+99:99",
  "-2026-01-01",
  "+002026-01-01",
  "2026-6-1",
  "01/06/2026",
  "today",
  "2099-01-01",
];

const URLS = [
  "https://example.org/statement",
  "https://news.example.com/2026/06/01/article?id=1#top",
  "http://127.0.0.1:1/refused",
  "http://[::1]/",
  "http://169.254.169.254/latest/meta-data/",
  "javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "file:///etc/passwd",
  "http://",
  "https://user:secret@example.org/",
  "https://exa\u202emple.org/",
  `https://example.org/${"a".repeat(2100)}`,
  "//example.org/no-scheme",
  "https://xn--e1afmkfd.xn--p1ai/",
];

const TIMES = ["14:30", "00:00", "23:59", "24:00", "25:61", "9:5", "-1:00", "14:30:00", "noon"];
const ZONES = ["Asia/Tehran", "Europe/London", "UTC", "America/Argentina/Buenos_Aires", "Mars/Olympus", "../../etc/localtime", "Etc/GMT+14", "asia/tehran"];
const EMAILS = [
  "someone@onrecord.test",
  "new.person@e2e.onrecord.test",
  "UPPER@ONRECORD.TEST",
  "not-an-email",
  "a@b",
  "@onrecord.test",
  `x@${"y".repeat(250)}.test`,
];
const COLOURS = ["#1d4ed8", "#7f1d1d", "#ffffff", "#FFF", "1d4ed8", "#12345g", "red"];

// Text of a plausible length with hostile characters spliced in.
const spliced = fc.tuple(fc.constantFrom(...WORDS), fc.array(hostileCharacter, { minLength: 1, maxLength: 3 }), fc.nat()).map(([base, inserts, at]) => {
  const position = at % (base.length + 1);
  return base.slice(0, position) + inserts.join("") + base.slice(position);
});

// A few 100 KB strings: over every field's limit but under the 1 MB body limit.
const huge = fc.constantFrom("x".repeat(100_000), "é".repeat(60_000), `${"\u202e".repeat(20_000)}tail`, `${"word ".repeat(20_000)}`);

export const hostileText: fc.Arbitrary<FieldValue> = fc.oneof(
  { weight: 3, arbitrary: spliced.map(text) },
  { weight: 2, arbitrary: oneOf(["", " ", "   \t  ", "\n\n", "\u0000", "a\u0000b", "\u202eevil", "\ud800", "x"]) },
  { weight: 1, arbitrary: huge.map(text) },
  { weight: 2, arbitrary: oneOf(NUMBERS) },
  { weight: 1, arbitrary: oneOf(DATES) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }).map(text) },
  { weight: 1, arbitrary: fc.constantFrom(...BAD_UTF8).map((bytes) => ({ bytes: [0x61, ...bytes, 0x62] })) },
);

const sentence = fc.constantFrom(...WORDS.slice(0, 7)).chain((base) => fc.nat(999).map((n) => text(`${base} (${n})`)));

// Values for each kind of field: mostly plausible, otherwise hostile.
const mixed = (plausible: fc.Arbitrary<FieldValue>) => fc.oneof({ weight: 3, arbitrary: plausible }, { weight: 2, arbitrary: hostileText });

export const pick = (pool: PoolName) => fc.nat().map((n): FieldValue => ({ pool, pick: n }));

const madeUpId = oneOf(["e2e-missing-0000", "cm0000000000000000000000", '\'; DROP TABLE "Claim"; --', "../admin", "0", "-1", "a".repeat(300)]);

export const values = {
  text: mixed(sentence),
  date: mixed(oneOf(DATES)),
  time: mixed(oneOf(TIMES)),
  timeZone: mixed(oneOf(ZONES)),
  url: mixed(oneOf(URLS)),
  email: mixed(oneOf(EMAILS)),
  password: mixed(oneOf(["correct horse battery staple", "short", "é".repeat(40), "p".repeat(73)])),
  colour: mixed(oneOf(COLOURS)),
  number: mixed(oneOf(NUMBERS)),
  probability: mixed(oneOf(["0.38", "38%", "0", "1", "100%", "101", "-0.1", "0.5.5"])),
  checkbox: mixed(oneOf(["on", "true", "1", "", "off", "false", "yes"])),
  choice: (choices: readonly string[]) => mixed(oneOf([...choices, ...choices.map((choice) => choice.toLowerCase()), ""])),
  id: (pool: PoolName) => fc.oneof({ weight: 5, arbitrary: pick(pool) }, { weight: 2, arbitrary: madeUpId }, { weight: 1, arbitrary: hostileText }),
  // The version the claim has now (offset 0), one behind, or junk.
  version: fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(0, 0, 0, -1, 1).map((offset): FieldValue => ({ currentVersion: true, offset })) },
    { weight: 2, arbitrary: oneOf(NUMBERS) },
    { weight: 1, arbitrary: hostileText },
  ),
};

// Field names no form has: unknown fields must be ignored, never stored.
export const unknownFieldName = fc.constantFrom(
  "__proto__",
  "constructor",
  "prototype",
  "$ACTION_ID_0",
  "status",
  "createdById",
  "role",
  "id",
  "x".repeat(500),
  "名前",
  "a\u202eb",
);
