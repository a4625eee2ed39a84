// `npm run bench:lighthouse`: Lighthouse (the npm package, driving Debian's
// Chromium) on a published verdict page, three runs, printing each
// category's median score. Not a test: the figures go in the notes (targets:
// Performance >= 95, Accessibility 100, Best Practices >= 95, SEO 100).
// Lighthouse's default is a throttled mid-range phone; BENCH_LIGHTHOUSE_PRESET=desktop
// measures the desktop profile instead.

import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { startApp } from "./app-server";

const PATH = process.env.BENCH_LIGHTHOUSE_PATH ?? "/claims/nuclear-restraint-demo";
const RUNS = 3;
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const TARGETS: Record<(typeof CATEGORIES)[number], number> = { performance: 95, accessibility: 100, "best-practices": 95, seo: 100 };
const desktop = process.env.BENCH_LIGHTHOUSE_PRESET === "desktop";
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const app = await startApp({ port: 3220, dataDir: ".data/bench-lighthouse" });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  chromeFlags: [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
const scores: Record<string, number[]> = Object.fromEntries(CATEGORIES.map((category) => [category, []]));
const failedAudits = new Set<string>();
try {
  await fetch(`${app.base}${PATH}`); // the first request renders and caches the page
  for (let run = 1; run <= RUNS; run += 1) {
    const result = await lighthouse(
      `${app.base}${PATH}`,
      { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] },
      desktop ? desktopConfig : undefined,
    );
    if (!result) throw new Error("Lighthouse returned no result");
    for (const category of CATEGORIES) scores[category]!.push(Math.round((result.lhr.categories[category]?.score ?? 0) * 100));
    for (const audit of Object.values(result.lhr.audits)) {
      if (audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== "informative") failedAudits.add(`${audit.id}: ${audit.title}`);
    }
    console.log(`run ${run}: ${CATEGORIES.map((category) => `${category} ${scores[category]!.at(-1)}`).join(", ")}`);
  }
} finally {
  await chrome.kill();
  await app.stop();
}

console.log(`\nLighthouse on ${PATH} (${desktop ? "desktop" : "mobile, Lighthouse's default throttling"}), median of ${RUNS} runs`);
console.table(CATEGORIES.map((category) => ({ category, median: median(scores[category]!), runs: scores[category]!.join(" / "), target: TARGETS[category] })));
if (failedAudits.size) console.log(`audits below 90 in some run:\n  ${[...failedAudits].join("\n  ")}`);
