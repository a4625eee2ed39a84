import { describe, expect, it } from "vitest";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";
import { allSteps, canStep, type Step, stepTo } from "@/lib/workflow/transitions";

// The workflow table, cell by cell: every state against every step.

const STATES: ClaimStatus[] = ["DRAFT", "RESEARCHING", "IN_REVIEW", "PUBLISHED", "ARCHIVED"];

const LEGAL: Record<Step, Partial<Record<ClaimStatus, ClaimStatus>>> = {
  start_research: { DRAFT: "RESEARCHING" },
  submit_for_review: { DRAFT: "IN_REVIEW", RESEARCHING: "IN_REVIEW", IN_REVIEW: "IN_REVIEW" },
  send_back: { IN_REVIEW: "RESEARCHING" },
  publish: { IN_REVIEW: "PUBLISHED" },
  unpublish: { PUBLISHED: "RESEARCHING" },
  archive: { DRAFT: "ARCHIVED", RESEARCHING: "ARCHIVED", IN_REVIEW: "ARCHIVED", PUBLISHED: "ARCHIVED" },
  reopen: { ARCHIVED: "DRAFT" },
};

describe("claim workflow", () => {
  const cells = allSteps.flatMap((step) => STATES.map((from) => ({ step, from, to: LEGAL[step][from] })));

  it.each(cells)("$from --$step--> $to", ({ step, from, to }) => {
    expect(canStep(from, step)).toBe(to !== undefined);
    if (to) expect(stepTo(from, step)).toBe(to);
    else expect(() => stepTo(from, step)).toThrow(new RegExp(`claim that is ${from.toLowerCase().replace("_", " ")}`));
  });

  it("nothing is published without review, and nothing archived comes straight back to the public", () => {
    for (const from of STATES) if (from !== "IN_REVIEW") expect(canStep(from, "publish")).toBe(false);
    expect(stepTo("ARCHIVED", "reopen")).toBe("DRAFT");
  });
});
