// Finds who a sentence attributes its content to, and which words are the
// content: "X said (that) ...", "... , X said", "..., said X, the minister",
// "According to X, ...", "Iran, the ministry said, has ...", and quotes split
// around the attribution ("We are ready," she said, "but not at any price.").

import { MONTH_NAMES, WEEKDAY_NAMES } from "./calendar";
import { readsAsClause, takesClause } from "./clauses";
import { CLOSING_QUOTES, maskQuotes, OPENING_QUOTES, QUOTE_CHARACTERS } from "./quotes";
import type { SpeakerMemory } from "./speaker-memory";
import { readLeadingSubject, readSpeaker, type SpeakerReading } from "./speakers";

export type Piece = { start: number; end: number };

export type Attribution = {
  reading: SpeakerReading;
  /** The word that attributes it: "said", "insisted", "according to". */
  verb: string;
  /** Where the reported content is in the sentence: two pieces when a quote is split around "she said". */
  content: Piece[];
  /** How the pieces join back into one claim. */
  joiner: string;
  /**
   * The content cannot stand alone ("pledged to open ten clinics",
   * "denied the report"), so the claim keeps the speaker and the verb.
   */
  keepsVerb: boolean;
};

const SPEECH_VERBS = [
  "said",
  "says",
  "say",
  "told",
  "tells",
  "claimed",
  "claims",
  "insisted",
  "insists",
  "announced",
  "announces",
  "warned",
  "warns",
  "stated",
  "states",
  "argued",
  "argues",
  "added",
  "adds",
  "denied",
  "denies",
  "confirmed",
  "confirms",
  "noted",
  "notes",
  "explained",
  "explains",
  "wrote",
  "writes",
  "declared",
  "asserted",
  "maintained",
  "maintains",
  "acknowledged",
  "admitted",
  "conceded",
  "predicted",
  "predicts",
  "forecast",
  "forecasts",
  "pledged",
  "pledges",
  "vowed",
  "vows",
  "promised",
  "promises",
  "committed",
  "estimated",
  "estimates",
  "reported",
  "reports",
  "cautioned",
  "stressed",
  "emphasised",
  "emphasized",
  "countered",
  "replied",
  "responded",
  "asked",
  "expect",
  "expects",
  "expected",
  "projected",
  "suggested",
  "boasted",
  "complained",
  "alleged",
  "revealed",
  "disclosed",
  "assured",
  "guaranteed",
  "swore",
];
// Also nouns ("the claims", "member states"): attributions only when "that" or a quote follows.
const NOUN_LIKE = new Set(["claims", "states", "notes", "reports", "estimates", "forecasts", "promises", "pledges", "vows"]);
const VERB_PATTERN = new RegExp(`\\b(?:${SPEECH_VERBS.join("|")})\\b`, "g");

const WEEKDAYS = WEEKDAY_NAMES.join("|");
// Case-sensitive on purpose: with the "i" flag, \p{Lu} matches lowercase letters too, and
// "in a statement on Tuesday that the plant will reopen" would be read as one long place name.
const PLACE = "\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*";
// Words between the verb and what was said: "told reporters in Vienna on Tuesday that ...".
const MODIFIERS = [
  new RegExp(`^\\s*(?:late|early|earlier|later)?\\s*on\\s+(?:${WEEKDAYS})(?:\\s+(?:morning|afternoon|evening|night))?\\b`, "iu"),
  new RegExp(`^\\s*(?:${WEEKDAYS})(?:\\s+(?:morning|afternoon|evening|night))?\\b`, "u"),
  new RegExp(`^\\s*on\\s+(?:(?:${MONTH_NAMES})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}\\s+(?:${MONTH_NAMES})\\.?)(?:,?\\s+\\d{4})?\\b`, "u"),
  /^\s*(?:yesterday|today|tonight|last\s+(?:night|week|month)|this\s+(?:morning|afternoon|evening|week)|earlier\s+(?:today|this\s+week))\b/i,
  new RegExp(
    `^\\s*in\\s+(?:an?|his|her|their|its)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:statement|interview|speech|address|briefing|post|letter|report|note|broadcast|message|op-ed|conference|call|hearing|session|testimony|debate|memo|email)(?:\\s+(?:to|with|on|from|at)\\s+(?:the\\s+)?${PLACE})?`,
    "u",
  ),
  new RegExp(
    `^\\s*(?:at|during)\\s+(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:conference|briefing|summit|meeting|rally|hearing|forum|event|session|ceremony|launch|debate)(?:\\s+(?:in|at|on)\\s+${PLACE})?`,
    "u",
  ),
  new RegExp(`^\\s*in\\s+${PLACE}(?=[\\s,]|$)`, "u"),
  /^\s*(?:publicly|privately|repeatedly|again|also|separately|flatly|firmly|bluntly|earlier)\b/i,
  // Any other occasion, as long as "that" follows it: "during a visit to the plant that ...",
  // "in a statement posted on X that ...". Without the "that" it could be the content itself.
  /^\s*(?:in|at|during|on|after|following|before|from|via|through|posted|published|issued|released|sent|carried|broadcast|aired)\s[^,;:"“”.!?]{1,80}?(?=\s+that\s)/,
];
const TOLD_OBJECT = new RegExp(
  `^\\s*(?:reporters|journalists|lawmakers|legislators|parliament|the\\s+press|the\\s+media|state\\s+media|state\\s+television|delegates|supporters|an?\\s+(?:news|press)\\s+conference|the\\s+[\\p{L}-]+\\s+(?:committee|council|assembly)|(?:the|a|an|this|that|[\\p{L}]+['’]s)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:meeting|hearing|conference|summit|rally|audience|crowd|board|gathering|forum|chamber|session|inquiry|jury|court|tribunal|committee|council|assembly|congress|convention)(?![\\p{L}-])|(?:the\\s+)?${PLACE})`,
  "u",
);
// After ", X said": a participle or a conjunction adds more, it is not part of the content.
const AFTERTHOUGHT =
  /^(?:adding|noting|saying|citing|calling|describing|referring|pointing|insisting|warning|while|but|and|although|though|as|because|after|before|when|who|which|in|at|with|without)\b/;

function skipModifiers(body: string, from: number, verb: string): number {
  let cursor = from;
  if (verb === "told" || verb === "tells") {
    const object = TOLD_OBJECT.exec(body.slice(cursor));
    if (object) cursor += object[0].length;
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const modifier of MODIFIERS) {
      const match = modifier.exec(body.slice(cursor));
      if (match?.[0].trim()) {
        cursor += match[0].length;
        changed = true;
      }
    }
  }
  return cursor;
}

const skipSpaces = (body: string, index: number) => {
  let cursor = index;
  while (cursor < body.length && /\s/.test(body[cursor]!)) cursor += 1;
  return cursor;
};

/** The end of the sentence without its final stop; a stop inside a closing quote stays (`... "fully agreed."`). */
function contentEnd(body: string): number {
  let end = body.length;
  while (end > 0 && /[\s.!?…]/.test(body[end - 1]!)) end -= 1;
  return end;
}

function leading(body: string, masked: string, start: number, verb: string, memory: SpeakerMemory): Attribution | undefined {
  const left = body.slice(0, start);
  const near = left.length <= SPEAKER_REACH;
  if (near && QUOTE_CHARACTERS.test(masked.slice(0, start))) return undefined;
  // A comma right before the verb closes an aside ("Ortiz, 54, said"); when it is the only
  // comma it opens one instead: "The report, expected in August, will ..." is no attribution.
  if (/,\s*$/.test(left) && (masked.slice(0, start).match(/,/g) ?? []).length === 1) return undefined;
  let reading = near ? readSpeaker(left, memory) : undefined;
  if (!reading && near && /\b(?:and|but|then)\s*$/.test(left)) {
    // "Finance Minister Clara Weiss welcomed the figures and said ..."
    reading = readLeadingSubject(left, memory);
  }
  if (!reading) {
    // "..., and the authority's chief executive, Ken Adebayo, warned that ..."
    const tail = left.slice(-SPEAKER_REACH);
    const joint = /(?:,\s*(?:and|but)\s+|;\s*)(?=[^,;]*(?:,[^,;]*){0,2}$)/g;
    const last = [...tail.matchAll(joint)].at(-1);
    if (last) reading = readSpeaker(tail.slice(last.index! + last[0].length), memory);
  }
  if (!reading) return undefined;

  const after = skipModifiers(body, start + verb.length, verb);
  let cursor = skipSpaces(body, after);
  const rest = body.slice(cursor);
  const end = contentEnd(body);
  // "The figures, which are expected on Friday, will ...": the verb sat in an aside.
  if (/^[,;]/.test(rest) && !/^,\s*["“]/.test(rest)) return undefined;
  if (/^[,:]\s*["“]/.test(rest)) {
    cursor = skipSpaces(body, cursor + 1);
    return { reading, verb, content: [{ start: cursor, end }], joiner: " ", keepsVerb: false };
  }
  const that = /^that\s+/.exec(rest);
  if (NOUN_LIKE.has(verb) && !that && !OPENING_QUOTES.has(rest[0] ?? "")) return undefined;
  if (end - cursor < 3) return undefined;
  if (that) {
    const clauseStart = cursor + that[0].length;
    if (readsAsClause(body.slice(clauseStart, end))) {
      return { reading, verb, content: [{ start: clauseStart, end }], joiner: " ", keepsVerb: false };
    }
  } else if (OPENING_QUOTES.has(rest[0] ?? "") || takesClause(verb, body.slice(cursor, end))) {
    return { reading, verb, content: [{ start: cursor, end }], joiner: " ", keepsVerb: false };
  }
  return { reading, verb, content: [{ start: cursor, end }], joiner: " ", keepsVerb: true };
}

// A speaker phrase, asides included, fits in this many characters before its verb.
const SPEAKER_REACH = 400;

/** The last few separators before `limit` in the masked text: commas, semicolons, colons, dashes, quotation marks. */
function separators(masked: string, limit: number): number[] {
  const found: number[] = [];
  for (let i = limit - 1; i >= Math.max(0, limit - SPEAKER_REACH) && found.length < 8; i -= 1) {
    if (/[,;:—–"“”]/.test(masked[i]!)) found.unshift(i);
  }
  return found;
}

const contentBefore = (body: string, separator: number): Piece => ({
  start: 0,
  end: CLOSING_QUOTES.has(body[separator]!) ? separator + 1 : separator,
});

function trailing(body: string, masked: string, start: number, verb: string, memory: SpeakerMemory): Attribution | undefined {
  // The speaker is the last one to three comma-separated parts before the verb.
  const marks = separators(masked, start);
  let best: { reading: SpeakerReading; separator: number; rank: number } | undefined;
  for (let k = marks.length - 1, commas = 0; k >= 0 && commas < 4; k -= 1) {
    const separator = marks[k]!;
    const phrase = body.slice(separator + 1, start);
    if (!phrase.trim()) continue;
    const reading = readSpeaker(phrase, memory);
    if (reading) {
      const rank = (reading.named ? 2 : 0) + (reading.speaker?.title ? 1 : 0);
      if (!best || rank >= best.rank) best = { reading, separator, rank };
    }
    if (masked[separator] !== ",") break;
    commas += 1;
  }
  if (!best) return undefined;
  const first = contentBefore(body, best.separator);
  if (!body.slice(first.start, first.end).replace(/[\s,;:—–-]/g, "")) return undefined;

  const after = skipModifiers(body, start + verb.length, verb);
  const rest = body.slice(after);
  const end = contentEnd(body);
  if (/^\s*[.!?…]*\s*$/.test(rest)) return { reading: best.reading, verb, content: [first], joiner: " ", keepsVerb: false };
  const split = /^\s*,\s*(?=["“])/.exec(rest);
  if (split) {
    const second = { start: after + split[0].length, end };
    return { reading: best.reading, verb, content: [first, second], joiner: " ", keepsVerb: false };
  }
  const more = /^\s*[,;]\s*/.exec(rest);
  if (!more) return undefined;
  const next = rest.slice(more[0].length);
  if (AFTERTHOUGHT.test(next)) return { reading: best.reading, verb, content: [first], joiner: " ", keepsVerb: false };
  // "Iran, the ministry said, has agreed ..." reads "Iran has agreed ..."; "..., the ministry said, the slowest pace since 2021" keeps its comma.
  const second = { start: after + more[0].length, end };
  if (/^(?:the|a|an)\b/.test(next)) return { reading: best.reading, verb, content: [first, second], joiner: ", ", keepsVerb: false };
  if (/^\p{Ll}/u.test(next)) return { reading: best.reading, verb, content: [first, second], joiner: " ", keepsVerb: false };
  return undefined;
}

function inverted(body: string, masked: string, start: number, verb: string, memory: SpeakerMemory): Attribution | undefined {
  // `"We are ready," said Lena Ortiz, Kestria's foreign minister.`
  if (body.length - start > SPEAKER_REACH) return undefined;
  let separator = start - 1;
  while (separator > 0 && /\s/.test(masked[separator]!)) separator -= 1;
  if (separator < 1 || !/[,"”]/.test(masked[separator]!)) return undefined;
  const content = contentBefore(body, separator);
  let phrase = body.slice(start + verb.length).replace(/[\s.!?…]+$/, "");
  phrase = phrase.replace(/,\s*(?:adding|noting|saying|citing|who|which)\b.*$/s, "");
  phrase = phrase.replace(new RegExp(`\\s+(?:on\\s+)?(?:${WEEKDAYS})$|\\s+in\\s+an?\\s+[\\p{L}\\s-]{0,30}?(?:statement|interview)$`, "u"), "");
  const reading = readSpeaker(phrase, memory);
  if (!reading || body.slice(content.start, content.end).replace(/[\s,"“”]/g, "").length < 3) return undefined;
  return { reading, verb, content: [content], joiner: " ", keepsVerb: false };
}

const SOURCE_NOUNS =
  /^(?:(?:the\s+)?(?:new|latest|official|preliminary|provisional|revised|final)\s+)*(?:figures|data|estimates|numbers|statistics|an?\s+(?:\p{L}+\s+)?(?:report|study|survey|poll|statement|analysis|forecast|assessment)|documents|projections)\s*(?:(?:released|published|compiled|issued|seen|obtained|prepared)\s+)?(?:(?:on|in)\s+\p{Lu}\p{L}+\s+)?(?:by|from|of)\s+/iu;

function accordingTo(body: string, masked: string, memory: SpeakerMemory): Attribution | undefined {
  const match = /\b[Aa]ccording to\s+/.exec(masked);
  if (!match) return undefined;
  const sourceStart = match.index + match[0].length;
  const read = (text: string): SpeakerReading => {
    const cleaned = text.replace(SOURCE_NOUNS, "").trim();
    return readSpeaker(cleaned, memory) ?? { named: false, person: false, phrase: text.trim() };
  };
  const end = contentEnd(body);
  const leadingWords = body
    .slice(0, match.index)
    .replace(/^(?:and|but|yet|so|still|however),?\s*/i, "")
    .trim();
  if (!leadingWords) {
    // "According to X, ..."
    const comma = masked.indexOf(",", sourceStart);
    if (comma === -1) return undefined;
    const start = skipSpaces(body, comma + 1);
    return { reading: read(body.slice(sourceStart, comma)), verb: "according to", content: [{ start, end }], joiner: " ", keepsVerb: false };
  }
  const before = masked.slice(0, match.index).trimEnd();
  if (!/[,;—–]$/.test(before)) return undefined;
  const first = contentBefore(body, before.length - 1);
  // "X, according to Y, Z" or "..., according to Y."
  const comma = masked.indexOf(",", sourceStart);
  const next = comma === -1 ? "" : body.slice(comma + 1).trimStart();
  if (comma !== -1 && AFTERTHOUGHT.test(next)) {
    // "..., according to the statistics office, which means ...": the inference is the writer's, not the source's.
    return { reading: read(body.slice(sourceStart, comma)), verb: "according to", content: [first], joiner: " ", keepsVerb: false };
  }
  if (comma !== -1 && /^\p{Ll}/u.test(next)) {
    const second = { start: skipSpaces(body, comma + 1), end };
    return { reading: read(body.slice(sourceStart, comma)), verb: "according to", content: [first, second], joiner: " ", keepsVerb: false };
  }
  return { reading: read(body.slice(sourceStart, end)), verb: "according to", content: [first], joiner: " ", keepsVerb: false };
}

/** Who the sentence attributes its content to, if anyone. `body` is the sentence without its dateline. */
export function findAttribution(body: string, memory: SpeakerMemory): Attribution | undefined {
  const masked = maskQuotes(body);
  // A run-on "sentence" with dozens of "said" is a transcript or a list, not one claim; the first few verbs decide.
  for (const match of [...masked.matchAll(VERB_PATTERN)].slice(0, 12)) {
    const verb = match[0];
    const start = match.index!;
    const found = leading(body, masked, start, verb, memory) ?? trailing(body, masked, start, verb, memory) ?? inverted(body, masked, start, verb, memory);
    if (found) return found;
  }
  return accordingTo(body, masked, memory);
}
