// `npm run eval:extract -- --tools`: the evaluation run again with the
// language tools issue 14 asked to measure in place of the reader's own
// rules: Intl.Segmenter, wink-nlp and compromise for sentences, compromise
// for telling a person's name from an organisation's. Prints one row per
// tool and the time the whole corpus took. None of them scored better than
// the rules (see README, "Claims from an article"), so the desk uses none;
// they are loaded by name and skipped when not installed.

import type { ExtractOptions } from "@/lib/extract";
import { CORPUS } from "./corpus";
import { deskReader, type Reader, scoreArticle, totals } from "./score";

type Tools = NonNullable<ExtractOptions["tools"]>;
type Piece = { text: string; start: number; end: number };

/** Offsets for sentences a tool gives back as bare strings, found in order in the text. */
function locate(text: string, sentences: string[]): Piece[] {
  const pieces: Piece[] = [];
  let cursor = 0;
  for (const raw of sentences) {
    const sentence = raw.trim();
    if (!sentence) continue;
    const start = text.indexOf(sentence, cursor);
    if (start === -1) continue;
    pieces.push({ text: sentence, start, end: start + sentence.length });
    cursor = start + sentence.length;
  }
  return pieces;
}

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
const intlSentences = (text: string): Piece[] =>
  [...segmenter.segment(text)].flatMap((segment) => {
    const trimmed = segment.segment.trim();
    if (!trimmed) return [];
    const start = segment.index + segment.segment.indexOf(trimmed);
    return [{ text: trimmed, start, end: start + trimmed.length }];
  });

type List = { out: (format?: unknown) => string[] };
type Compromise = (text: string) => { sentences: () => List; people: () => List; organizations: () => List };
type Wink = (model: unknown) => { readDoc: (text: string) => { sentences: () => List } };

async function optional<T>(name: string): Promise<T | undefined> {
  try {
    return ((await import(name)) as { default: T }).default;
  } catch {
    console.log(`(${name} is not installed: its rows are left out)`);
    return undefined;
  }
}

const nlp = await optional<Compromise>("compromise");
const winkNLP = await optional<Wink>("wink-nlp");
const model = await optional<unknown>("wink-eng-lite-web-model");
const wink = winkNLP && model ? winkNLP(model) : undefined;

const winkSentences = (text: string): Piece[] => locate(text, wink!.readDoc(text).sentences().out());

// compromise reads a paragraph break as no break at all; each paragraph is read on its own.
const compromiseSentences = (text: string): Piece[] =>
  locate(
    text,
    text.split(/\n\s*\n/).flatMap((paragraph) => nlp!(paragraph).sentences().out("array")),
  );

function compromiseNames(text: string): Tools["isPersonName"] {
  const doc = nlp!(text);
  const people = new Set(
    doc
      .people()
      .out("array")
      .map((name) =>
        name
          .replace(/[^\p{L}\s'’-]/gu, "")
          .trim()
          .toLowerCase(),
      ),
  );
  const organisations = new Set(
    doc
      .organizations()
      .out("array")
      .map((name) =>
        name
          .replace(/[^\p{L}\s'’-]/gu, "")
          .trim()
          .toLowerCase(),
      ),
  );
  return (name) => {
    const key = name.toLowerCase();
    if (people.has(key)) return true;
    if (organisations.has(key)) return false;
    return undefined;
  };
}

const withTools =
  (tools: (text: string) => Tools): Reader =>
  (text, options) =>
    deskReader(text, { ...options, tools: tools(text) });

const variants: Array<[string, Reader]> = [
  ["the reader's own rules", deskReader],
  ["Intl.Segmenter sentences", withTools(() => ({ sentences: intlSentences }))],
  ...(wink ? [["wink-nlp sentences", withTools(() => ({ sentences: winkSentences }))] as [string, Reader]] : []),
  ...(nlp
    ? [
        ["compromise sentences", withTools(() => ({ sentences: compromiseSentences }))] as [string, Reader],
        ["compromise people/organisations", withTools((text) => ({ isPersonName: compromiseNames(text) }))] as [string, Reader],
      ]
    : []),
];
// The first pass over the corpus warms the code up; the timings are of the second.
for (const [, reader] of variants) for (const article of CORPUS) scoreArticle(article, reader);

const percent = (value: number) => `${Math.round(value * 100)}%`.padStart(7);
console.log(`${"variant".padEnd(34)}  recall   prec speaker   kind  dates   odds filler↑  ms/corpus`);
for (const [label, reader] of variants) {
  const started = performance.now();
  const scores = CORPUS.map((article) => scoreArticle(article, reader));
  const elapsed = performance.now() - started;
  const t = totals(scores);
  console.log(
    `${label.padEnd(34)}${percent(t.recall)}${percent(t.precision)}${percent(t.speaker)}${percent(t.kind)}${percent(t.dates)}${percent(t.odds)}${String(t.fillerAbove).padStart(8)}${elapsed.toFixed(0).padStart(11)}`,
  );
}
