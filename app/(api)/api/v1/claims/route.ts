import { publishedClaimsPage } from "@/lib/api/claim-queries";
import { claimListShape } from "@/lib/api/claim-schema";
import { preflight, publicList } from "@/lib/api/endpoint";
import { claimsQuery } from "@/lib/api/params-schema";

// GET /api/v1/claims: published claims, newest verdict first, filtered and
// paged by cursor. Read fresh on every request (see lib/api/claim-queries.ts).
export const dynamic = "force-dynamic";

export const GET = publicList(claimsQuery, claimListShape, publishedClaimsPage);
export const OPTIONS = preflight;
