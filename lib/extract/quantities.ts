// Figures a reporter can check: numbers with units, percentages, money,
// "doubled", "record high", "third-largest", "three times". Dates and years
// are not figures ("in 2021", "on March 3"), so they are blanked out first.

import { MONTH_NAMES } from "./calendar";

const NUMBER = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";
const SCALE = "(?:million|billion|trillion|thousand|bn|mn)";
const NO_DIGIT_BEFORE = "(?<![\\p{L}\\d.,$€£¥₹-])";
const CURRENCY_WORDS = "(?:dollars|euros|pounds|yen|yuan|rupees|francs|pesos|roubles|rubles|dinars|riyals|rials|lira|shekels|crowns|kronor)";
const WRITTEN =
  "(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\\s+hundred|a\\s+thousand|a\\s+million|a\\s+billion|hundreds|thousands|millions)";
const ORDINAL = "(?:\\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)";
const UNITS =
  "(?:people|jobs|homes|houses|clinics|hospitals|schools|stations|buses|trains|beds|doctors|nurses|teachers|patients|cases|deaths|workers|residents|children|students|troops|soldiers|refugees|migrants|years|months|weeks|days|hours|minutes|kilometres|kilometers|miles|metres|meters|tonnes|tons|barrels|centrifuges|warheads|sites|countries|points|percent|times|seats|votes|members|officers|drivers|flights|ships|vessels|missiles|drones|families|households|businesses|companies|firms|plants|reactors|lines|routes|inspectors|rounds|apartments|trees|cars|vehicles|attacks|arrests|dollars|euros)";
// Words that end a figure's description: "40,000 patients a year" -> "40,000 patients".
const STOP =
  "(?:a|an|the|of|in|on|at|to|and|or|for|by|from|with|than|as|since|per|after|before|until|into|over|under|it|its|they|he|she|we|was|were|is|are|had|has|have|will|would|could|that|which|who|this|last|next)";

// [pattern, run on the text with dates blanked?]
const PATTERNS: Array<[RegExp, boolean]> = [
  [new RegExp(`(?:[A-Z]{1,3})?[$€£¥₹]\\s?${NUMBER}(?:\\s?${SCALE}\\b)?`, "gu"), true],
  [new RegExp(`${NO_DIGIT_BEFORE}${NUMBER}\\s?(?:${SCALE}\\s)?\\s?${CURRENCY_WORDS}\\b`, "giu"), true],
  [new RegExp(`${NO_DIGIT_BEFORE}${NUMBER}\\s?(?:%|percent\\b|per\\s+cent\\b|percentage\\s+points?\\b|basis\\s+points\\b)`, "giu"), true],
  [new RegExp(`${NO_DIGIT_BEFORE}${NUMBER}(?:\\s?${SCALE}\\b)?(?:[ -](?!${STOP}\\b)\\p{Ll}[\\p{Ll}-]*){0,3}`, "gu"), true],
  [
    /\b(?:doubled|tripled|trebled|quadrupled|halved|halve|halving|doubling|tripling|(?:nearly|almost|more\s+than|roughly|about)\s+(?:double|triple|twice)|double\s+the)\b/gi,
    false,
  ],
  [/\b(?:twice|(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+times)\b/gi, false],
  [/\b(?:two|three|four|five|six|seven|eight|nine|ten)-?fold\b/gi, false],
  [/\b(?:record|all-time|historic|multi-year|decade)[- ](?:highs?|lows?)\b/gi, false],
  [
    /\b(?:highest|lowest|largest|biggest|smallest|fastest|slowest|worst|best|strongest|weakest|sharpest|steepest)\b[^.,;:!?"“”]{0,40}?\b(?:since\s+\S+|ever|on\s+record|in\s+(?:history|decades|a\s+decade|a\s+generation|\S+\s+years))/gi,
    false,
  ],
  [
    new RegExp(
      `\\b${ORDINAL}[- ](?:largest|biggest|highest|lowest|most|least|fastest|slowest|richest|poorest|busiest|consecutive|straight|place)\\b(?:\\s+(?!${STOP}\\b)\\p{Ll}+)?`,
      "giu",
    ),
    false,
  ],
  [new RegExp(`\\branked\\s+(?:No\\.\\s?\\d+|${ORDINAL}|last)\\b`, "gi"), false],
  [/\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:in|out\s+of)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b/gi, false],
  [
    /\b(?:(?:a|one)[- ](?:third|quarter|fifth)\s+of|(?:two|three)[- ](?:thirds|quarters|fifths)|(?:by|about|roughly|nearly|almost|around|more\s+than|less\s+than)\s+half|half\s+(?:of|the))\b/gi,
    false,
  ],
  [/\b(?:dozens|scores|hundreds|thousands|tens\s+of\s+thousands|hundreds\s+of\s+thousands|millions|billions)\s+of\s+\p{L}+/giu, false],
  [
    new RegExp(`\\b${WRITTEN}(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?\\s+(?:(?:more|new|additional|extra|fewer)\\s+)?${UNITS}\\b`, "gi"),
    false,
  ],
];

const DATES = [
  new RegExp(`\\b(?:${MONTH_NAMES})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?\\b`, "g"),
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH_NAMES})\\b(?:\\s+\\d{4})?`, "g"),
  /\b\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)/gi,
  /(?<![\d,.$€£])\b(?:1[89]\d\d|2[01]\d\d)\b(?!\s?(?:%|percent|per cent)|,\d)/g,
  /\b(?:19|20)\d0s\b/g,
];

function blankDates(text: string): string {
  let blanked = text;
  for (const pattern of DATES) blanked = blanked.replace(pattern, (match) => " ".repeat(match.length));
  return blanked;
}

/**
 * The figures stated in `text`, as written, in reading order. `ignore` holds
 * phrases already read as something else (a deadline's "within six months"),
 * so they are not counted twice.
 */
export function findQuantities(text: string, ignore: string[] = []): string[] {
  let source = text;
  for (const phrase of ignore) {
    const at = source.indexOf(phrase);
    if (at !== -1) source = source.slice(0, at) + " ".repeat(phrase.length) + source.slice(at + phrase.length);
  }
  const withoutDates = blankDates(source);
  const found: Array<{ index: number; text: string }> = [];
  for (const [pattern, onBlanked] of PATTERNS) {
    for (const match of (onBlanked ? withoutDates : source).matchAll(pattern)) {
      const figure = match[0].trim();
      if (figure) found.push({ index: match.index! + match[0].indexOf(figure), text: figure });
    }
  }
  found.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  const figures = new Set<string>();
  let coveredUntil = -1;
  for (const figure of found) {
    if (figure.index < coveredUntil) continue;
    coveredUntil = figure.index + figure.text.length;
    figures.add(figure.text);
  }
  return [...figures];
}
