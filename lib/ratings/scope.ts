import type { ClaimKind, RatingScope } from "@/lib/generated/prisma/enums";

// Statements are rated on the statement scale; predictions and promises on
// the forecast scale (Pending, then came true or not). Steps marked ALL fit both.
export const scaleFor = (kind: ClaimKind): Exclude<RatingScope, "ALL"> => (kind === "STATEMENT" ? "STATEMENT" : "FORECAST");
