// One sentence, two claims: "has already hired the crews and will reopen the
// line by 2029" states a fact and makes a promise, each checked on its own
// terms and by its own date. Splits the reported words at such an "and".

// "and" (or "and that") followed by a second verb phrase in another tense or
// mood: an auxiliary, a modal, or a verb of promising.
const SECOND_CLAIM =
  /,?\s+and\s+(?:(that)\s+|(?=(?:also\s+|then\s+)?(?:will|would|won['’]t|wouldn['’]t|has|have|had|could|can|is|are|was|were|(?:pledged|promised|vowed)(?!\s+that)|plans|planned|expects|intends)\b))/g;
// The first part must hold a verb of its own: "profits and will rise" is no sentence.
const FINITE_VERB = /\b(?:has|have|had|will|would|is|are|was|were|did|does|can|could|\p{L}{3,}ed)\b/iu;
// The subject: the words before the first part's verb.
const SUBJECT = /^(.{2,80}?)\s+(?:(?:already|also|now|just|recently|still)\s+)?(?:has|have|had|will|would|is|are|was|were|did|does|can|could|\p{L}{3,}ed)\b/u;

export type Conjoined = {
  /** Where the first claim ends and the second begins, as offsets in the text given. */
  firstEnd: number;
  secondStart: number;
  /** Words to put before the second claim when it has no subject of its own ("Velo Rail"); absent after "and that". */
  subject?: string;
};

/** Where `content` (reported words, without the attribution) holds two claims, if it does. */
export function splitConjoined(content: string): Conjoined | undefined {
  for (const match of content.matchAll(SECOND_CLAIM)) {
    const first = content.slice(0, match.index);
    const second = content.slice(match.index! + match[0].length);
    // Inside a quotation the split would cut the quote in two; a short tail is no claim.
    if ((first.match(/["“”]/g) ?? []).length % 2 === 1) continue;
    if (!FINITE_VERB.test(first) || second.split(/\s+/).length < 3 || first.split(/\s+/).length < 3) continue;
    if (match[1]) return { firstEnd: match.index!, secondStart: match.index! + match[0].length };
    const subject = SUBJECT.exec(first.trim())?.[1];
    // Without a subject to carry over the second half cannot stand alone.
    if (!subject || /[,;:]/.test(subject) || subject.split(/\s+/).length > 8) continue;
    return { firstEnd: match.index!, secondStart: match.index! + match[0].length, subject };
  }
  return undefined;
}
