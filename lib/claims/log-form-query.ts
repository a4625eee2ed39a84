import { isDay, isWebAddress } from "@/lib/input-rules";

// What the log form's address may carry when it is opened from the article
// reader (/desk/claims/new?article=…&link=…&on=…): the archived article, the
// article's link, and the day the reader read its dates against. Each is
// dropped when it does not read right; the form then starts as it always does.

export type LogFormQuery = { article?: string; link?: string; on?: string };

const ID = /^[\w-]{1,40}$/;
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export function readLogFormQuery(raw: Record<string, string | string[] | undefined>, today: string): LogFormQuery {
  const article = first(raw.article);
  const link = first(raw.link);
  const on = first(raw.on);
  return {
    ...(typeof article === "string" && ID.test(article) ? { article } : {}),
    ...(typeof link === "string" && isWebAddress(link) ? { link } : {}),
    // A day in the future would only be refused when the claim is logged.
    ...(typeof on === "string" && isDay(on) && on <= today ? { on } : {}),
  };
}

// The reader's link to the log form, carrying what it knows of the article.
export function logFormHref(from: { articleSourceId?: string; articleUrl?: string; publishedOn?: string }): string {
  const params = new URLSearchParams();
  if (from.articleSourceId) params.set("article", from.articleSourceId);
  else if (from.articleUrl) params.set("link", from.articleUrl);
  if (from.publishedOn) params.set("on", from.publishedOn);
  const query = params.toString();
  return query ? `/desk/claims/new?${query}` : "/desk/claims/new";
}
