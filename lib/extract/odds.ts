// Odds and probabilities from a market, a newsletter or a bookmaker ("putting
// the odds of a deal this year at 30 percent", "5/1 to win the league") are
// evidence about a forecast, not a claim anyone made: the desk attaches them
// to the claim they concern as a market-odds source.

export type MarketOdds = {
  /** "o" and the sentence's index. */
  id: string;
  sentence: string;
  /** The chance, in percent, rounded to a whole number. */
  percent: number;
  /** Who gives the odds: the bookmaker, market or newsletter, when named. */
  by?: string;
  /** The forecast candidate they concern, by its id, when one reads alike. */
  concerns?: string;
  start: number;
  end: number;
};

const MARKET_WORDS =
  /\b(?:odds|bookmakers?|betting|bet|punters|prediction\s+markets?|markets?\s+(?:puts?|gives?|prices?)|newsletter|exchange|priced\s+in|implied\s+probability)\b/i;
const CHANCE_WORDS = /\b(?:odds|chance|chances|probability|likelihood|likely)\b/i;
const PERCENT = /\b(\d{1,3}(?:\.\d+)?)\s*(?:percent|per\s+cent|%)/i;
const ONE_IN = /\b(\d{1,3})\s+in\s+(\d{1,4})\s+chance\b/i;
// Fractional odds against: 5/1 is one chance in six; 1/4 is four in five.
const FRACTIONAL = /(?<![\d/])(\d{1,3})\s*(?:\/|-to-)\s*(\d{1,3})(?![\d/])/;
const GIVER =
  /\b(?:(?:[Tt]rade\s+)?[Nn]ewsletter|[Bb]ookmaker|[Bb]etting\s+exchange|[Ee]xchange|[Pp]rediction\s+market|[Mm]arket|[Pp]ollster|[Aa]nalysts\s+at)\s+((?:\p{Lu}[\p{L}'’&-]*)(?:\s+\p{Lu}[\p{L}'’&-]*){0,3})/u;
const PLURAL_GIVER = /\b(Bookmakers|Punters|Betting\s+markets|Prediction\s+markets|Markets)\b/;

/** The odds a sentence gives, when it gives any from a market, newsletter or bookmaker. */
export function readOdds(sentence: string): { percent: number; by?: string } | undefined {
  if (!MARKET_WORDS.test(sentence)) return undefined;
  let percent: number | undefined;
  const plain = PERCENT.exec(sentence);
  const oneIn = ONE_IN.exec(sentence);
  const fractional = FRACTIONAL.exec(sentence);
  if (plain && CHANCE_WORDS.test(sentence)) percent = Number(plain[1]);
  else if (oneIn) percent = (100 * Number(oneIn[1])) / Number(oneIn[2]);
  else if (fractional && /\b(?:odds|bookmakers?|betting|to\s+win|favourites?)\b/i.test(sentence)) {
    const against = Number(fractional[1]);
    const on = Number(fractional[2]);
    if (against + on > 0) percent = (100 * on) / (against + on);
  }
  if (percent === undefined || percent > 100) return undefined;
  const by = GIVER.exec(sentence)?.[1] ?? PLURAL_GIVER.exec(sentence)?.[1];
  return { percent: Math.round(percent), ...(by ? { by } : {}) };
}

const CONTENT_WORD = /\p{L}{4,}/gu;
const COMMON = new Set(["that", "this", "with", "will", "would", "have", "from", "they", "their", "said", "percent", "chance", "odds", "year"]);
const wordsOf = (text: string) => new Set([...text.toLowerCase().matchAll(CONTENT_WORD)].map((match) => match[0]).filter((word) => !COMMON.has(word)));

/** The forecast the odds most likely concern: the one sharing most words with them, if any does. */
export function forecastConcerned(odds: string, forecasts: Array<{ id: string; claim: string }>): string | undefined {
  const mine = wordsOf(odds);
  let best: { id: string; shared: number } | undefined;
  for (const forecast of forecasts) {
    const shared = [...wordsOf(forecast.claim)].filter((word) => mine.has(word) || mine.has(word.replace(/s$/, ""))).length;
    if (shared > 0 && (!best || shared > best.shared)) best = { id: forecast.id, shared };
  }
  return best?.id;
}
