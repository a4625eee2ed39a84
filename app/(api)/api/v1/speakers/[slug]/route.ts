import { preflight, publicRecord } from "@/lib/api/endpoint";
import { publicSpeakerJson } from "@/lib/api/speaker-queries";
import { speakerResponseShape } from "@/lib/api/speaker-schema";

// GET /api/v1/speakers/{slug}: a speaker's track record (verdicts per rating)
// and the first page of their published claims.
export const dynamic = "force-dynamic";

export const GET = publicRecord("speaker", speakerResponseShape, publicSpeakerJson);
export const OPTIONS = preflight;
