// What the log form shows when a new claim reads like one already logged, or
// a new speaker's name like a speaker already known. Importable from client code.

import type { ClaimStatus } from "@/lib/generated/prisma/enums";

export type AlikeClaim = { id: string; slug: string; text: string; status: ClaimStatus; speaker: string; score: number };
export type AlikeSpeaker = { id: string; name: string; title: string | null };

export type AlikeFound = { alikeClaims: AlikeClaim[]; alikeSpeakers: AlikeSpeaker[] };
