// Where a title ends and a name begins. Newswire puts the job before the
// name with no comma, capitalised ("Chief Engineer Tomas Reyes", "Deputy
// Finance Minister Ana Lucas") or as a plain description ("central bank
// governor Omar Reyes", "Hospital director Amy Chen"); the name is the
// capitalised words after the last word that names a job.

import { ABBREVIATED_TITLES, ORGANISATION_HEADS, ROLE_WORDS, TITLE_HEADS } from "./speaker-words";

export const NAME_WORD = "\\p{Lu}[\\p{L}'’-]*\\p{L}";
export const PLAIN_WORD = "\\p{Lu}[\\p{L}-]+"; // no apostrophe: "Foreign", not "Kestria's"
const INITIAL = "\\p{Lu}\\.";
const PARTICLE = "(?:de|da|del|della|di|du|van|von|der|den|al|bin|ibn|el|la|le|dos|das|ter)";
export const NAME = `(?:${INITIAL}\\s*){0,3}${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)?(?:${INITIAL}|${NAME_WORD})){0,3}`;
export const PERSON_NAME = new RegExp(`^${NAME}$`, "u");

export type TitledName = { name: string; title: string };

const words = (text: string) => text.split(/\s+/).filter(Boolean);
const bare = (word: string) => word.toLowerCase().replace(/[^\p{L}-]/gu, "");

// Both lists: the title heads miss plain jobs ("Engineer"), the role words miss formal titles ("Premier", "Sheikh").
const JOB_WORDS = new Set([...ROLE_WORDS, ...TITLE_HEADS.map(bare)]);
const isJobWord = (word: string) => JOB_WORDS.has(bare(word));

/**
 * "Chief" + "Engineer Tomas Reyes" as the title pattern reads them becomes
 * "Chief Engineer" + "Tomas Reyes": job words at the front of the name belong
 * to the title. The last word always stays the name ("President Farmer").
 */
export function splitTitledName(title: string, name: string): TitledName {
  const tokens = words(name);
  let last = -1;
  for (let i = 0; i < tokens.length - 1; i += 1) if (isJobWord(tokens[i]!)) last = i;
  if (last === -1) return { name, title: writeOutTitle(title) };
  return { name: tokens.slice(last + 1).join(" "), title: writeOutTitle(`${title} ${tokens.slice(0, last + 1).join(" ")}`) };
}

/** "Sen." becomes "Senator", "Lt. Gen." "Lieutenant General". */
export const writeOutTitle = (title: string) =>
  words(title)
    .map((word) => ABBREVIATED_TITLES[word] ?? word)
    .join(" ");

/** A title word that may come before the head of a title: "Lt." of "Lt. Gen.", "Deputy" of "Deputy Minister". */
export const TITLE_MODIFIER = `(?:${PLAIN_WORD}|${Object.keys(ABBREVIATED_TITLES)
  .map((abbreviation) => abbreviation.replace(".", "\\."))
  .join("|")})`;

const DETERMINER = /^(?:the|a|an|its|his|her|their|our)$/i;
// Words that make the run before a name a clause, not a job: "The bill was backed by finance minister Lena Ortiz".
const NOT_DESCRIPTION = new Set([
  "the",
  "a",
  "an",
  "of",
  "by",
  "was",
  "were",
  "is",
  "are",
  "be",
  "been",
  "has",
  "had",
  "have",
  "with",
  "to",
  "from",
  "in",
  "on",
  "at",
  "and",
  "or",
  "but",
  "nor",
  "that",
  "which",
  "who",
  "whom",
  "as",
  "for",
  "when",
  "after",
  "before",
  "while",
  "if",
  "because",
  "than",
  "since",
  "until",
  "although",
  "though",
  "so",
  "yet",
  "then",
  "also",
  "not",
  "said",
  "says",
  "told",
  "yesterday",
  "today",
  "meanwhile",
  "however",
  "it",
  "he",
  "she",
  "they",
  "we",
]);
// "central bank governor" and "Greyline Bank chief economist" fit; a longer run is a clause.
const MAX_DESCRIPTION_WORDS = 5;

/**
 * "Chief engineer Tomas Reyes", "central bank governor Omar Reyes",
 * "Greyline Bank chief economist Samir Okafor": a description ending in a
 * job word, then a name. The title is kept as written, without its article.
 */
export function readDescribedName(segment: string): TitledName | undefined {
  let tokens = words(segment);
  if (tokens.length > 0 && DETERMINER.test(tokens[0]!)) tokens = tokens.slice(1);
  // The rightmost job word still followed by a name: "chief engineer Tomas Farmer" keeps Farmer in the name.
  for (let split = tokens.length - 1; split >= 1; split -= 1) {
    if (!isJobWord(tokens[split - 1]!)) continue;
    const description = tokens.slice(0, split);
    const name = tokens.slice(split).join(" ");
    if (!PERSON_NAME.test(name) || /['’]s$/.test(name) || ORGANISATION_HEADS.has(bare(tokens.at(-1)!))) continue;
    if (description.length > MAX_DESCRIPTION_WORDS) return undefined;
    if (description.some((word) => NOT_DESCRIPTION.has(word.toLowerCase()) || !/^\p{L}[\p{L}'’.-]*$/u.test(word))) return undefined;
    // "General Electric" is a company: a title all in capitals needs a full name after it.
    const lowercaseWord = description.some((word) => /^\p{Ll}/u.test(word));
    if (!lowercaseWord && split === tokens.length - 1) return undefined;
    return { name, title: description.join(" ") };
  }
  return undefined;
}

// Modifiers that stay with a job mentioned in passing: "senior engineer", "acting chief executive".
const JOB_MODIFIERS = new Set(["senior", "junior", "former", "acting", "assistant", "associate", "interim", "lead", "outgoing", "incoming"]);
const DESCRIBED_MENTION = new RegExp(`(?<![\\p{L}'’-])(${[...ROLE_WORDS].join("|")})\\s+(${NAME})`, "gu");

/**
 * People mentioned in passing with a lowercase job before the name ("the
 * plan drawn up by chief engineer Tomas Reyes"). Only job words and a few
 * modifiers are taken into the title: in running text the words before
 * them may be anything ("praised chief engineer ...").
 */
export function findDescribedMentions(sentence: string): Array<TitledName & { index: number }> {
  const found: Array<TitledName & { index: number }> = [];
  for (const match of sentence.matchAll(DESCRIBED_MENTION)) {
    const before = words(sentence.slice(0, match.index));
    let count = 0;
    while (count < before.length && count < 3) {
      const word = before[before.length - 1 - count]!;
      if (!/^\p{L}+$/u.test(word) || !(isJobWord(word) || JOB_MODIFIERS.has(word.toLowerCase()))) break;
      count += 1;
    }
    const start = before.slice(before.length - count).join(" ");
    const title = start ? `${start} ${match[1]}` : match[1]!;
    found.push({ index: match.index!, name: match[2]!, title });
  }
  return found;
}
