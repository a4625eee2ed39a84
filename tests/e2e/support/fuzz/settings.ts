import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { E2E } from "../env";

// The fuzz is seeded, so a run can be repeated exactly: FUZZ_SEED picks
// another seed (every finding prints the seed that found it), FUZZ_RUNS the
// cases per action (or route) and role, FUZZ_ONLY a part of the action's or
// route's name to fuzz alone.
export const FUZZ = {
  seed: Number(process.env.FUZZ_SEED || 20_260_601),
  runs: Number(process.env.FUZZ_RUNS || 8),
  only: process.env.FUZZ_ONLY || "",
};

// Each action and role gets a seed of its own, derived from the run's, so a
// case can be replayed for one action without running the others first.
export function seedFor(...parts: string[]): number {
  return createHash("sha256")
    .update([FUZZ.seed, ...parts].join("|"))
    .digest()
    .readInt32BE(0);
}

export type Finding = { what: string; role: string; seed: number; index: number; problem: string; input: string };

export const describeFinding = (finding: Finding) =>
  `${finding.what} as ${finding.role}, case ${finding.index} of seed ${finding.seed} (FUZZ_SEED=${FUZZ.seed}): ${finding.problem}\n    input: ${finding.input.slice(0, 600)}`;

// Requests sent and time spent, kept in the run's data folder so the summary
// line counts every test of a spec even when Playwright restarted its worker
// after a failure.
type Tally = { requests: number; milliseconds: number; items: number };

const tallyFile = (spec: string) => path.join(E2E.dataDir, "fuzz-sessions", `tally-${spec}.json`);

export function readTally(spec: string): Tally {
  const file = tallyFile(spec);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Tally) : { requests: 0, milliseconds: 0, items: 0 };
}

export function addToTally(spec: string, requests: number, milliseconds: number) {
  const tally = readTally(spec);
  mkdirSync(path.dirname(tallyFile(spec)), { recursive: true });
  writeFileSync(
    tallyFile(spec),
    JSON.stringify({ requests: tally.requests + requests, milliseconds: tally.milliseconds + milliseconds, items: tally.items + 1 }),
  );
}
