import { CLAIM_STATUS_LABELS } from "@/lib/claims/labels";
import { invalid } from "@/lib/errors";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";

// The claim workflow, in one table. Every mutation that changes a claim's
// state asks this module first, so an illegal step is refused in the domain
// layer whatever the page offered.
//
//   DRAFT ─▶ RESEARCHING ─▶ IN_REVIEW ─▶ PUBLISHED
//     └──────────────────────▲   │ ▲          │
//                 sent back ◀────┘ └ revised  └▶ RESEARCHING (unpublished)
//   any state ─▶ ARCHIVED (with a reason) ─▶ DRAFT (reopened, unless merged)

export type Step =
  | "start_research" // someone takes or is assigned the claim
  | "submit_for_review"
  | "send_back"
  | "publish"
  | "unpublish"
  | "archive"
  | "reopen";

const STEPS: Record<Step, { from: readonly ClaimStatus[]; to: ClaimStatus }> = {
  start_research: { from: ["DRAFT"], to: "RESEARCHING" },
  // A proposal may be revised while in review; an editor may propose straight from a draft.
  submit_for_review: { from: ["DRAFT", "RESEARCHING", "IN_REVIEW"], to: "IN_REVIEW" },
  send_back: { from: ["IN_REVIEW"], to: "RESEARCHING" },
  publish: { from: ["IN_REVIEW"], to: "PUBLISHED" },
  unpublish: { from: ["PUBLISHED"], to: "RESEARCHING" },
  archive: { from: ["DRAFT", "RESEARCHING", "IN_REVIEW", "PUBLISHED"], to: "ARCHIVED" },
  reopen: { from: ["ARCHIVED"], to: "DRAFT" },
};

const WORDS: Record<Step, string> = {
  start_research: "start research on",
  submit_for_review: "submit for review",
  send_back: "send back",
  publish: "publish",
  unpublish: "unpublish",
  archive: "archive",
  reopen: "reopen",
};

export function canStep(from: ClaimStatus, step: Step): boolean {
  return STEPS[step].from.includes(from);
}

// The state a step leads to, or a refusal naming the state the claim is in.
export function stepTo(from: ClaimStatus, step: Step): ClaimStatus {
  if (!canStep(from, step)) {
    throw invalid(`You cannot ${WORDS[step]} a claim that is ${CLAIM_STATUS_LABELS[from].toLowerCase()}. Reload the page to see where it stands.`);
  }
  return STEPS[step].to;
}

export const allSteps = Object.keys(STEPS) as Step[];
