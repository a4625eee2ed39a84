// `npm run bench:extract`: claim extraction on a ~2,000-word article, the
// length of a long news feature. Builds the article from the fixture
// articles, warms up, times 200 runs and prints the figures. Asserts nothing:
// the target (p95 under 200 ms) is reported, not enforced.

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { extractClaims } from "../../lib/extract/index.ts";

const WORDS = Number(process.env.BENCH_WORDS ?? 2000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const WARM_UP_RUNS = 20;
const TARGET_MS = 200;

const fixtures = path.join(import.meta.dirname, "../fixtures/articles");
const paragraphs = readdirSync(fixtures)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .flatMap((name) => readFileSync(path.join(fixtures, name), "utf8").split(/\n\s*\n/))
  .map((paragraph) => paragraph.trim())
  .filter(Boolean);

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

// The fixtures in turn, repeated until the article is long enough; the last
// paragraph is cut to land on the word count and closed with a full stop.
const article: string[] = [];
let words = 0;
for (let i = 0; words < WORDS; i += 1) {
  const paragraph = paragraphs[i % paragraphs.length]!;
  const paragraphWords = paragraph.split(/\s+/);
  const room = WORDS - words;
  article.push(
    paragraphWords.length <= room
      ? paragraph
      : `${paragraphWords
          .slice(0, room)
          .join(" ")
          .replace(/[,;:]$/, "")}.`,
  );
  words += Math.min(room, paragraphWords.length);
}
const text = article.join("\n\n");
const options = { publishedOn: "2026-03-05" };

for (let i = 0; i < WARM_UP_RUNS; i += 1) extractClaims(text, options);

const timings: number[] = [];
let candidates = 0;
for (let i = 0; i < RUNS; i += 1) {
  const start = performance.now();
  candidates = extractClaims(text, options).length;
  timings.push(performance.now() - start);
}
timings.sort((a, b) => a - b);
const at = (q: number) => timings[Math.min(timings.length - 1, Math.floor(q * timings.length))]!;

console.log(`article: ${countWords(text)} words, ${text.length.toLocaleString("en-GB")} characters, ${article.length} paragraphs`);
console.log(`candidates found: ${candidates}`);
console.log(`${RUNS} runs after ${WARM_UP_RUNS} warm-up runs: p50 ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${at(1).toFixed(2)} ms`);
console.log(`target p95 under ${TARGET_MS} ms: ${at(0.95) < TARGET_MS ? "met" : "NOT met"}`);
