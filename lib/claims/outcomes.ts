import { redirect } from "next/navigation";

// What the claim's desk page says after an action brought the person back to
// it. The form that would show its own message is no longer on the page once
// the claim has moved on, so every such action redirects with one of these
// keys and the page shows the sentence: one place for the wording.
export const CLAIM_OUTCOMES = {
  logged: "Claim logged.",
  "appearance-added": "Appearance added to this claim.",
  edited: "Claim saved.",
  unchanged: "Nothing had changed, so nothing was saved.",
  proposed: "Verdict proposed and sent to review.",
  published: "Verdict published.",
  assigned: "Assignment saved.",
  taken: "The claim is yours: it is on your list under My work.",
  "sent-back": "Sent back to research; the researcher has been notified.",
  unpublished: "Unpublished: the verdict page is no longer public.",
  archived: "Archived.",
  merged: "Archived as a duplicate: its appearances and record moved to the other claim.",
  reopened: "Reopened as a draft.",
  corrected: "Published with its note for readers.",
  "settlement-proposed": "Settlement sent to review. Readers see the published verdict until another editor approves it.",
  settled: "Settlement published, with a dated update note for readers.",
  "settlement-sent-back": "Settlement sent back; its proposer has been notified.",
} as const;

export type ClaimOutcome = keyof typeof CLAIM_OUTCOMES;

export const claimOutcomeHref = (claimId: string, outcome: ClaimOutcome) => `/desk/claims/${claimId}?done=${outcome}`;

// The sentence for `?done=…`, or nothing for a key the page does not know.
export const claimOutcomeMessage = (done: string | undefined): string | null =>
  done && Object.hasOwn(CLAIM_OUTCOMES, done) ? CLAIM_OUTCOMES[done as ClaimOutcome] : null;

export function returnToClaim(claimId: string, outcome: ClaimOutcome): never {
  redirect(claimOutcomeHref(claimId, outcome));
}
