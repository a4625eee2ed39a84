import { publishedClaimJson } from "@/lib/api/claim-queries";
import { claimResponseShape } from "@/lib/api/claim-schema";
import { preflight, publicRecord } from "@/lib/api/endpoint";

// GET /api/v1/claims/{slug}: one published claim, its verdict and record;
// 404 for anything not published, however recently it was.
export const dynamic = "force-dynamic";

export const GET = publicRecord("claim", claimResponseShape, publishedClaimJson);
export const OPTIONS = preflight;
