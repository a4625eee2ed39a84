import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { removeForbiddenCharacters } from "@/lib/input-rules";

// The readable title and text of an archived page: what a reporter would quote
// from, without menus, scripts and footers. Kept to a size a verdict page and
// the database can carry comfortably.
const MAX_TEXT = 200_000;

export type Readable = { title: string | null; text: string | null };

// Someone else's page: characters no stored text may hold (a NUL, which
// PostgreSQL refuses; direction overrides) are dropped, the rest kept.
const tidy = (text: string) =>
  removeForbiddenCharacters(text)
    .replace(/[ \t\u00a0]+/g, " ")
    .replace(/\s*\n\s*/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()
    .slice(0, MAX_TEXT);

// textContent runs paragraphs together ("talks.Both"); a line break after each
// block keeps them apart.
function textWithBreaks(html: string): string {
  const spaced = html.replace(/<\/(p|div|h[1-6]|li|blockquote|tr|section|article|pre)>|<br\s*\/?>/gi, (tag) => `${tag}\n`);
  return parseHTML(`<!doctype html><html><body>${spaced}</body></html>`).document.body?.textContent ?? "";
}

export function readablePage(body: Buffer, contentType: string | null): Readable {
  const type = (contentType ?? "").toLowerCase();
  if (type.includes("text/plain")) return { title: null, text: tidy(body.toString("utf8")) || null };
  if (!type.includes("html") && type !== "") return { title: null, text: null };
  const { document } = parseHTML(body.toString("utf8"));
  const pageTitle = tidy(document.querySelector("title")?.textContent ?? "").replace(/\s+/g, " ") || null;
  try {
    const article = new Readability(document as unknown as Document).parse();
    if (article?.content && article.textContent?.trim()) {
      return { title: tidy(article.title ?? "").replace(/\s+/g, " ") || pageTitle, text: tidy(textWithBreaks(article.content)) };
    }
  } catch {
    // Readability gives up on some markup; fall back to the body's text.
  }
  // A body that is bare text under an HTML type ("Service unavailable")
  // leaves linkedom without a root element, whose body it cannot find.
  const text = document.documentElement ? (document.body?.textContent ?? "") : body.toString("utf8");
  return { title: pageTitle, text: tidy(text) || null };
}
