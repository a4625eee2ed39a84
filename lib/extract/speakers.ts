// Reads the words that name a speaker ("Kestria's Foreign Minister Lena
// Ortiz", "the central bank governor, Omar Reyes", "the ministry", "she",
// "a senior official") and resolves them against the people and
// organisations already met in the article.

import { MONTH_NAMES, WEEKDAY_NAMES } from "./calendar";
import { QUOTE_CHARACTERS } from "./quotes";
import type { Gender, SpeakerMemory } from "./speaker-memory";
import { findDescribedMentions, NAME, NAME_WORD, PERSON_NAME, PLAIN_WORD, readDescribedName, splitTitledName, TITLE_MODIFIER } from "./speaker-names";
import { ORGANISATION_HEADS, ROLE_WORDS, TITLE_HEADS, UNNAMED_HEADS } from "./speaker-words";
import type { Speaker } from "./types";

export type SpeakerReading = {
  speaker?: Speaker;
  /** A named person or organisation, as opposed to "officials" or a "they" we cannot resolve. */
  named: boolean;
  person: boolean;
  /** "he" or "she", so the person can be remembered as such. */
  gender?: Gender;
  /** The words as they stand in the sentence, for rebuilding a claim ("The ministry pledged to ..."). */
  phrase: string;
};

const TITLE = `(?:${TITLE_MODIFIER}\\s+)*(?:${TITLE_HEADS.join("|")})(?:\\s+(?:of|for)(?:\\s+the)?(?:\\s+${PLAIN_WORD})+?)?`;
const POSSESSIVE = `${PLAIN_WORD}(?:\\s+${PLAIN_WORD})*['’]s`;

const TITLED_NAME = new RegExp(`^(?:[Tt]he\\s+)?(?:${POSSESSIVE}\\s+)?(${TITLE})\\s+(${NAME})$`, "u");
const TITLED_MENTION = new RegExp(`(?<![\\p{L}'’.])(${TITLE})\\s+(${NAME})`, "gu");
const HONORIFIC_NAME = new RegExp(`^(Mr|Mrs|Ms|Mx|Miss)\\.?\\s+(${NAME})$`, "u");

const ORGANISATION_MENTION = new RegExp(
  `(?:${NAME_WORD}\\s+){0,4}(?:Ministry|Department|Agency|Bank|Fund|Office|Council|Commission|Committee|Authority|Institute|Bureau|Union|Organisation|Organization|Corporation|Board|Service|Court|Parliament|Assembly|Party|Embassy|Chamber|Observatory|Federation|Association|Foundation|Centre|Center|Tribunal)(?:\\s+of(?:\\s+the)?(?:\\s+${PLAIN_WORD})+)?`,
  "gu",
);

const DETERMINERS = new Set(["the", "a", "an", "its", "his", "her", "their", "our", "this", "that"]);
const CONNECTORS = /^(?:and|but|yet|so|still|meanwhile|however|separately|also|instead|now|then|later|earlier|indeed|moreover|in turn)\s+/i;
const TRAILING_WORDS = new RegExp(
  `\\s+(?:also|later|earlier|again|repeatedly|previously|separately|publicly|privately|flatly|firmly|then|has|have|had|already|recently|initially|once|further|simply|bluntly|openly|reportedly|subsequently|quickly|angrily|confidently|cautiously|immediately|yesterday|today|last\\s+(?:week|month|year|night)|on\\s+(?:${WEEKDAY_NAMES.join("|")})|(?:${WEEKDAY_NAMES.join("|")}))$`,
  "i",
);
const SKIPPED_SEGMENT = new RegExp(
  `^(?:who|which|whose|where|speaking|writing|appearing|addressing|asked|according|responding|adding|noting|citing|however|meanwhile|though|too|in\\s+turn|for\\s+(?:his|her|its|their)\\s+part|in\\s+an?\\s|at\\s+an?\\s|during\\s|late\\s+on|earlier\\s+on|(?:on\\s+)?(?:${WEEKDAY_NAMES.join("|")})\\b|on\\s+(?:${MONTH_NAMES})\\b|yesterday|today|aged?\\s|\\d{1,3}$)`,
  "i",
);

// Plural sources of a named institution; "a senior official at ..." or "economists at the bank" stay unnamed.
const GROUP_AT_INSTITUTION = new RegExp(
  `^(?:the\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}(?:${[...UNNAMED_HEADS].filter((head) => /[^s]s$/.test(head)).join("|")})\\s+(?:at|of|from)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.'’&-]*(?:\\s+\\p{Lu}[\\p{L}.'’&-]*)*$`,
  "u",
);

const GENERIC_ORGANISATION = /^(?:the\s+)?(?:company|firm|group|utility|operator|developer|club|carrier|airline|insurer|lender|retailer|manufacturer)$/i;

type Segment =
  | { kind: "pronoun"; word: string }
  | { kind: "person"; name: string; title?: string; gender?: Gender }
  | { kind: "entity"; name: string }
  | { kind: "organisation"; name: string; named: boolean }
  | { kind: "role"; title: string; roleWord: string }
  | { kind: "unnamed"; phrase: string };

const words = (text: string) => text.split(/\s+/).filter(Boolean);
const bare = (word: string) => word.toLowerCase().replace(/[^\p{L}-]/gu, "");
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const withoutArticle = (text: string) => text.replace(/^(?:the|a|an)\s+/i, "");
const isAbbreviatedTitle = (title: string) => /^\p{Lu}\p{Ll}{0,4}\.$/u.test(title);

function organisation(segment: string): Segment | undefined {
  const tokens = words(segment);
  if (tokens.length > 8 || ["a", "an", "one"].includes(bare(tokens[0]!))) return undefined;
  // "Officials at the Foreign Ministry" are people, not the ministry.
  if (tokens.some((token) => /^(?:at|in|from|for|with|by)$/.test(token))) return undefined;
  const ofIndex = tokens.indexOf("of");
  const headIndex = ofIndex > 0 ? ofIndex - 1 : tokens.length - 1;
  if (!ORGANISATION_HEADS.has(bare(tokens[headIndex]!))) return undefined;
  if (ofIndex > 0 && !/^\p{Lu}/u.test(tokens.at(-1)!)) return undefined;
  const name = withoutArticle(segment);
  return { kind: "organisation", name, named: /\p{Lu}/u.test(name) };
}

function role(segment: string): Segment | undefined {
  const tokens = words(segment);
  if (tokens.length > 12) return undefined;
  const first = tokens[0]!;
  const roleAt = tokens.findIndex((token) => ROLE_WORDS.has(bare(token)));
  // "Kenya Power's managing director": an organisation's name in the possessive leads the role.
  const possessiveLed = roleAt > 0 && tokens.slice(0, roleAt).some((token) => /['’]s$/.test(token)) && tokens.slice(0, roleAt).length <= 4;
  const lowercaseLed = DETERMINERS.has(first.toLowerCase()) || /^\p{Ll}/u.test(first) || /['’]s$/.test(first) || possessiveLed;
  if (!lowercaseLed) return undefined;
  const roleIndex = tokens.findIndex((token) => ROLE_WORDS.has(bare(token)));
  if (roleIndex === -1) return undefined;
  // "the central bank governor" is a role; "the main opposition party" is not.
  const endsWithOrganisation = ORGANISATION_HEADS.has(bare(tokens.at(-1)!));
  const prepositionAfterRole = tokens.slice(roleIndex + 1).some((token) => /^(?:at|of|for|with|from|in)$/.test(token));
  if (endsWithOrganisation && !prepositionAfterRole) return undefined;
  return { kind: "role", title: withoutArticle(segment), roleWord: bare(tokens[roleIndex]!) };
}

function unnamed(segment: string): Segment | undefined {
  const tokens = words(segment);
  if (tokens.length > 10) return undefined;
  // "a senior official", "Western diplomats", "Economists polled by OnWire", "people familiar with the talks"
  const described = [...tokens.slice(0, 3), tokens.at(-1)!].some((token) => UNNAMED_HEADS.has(bare(token)));
  if (described || segment.toLowerCase().includes("familiar with")) return { kind: "unnamed", phrase: segment };
  return undefined;
}

function analyse(segment: string, memory: SpeakerMemory): Segment | undefined {
  const lower = segment.toLowerCase();
  if (/^(?:he|she|it|they|we|i)$/.test(lower)) return { kind: "pronoun", word: lower };
  const honorific = HONORIFIC_NAME.exec(segment);
  if (honorific) return { kind: "person", name: honorific[2]!, gender: honorific[1] === "Mr" ? "male" : "female" };
  const titled = TITLED_NAME.exec(segment);
  if (titled && !/['’]s$/.test(titled[2]!)) return { kind: "person", ...splitTitledName(titled[1]!, titled[2]!) };
  // Before the unnamed sources: "Senior economist Amy Chen" is named, though "a senior economist" is not.
  const described = readDescribedName(segment);
  if (described) return { kind: "person", ...described };
  // An indefinite description is someone new, never a person met before: "a ministry spokeswoman".
  if (!/^(?:the|its|his|her|their)\s/i.test(segment) && !/^\S+['’]s\s/.test(segment)) {
    const anonymous = unnamed(segment);
    if (anonymous) return anonymous;
  }
  const asRole = role(segment);
  if (asRole) return asRole;
  const asOrganisation = organisation(segment);
  if (asOrganisation) return asOrganisation;
  if (PERSON_NAME.test(segment) && !/^The\s/.test(segment) && !/['’]s$/.test(segment)) {
    if (/\s/.test(segment) || memory.recallPerson(segment)) return { kind: "person", name: segment };
    return { kind: "entity", name: segment };
  }
  return unnamed(segment);
}

function person(name: string, title: string | undefined, memory: SpeakerMemory, phrase: string, gender?: Gender): SpeakerReading {
  const known = memory.recallPerson(name);
  const knownTitle = known?.title;
  const useKnown = knownTitle && (!title || (isAbbreviatedTitle(title) && !isAbbreviatedTitle(knownTitle)));
  const finalTitle = useKnown ? knownTitle : title;
  return {
    speaker: { name: known?.name ?? name, ...(finalTitle ? { title: finalTitle } : {}) },
    named: true,
    person: true,
    gender: gender ?? known?.gender,
    phrase,
  };
}

function single(part: Segment, memory: SpeakerMemory, phrase: string): SpeakerReading {
  switch (part.kind) {
    case "pronoun": {
      if (part.word === "he" || part.word === "she") {
        const gender: Gender = part.word === "she" ? "female" : "male";
        const known = memory.lastPerson(gender);
        if (known) return { ...person(known.name, known.title, memory, phrase), gender };
      }
      if (part.word === "it") {
        const name = memory.lastOrganisation();
        if (name) return { speaker: { name }, named: true, person: false, phrase };
      }
      return { named: false, person: false, phrase };
    }
    case "person":
      return person(part.name, part.title, memory, phrase, part.gender);
    case "entity":
      return { speaker: { name: part.name }, named: true, person: false, phrase };
    case "organisation": {
      if (part.named) return { speaker: { name: part.name }, named: true, person: false, phrase };
      const known = memory.recallOrganisation(part.name);
      if (known) return { speaker: { name: known }, named: true, person: false, phrase };
      // "the company said", after the article has named one: that company.
      const last = GENERIC_ORGANISATION.test(part.name) ? memory.lastOrganisation() : undefined;
      if (last) return { speaker: { name: last }, named: true, person: false, phrase };
      return { speaker: { name: capitalise(part.name) }, named: false, person: false, phrase };
    }
    case "role": {
      const known = memory.personWithTitle(part.roleWord);
      if (known) return person(known.name, known.title, memory, phrase);
      return { named: false, person: false, phrase };
    }
    case "unnamed": {
      // Still unnamed people, but a reporter can go back to the institution: "Economists at the St. Louis Fed".
      const group = GROUP_AT_INSTITUTION.test(part.phrase.charAt(0).toLowerCase() + part.phrase.slice(1));
      if (group) return { speaker: { name: capitalise(part.phrase) }, named: false, person: false, phrase };
      return { named: false, person: false, phrase };
    }
  }
}

function pair(first: Segment, second: Segment, memory: SpeakerMemory, phrase: string): SpeakerReading | undefined {
  const description = (part: Segment) => (part.kind === "role" ? part.title : part.kind === "unnamed" ? withoutArticle(part.phrase) : undefined);
  const nameOf = (part: Segment) => (part.kind === "person" || part.kind === "entity" ? part.name : undefined);
  const ownTitle = (part: Segment) => (part.kind === "person" ? part.title : undefined);

  // "Lena Ortiz, Kestria's foreign minister" and "Dr. Priya Nair, the city's public health director"
  const firstName = nameOf(first);
  const secondDescription = description(second);
  if (firstName && secondDescription) {
    const title = ownTitle(first);
    return person(firstName, title && !isAbbreviatedTitle(title) ? title : secondDescription, memory, phrase);
  }
  // "the central bank governor, Omar Reyes"
  const secondName = nameOf(second);
  const firstDescription = description(first);
  // "A ministry spokesperson, Jonas Berg": the indefinite role is the named person's title.
  if (secondName && (first.kind === "role" || first.kind === "unnamed") && firstDescription) {
    return person(secondName, ownTitle(second) ?? firstDescription, memory, phrase);
  }
  // "The Democratic Union, the main opposition party"
  if (first.kind === "organisation" && (second.kind === "organisation" || description(second))) {
    return single(first, memory, phrase);
  }
  return undefined;
}

/**
 * Reads a speaker phrase of one or two comma-separated parts, ignoring
 * asides such as ", who has led the talks since January," or "On Tuesday,".
 * Returns undefined when the words do not name a speaker at all.
 */
export function readSpeaker(text: string, memory: SpeakerMemory): SpeakerReading | undefined {
  const phrase = text
    .replace(/\([^)]*\)/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[,;:\s—–-]+|[,;:.\s—–-]+$/g, "");
  if (!phrase || QUOTE_CHARACTERS.test(phrase)) return undefined;
  const segments = phrase
    .split(/\s*,\s*/)
    .map((segment) => segment.trim())
    .filter((segment) => segment && !SKIPPED_SEGMENT.test(segment));
  if (segments.length === 0 || segments.length > 2) return undefined;
  let firstSegment = segments[0]!;
  while (CONNECTORS.test(firstSegment)) firstSegment = firstSegment.replace(CONNECTORS, "");
  segments[0] = firstSegment;
  let lastSegment = segments.at(-1)!;
  while (TRAILING_WORDS.test(lastSegment)) lastSegment = lastSegment.replace(TRAILING_WORDS, "");
  segments[segments.length - 1] = lastSegment;
  if (segments.some((segment) => !segment)) return undefined;

  const parts = segments.map((segment) => analyse(segment, memory));
  const label = segments.length === 1 ? segments[0]! : phrase;
  if (parts.length === 1) return parts[0] && single(parts[0], memory, label);
  const [first, second] = parts;
  return first && second ? pair(first, second, memory, label) : undefined;
}

/**
 * "Finance Minister Clara Weiss welcomed the figures and said ...": the
 * speaker is the subject at the start, found as the longest run of opening
 * words that names a person or organisation.
 */
export function readLeadingSubject(text: string, memory: SpeakerMemory): SpeakerReading | undefined {
  const tokens = words(text.trim());
  for (let count = Math.min(8, tokens.length - 1); count >= 1; count -= 1) {
    const candidate = tokens.slice(0, count).join(" ");
    if (/,/.test(candidate)) continue;
    const reading = readSpeaker(candidate, memory);
    if (reading?.named) return reading;
  }
  return undefined;
}

const ROLE_PHRASE = `(?:[Tt]he|[Aa]n?|${PLAIN_WORD}['’]s)\\s+(?:[\\p{Ll}-]+\\s+){0,4}?(?:${[...ROLE_WORDS].join("|")})`;
// "Morland's chief negotiator, Idris Vale," and "Omar Reyes, the central bank governor"
const ROLE_BEFORE_NAME = new RegExp(`(${ROLE_PHRASE}),\\s+(${NAME})(?=\\s*[,;.]|\\s+and\\b)`, "gu");
const NAME_BEFORE_ROLE = new RegExp(`(?<![\\p{L}'’])(${NAME}),\\s+(${ROLE_PHRASE})\\b`, "gu");
const CAPITALISED_WORD = /(?<![\p{L}'’])\p{Lu}[\p{L}'’-]*\p{L}/gu;

/**
 * Registers, in reading order, the people and organisations a sentence
 * mentions: people named with a title, organisations named in full, and
 * people met before who come up again by name, so that "he" and "she" in the
 * next sentence point at whoever was mentioned last.
 */
export function noticeMentions(sentence: string, memory: SpeakerMemory): void {
  const mentions: Array<{ index: number; remember: () => void }> = [];
  const person = (index: number, name: string, title?: string) => {
    if (!/['’]s$/.test(name)) mentions.push({ index, remember: () => memory.rememberPerson(name, title) });
  };
  for (const match of sentence.matchAll(TITLED_MENTION)) {
    const { name, title } = splitTitledName(match[1]!, match[2]!);
    person(match.index!, name, title);
  }
  // A full name only: "in general Ortiz" is not the general.
  for (const mention of findDescribedMentions(sentence)) {
    if (/\s/.test(mention.name)) person(mention.index, mention.name, mention.title);
  }
  for (const match of sentence.matchAll(ROLE_BEFORE_NAME)) person(match.index!, match[2]!, withoutArticle(match[1]!));
  for (const match of sentence.matchAll(NAME_BEFORE_ROLE)) {
    if (/\s/.test(match[1]!) && !ORGANISATION_HEADS.has(bare(match[1]!.split(/\s+/).at(-1)!))) {
      person(match.index!, match[1]!, withoutArticle(match[2]!));
    }
  }
  for (const match of sentence.matchAll(CAPITALISED_WORD)) {
    const known = memory.recallPerson(match[0]);
    if (known) mentions.push({ index: match.index!, remember: () => memory.rememberPerson(known.name) });
  }
  for (const match of sentence.matchAll(ORGANISATION_MENTION)) {
    const name = match[0].replace(/^The\s+/, "").trim();
    mentions.push({ index: match.index!, remember: () => memory.rememberOrganisation(name) });
  }
  mentions.sort((a, b) => a.index - b.index);
  for (const mention of mentions) mention.remember();
}
