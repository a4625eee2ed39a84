import type { ClaimKind, ClaimStatus, SourceType, Stance } from "@/lib/generated/prisma/enums";

// Re-exported so components name these values without reaching into the Prisma client.
export type { ClaimKind, ClaimStatus, SourceType, Stance };

// Names the newsroom sees for each stored value. Importable from client code.

export const CLAIM_KINDS = ["STATEMENT", "PREDICTION", "PROMISE"] as const satisfies readonly ClaimKind[];
export const CLAIM_KIND_LABELS: Record<ClaimKind, string> = {
  STATEMENT: "Statement",
  PREDICTION: "Prediction",
  PROMISE: "Promise",
};

export const CLAIM_STATUSES = ["DRAFT", "RESEARCHING", "IN_REVIEW", "PUBLISHED", "ARCHIVED"] as const satisfies readonly ClaimStatus[];
export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  DRAFT: "Draft",
  RESEARCHING: "Researching",
  IN_REVIEW: "In review",
  PUBLISHED: "Published",
  ARCHIVED: "Archived",
};

export const SOURCE_TYPES = [
  "WIRE_REPORT",
  "OFFICIAL_STATEMENT",
  "DOCUMENT",
  "NEWS_ARTICLE",
  "SOCIAL_POST",
  "MARKET_ODDS",
  "DATASET",
  "INTERVIEW",
  "OTHER",
] as const satisfies readonly SourceType[];
export const SOURCE_TYPE_LABELS: Record<SourceType, string> = {
  WIRE_REPORT: "Wire report",
  OFFICIAL_STATEMENT: "Official statement or readout",
  DOCUMENT: "Document",
  NEWS_ARTICLE: "News article",
  SOCIAL_POST: "Social post",
  MARKET_ODDS: "Market odds",
  DATASET: "Dataset",
  INTERVIEW: "Interview",
  OTHER: "Other",
};

export const STANCES = ["SUPPORTS", "CONTRADICTS", "CONTEXT"] as const satisfies readonly Stance[];
export const STANCE_LABELS: Record<Stance, string> = {
  SUPPORTS: "Supports the claim",
  CONTRADICTS: "Contradicts the claim",
  CONTEXT: "Gives context",
};

// How each kind of revision reads in a claim's history.
export const REVISION_LABELS: Record<string, string> = {
  "claim.created": "Claim logged",
  "claim.updated": "Claim edited",
  "claim.restored": "Earlier value restored",
  "evidence.added": "Source added to the record",
  "evidence.changed": "Item of the record changed",
  "evidence.removed": "Source removed from the record",
  "appearance.added": "Appearance added",
  "appearance.marked_first": "First appearance changed",
  "appearance.removed": "Appearance removed",
  "verdict.proposed": "Verdict proposed for review",
  "verdict.published": "Verdict published",
  "verdict.sent_back": "Sent back from review",
  "settlement.proposed": "Settlement proposed",
  "settlement.published": "Settled",
  "settlement.sent_back": "Settlement sent back",
  "claim.assigned": "Assignment changed",
  "claim.unpublished": "Unpublished",
  "claim.archived": "Archived",
  "claim.merged": "Archived as a duplicate",
  "claim.merged_in": "A duplicate merged in",
  "claim.reopened": "Reopened",
  "claim.corrected": "Correction, update or clarification published",
};

export const revisionLabel = (action: string) => REVISION_LABELS[action] ?? action;
