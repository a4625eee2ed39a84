import { marked } from "marked";
import sanitizeHtml from "sanitize-html";

// Verdict reasoning is written in Markdown by the desk and shown to the public.
// It is rendered and then sanitised: no script, no event handlers, no style,
// links only to http(s) (the record is on the web), and every link opens safely.
const ALLOWED = {
  allowedTags: ["p", "br", "strong", "em", "a", "ul", "ol", "li", "blockquote", "code", "pre", "h2", "h3", "h4", "hr"],
  allowedAttributes: { a: ["href", "title"] },
  allowedSchemes: ["http", "https"],
  transformTags: {
    a: sanitizeHtml.simpleTransform("a", { rel: "nofollow noopener noreferrer" }),
    h1: "h2",
  },
};

export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true }) as string;
  return sanitizeHtml(html, { ...ALLOWED, allowedAttributes: { a: ["href", "title", "rel"] } });
}
