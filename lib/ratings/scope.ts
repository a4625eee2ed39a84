import type { ClaimKind, RatingScope } from "@/lib/generated/prisma/enums";

// Statements are rated on the statement scale; predictions and promises on
// the forecast scale (Pending, then came true or not). Steps marked ALL fit both.
export const scaleFor = (kind: ClaimKind): Exclude<RatingScope, "ALL"> => (kind === "STATEMENT" ? "STATEMENT" : "FORECAST");

// Whether a rating may be given to a claim of this kind now: in force, and
// on that kind's scale (or on both).
export const ratingFits = (rating: { active: boolean; appliesTo: RatingScope } | null, kind: ClaimKind): boolean =>
  rating?.active === true && (rating.appliesTo === "ALL" || rating.appliesTo === scaleFor(kind));
