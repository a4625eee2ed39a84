import type { APIRequestContext } from "@playwright/test";
import { pagesShowingClaimsSince } from "./pages";
import { findViolations, newViolations, type Violation } from "./rules";
import { type Finding, seedFor } from "./settings";

// What every fuzz batch (one action, or one route) checks once its requests
// are sent: no row written that breaks a rule, and every page that could show
// the rows it wrote still answers. New violations join the baseline, so the
// next batch reports only its own.
export async function findingsAfterBatch(
  key: string,
  baseline: Violation[],
  sessions: { editor: APIRequestContext; anonymous: APIRequestContext },
  batchBegan: Date,
): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const violation of newViolations(baseline, await findViolations())) {
    findings.push({
      what: key,
      role: "any",
      seed: seedFor(key, "*"),
      index: -1,
      problem: `stored a row that breaks a rule: ${violation.table}.${violation.column} of ${violation.id}: ${violation.rule}`,
      input: violation.value,
    });
    baseline.push(violation);
  }
  for (const page of await pagesShowingClaimsSince(sessions.editor, sessions.anonymous, batchBegan)) {
    findings.push({ what: key, role: page.as, seed: 0, index: -1, problem: `afterwards ${page.address} answered ${page.status}`, input: "" });
  }
  return findings;
}
