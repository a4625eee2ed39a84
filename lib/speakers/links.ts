// A speaker's links as readers may follow them: http(s) addresses only (a
// stored "javascript:" link must never become a link), each once, plus the
// Wikidata entry when the desk recorded its id.

export type SpeakerLink = { href: string; text: string };

const WIKIDATA_ID = /^Q[1-9][0-9]*$/;

export function speakerLinks(links: string[], wikidataId: string | null): SpeakerLink[] {
  const seen = new Set<string>();
  const safe: SpeakerLink[] = [];
  for (const link of links) {
    let url: URL;
    try {
      url = new URL(link.trim());
    } catch {
      continue;
    }
    if ((url.protocol !== "https:" && url.protocol !== "http:") || seen.has(url.href)) continue;
    seen.add(url.href);
    safe.push({ href: url.href, text: `${url.hostname.replace(/^www\./, "")}${url.pathname === "/" ? "" : url.pathname}` });
  }
  if (wikidataId && WIKIDATA_ID.test(wikidataId.trim())) {
    safe.push({ href: `https://www.wikidata.org/wiki/${wikidataId.trim()}`, text: `Wikidata ${wikidataId.trim()}` });
  }
  return safe;
}
