import type { Part } from "@/lib/claims/conflict";

// A verdict proposal edited by two people at once (a reporter revising while
// an editor rewrites it): the same side-by-side choice as a claim's
// (lib/claims/conflict.ts), over the proposal's three parts. Importable from
// client code.

export type ProposalDraft = { id: string; version: number; ratingId: string; summary: string; reasoning: string };

export const PROPOSAL_PARTS: readonly Part[] = [
  { part: "ratingId", label: "Rating", fields: ["ratingId"] },
  { part: "summary", label: "One-line summary", fields: ["summary"] },
  { part: "reasoning", label: "Reasoning", fields: ["reasoning"] },
];
