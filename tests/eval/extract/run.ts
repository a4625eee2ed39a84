// `npm run eval:extract`: the article reader against the evaluation corpus,
// per article and overall. `--verbose` lists every miss and every extra offer;
// `--tools` measures the language tools against the reader's own rules.

import { CORPUS } from "./corpus";
import { type ArticleScore, scoreArticle, TARGETS, totals } from "./score";

if (process.argv.includes("--tools")) {
  await import("./tools");
  process.exit(0);
}

const verbose = process.argv.includes("--verbose");
const percent = (value: number) => `${Math.round(value * 100)}%`.padStart(5);

function row(label: string, scores: ArticleScore[]) {
  const t = totals(scores);
  const expected = scores.reduce((sum, score) => sum + score.claims.length, 0);
  const offered = scores.reduce((sum, score) => sum + score.offered, 0);
  return `${label.padEnd(28)} ${String(expected).padStart(4)} ${String(offered).padStart(4)} ${percent(t.recall)} ${percent(t.precision)} ${percent(t.speaker)} ${percent(t.kind)} ${percent(t.dates)} ${percent(t.odds)} ${String(t.fillerAbove).padStart(6)}`;
}

const scores = CORPUS.map((article) => scoreArticle(article));
console.log(`${"article".padEnd(28)} want found recall prec speaker kind dates odds filler↑`);
for (const score of scores) {
  console.log(row(score.name, [score]));
  if (!verbose) continue;
  for (const outcome of score.claims) {
    const { expected, found } = outcome;
    if (!found) console.log(`    MISSED  "${expected.says}" (in "${expected.in}")`);
    else {
      if (!outcome.speakerRight) console.log(`    SPEAKER "${expected.says}": ${JSON.stringify(found.speaker)} ≠ ${expected.speaker} ${expected.title ?? ""}`);
      if (!outcome.kindRight) console.log(`    KIND    "${expected.says}": ${found.kind} ≠ ${expected.kind}`);
      if (!outcome.datesRight)
        console.log(`    DATES   "${expected.says}": said ${found.madeOn}, settle ${found.settleBy} ≠ said ${expected.madeOn}, settle ${expected.settleBy}`);
    }
  }
  for (const extra of score.extra) console.log(`    EXTRA   ${extra.score} "${extra.claim}"`);
  for (const filler of score.fillerAbove) console.log(`    FILLER↑ ${filler.score} "${filler.sentence}"`);
}
console.log(row("overall", scores));
const t = totals(scores);
const held = t.recall >= TARGETS.recall && t.speaker >= TARGETS.speaker && t.kind >= TARGETS.kind && t.dates >= TARGETS.dates && t.fillerAbove === 0;
console.log(
  `targets (recall ≥ ${percent(TARGETS.recall).trim()}, speaker ≥ ${percent(TARGETS.speaker).trim()}, kind ≥ ${percent(TARGETS.kind).trim()}, dates ≥ ${percent(TARGETS.dates).trim()}, no filler above a claim): ${held ? "held" : "NOT held"}`,
);
