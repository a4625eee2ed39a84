import { preflight, publicList } from "@/lib/api/endpoint";
import { speakersQuery } from "@/lib/api/params-schema";
import { publicSpeakersPage } from "@/lib/api/speaker-queries";
import { speakerListShape } from "@/lib/api/speaker-schema";

// GET /api/v1/speakers: speakers with at least one published claim, A–Z.
export const dynamic = "force-dynamic";

export const GET = publicList(speakersQuery, speakerListShape, publicSpeakersPage);
export const OPTIONS = preflight;
