// Whose voice an article is in, where the form of the article says so rather
// than a "said": the signed author of an opinion piece, the speaker labels of
// an interview transcript, the time stamps of a live blog.

const BYLINE = /^By\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s*$/u;
const OPINION = /^(?:Opinion|Comment|Op-ed|Column|Viewpoint)\b|\b(?:opinion|op-ed)\s*[:|]/im;

/**
 * The author of an opinion piece, whose unattributed assertions are hers:
 * signed "By Priya Nair" near the top, and marked as opinion in its first
 * lines or closed with the writer's note ("Priya Nair is a former ...").
 * A news report's byline names a reporter, who asserts nothing, so only
 * opinion counts.
 */
export function opinionAuthor(text: string): string | undefined {
  const lines = text.split(/\n/).slice(0, 6);
  for (const line of lines) {
    const byline = BYLINE.exec(line.trim());
    if (!byline) continue;
    const author = byline[1]!;
    const marked =
      OPINION.test(lines.join("\n")) || new RegExp(`(?:^|\\n)\\s*${author.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s+is\\s+(?:a|an|the)\\s`, "u").test(text);
    return marked ? author : undefined;
  }
  return undefined;
}

// "ERIK HALVORSEN: ..." or "Q:" at the start of a transcript line.
const SPEAKER_LABEL = /^(\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){0,3}):\s+/u;

/** A transcript's speaker label at the start of a sentence, and its name as the desk writes it. */
export function speakerLabel(sentence: string): { length: number; name: string } | undefined {
  const match = SPEAKER_LABEL.exec(sentence);
  if (!match || match[1]!.length < 3 || /^(?:Q|A|UPDATE|BREAKING|NOTE|EDITOR'S NOTE)$/.test(match[1]!)) return undefined;
  const name = match[1]!.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_all, lead: string, letter: string) => lead + letter.toUpperCase());
  return { length: match[0].length, name };
}

// "09:12 " or "10.40 —" opening a live-blog entry.
const TIME_STAMP = /^(?:\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|GMT|BST|CET|UTC))?)\s*[—–-]?\s+/i;

/** The length of a live-blog time stamp at the start of a sentence, or 0. */
export const timeStampLength = (sentence: string) => TIME_STAMP.exec(sentence)?.[0].length ?? 0;

// "The interview was recorded on Wednesday": the day every answer was given.
const RECORDED = /\b(?:interview|conversation|discussion|transcript|exchange)\b[^.]*\b(?:was\s+)?(?:recorded|conducted|held|took\s+place|carried\s+out)\b/i;

export const describesRecording = (sentence: string) => RECORDED.test(sentence);
