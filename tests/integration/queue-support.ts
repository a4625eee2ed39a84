import type { Actor } from "@/lib/auth/roles";
import { prisma as sharedDatabase, type Transaction } from "@/lib/db";
import type { ClaimKind, ClaimStatus } from "@/lib/generated/prisma/enums";
import { unique } from "../support/factories";

// Claims for the queue tests, each carrying a word no other test uses, so a
// search for it (or a speaker, topic or person made here) sees only them
// even though every test shares one database.

export const marker = () => unique("qm").replace("-", "");

export async function speakerNamed(name = unique("Speaker"), prisma: Transaction = sharedDatabase) {
  return prisma.speaker.create({ data: { name, slug: unique("speaker") } });
}

export type ClaimSpec = {
  text?: string;
  status?: ClaimStatus;
  kind?: ClaimKind;
  madeAt?: Date;
  updatedAt?: Date;
  settleBy?: Date | null;
  speakerId: string;
  assigneeId?: string | null;
  topicIds?: string[];
  rating?: { slug: string; proposedById: string };
};

export async function claimFor(author: Pick<Actor, "id">, spec: ClaimSpec, prisma: Transaction = sharedDatabase) {
  const claim = await prisma.claim.create({
    data: {
      slug: unique("queue-claim"),
      text: spec.text ?? "The minister said the border has been closed since March.",
      madeAt: spec.madeAt ?? new Date("2026-05-31T12:00:00Z"),
      kind: spec.kind ?? "STATEMENT",
      settleBy: spec.settleBy ?? null,
      status: spec.status ?? "RESEARCHING",
      speakerId: spec.speakerId,
      createdById: author.id,
      assigneeId: spec.assigneeId ?? null,
      topics: spec.topicIds ? { create: spec.topicIds.map((topicId) => ({ topicId })) } : undefined,
    },
  });
  if (spec.rating) {
    const rating = await prisma.rating.findUniqueOrThrow({ where: { slug: spec.rating.slug } });
    await prisma.verdict.create({ data: { claimId: claim.id, ratingId: rating.id, summary: "Checked.", proposedById: spec.rating.proposedById } });
  }
  // updatedAt is the client's to set on every write; the tests need it fixed
  // (and tied), so it is set beneath the client.
  if (spec.updatedAt) await prisma.$executeRaw`UPDATE "Claim" SET "updatedAt" = ${spec.updatedAt} WHERE "id" = ${claim.id}`;
  return prisma.claim.findUniqueOrThrow({ where: { id: claim.id } });
}

export const ids = (claims: { id: string }[]) => claims.map((claim) => claim.id).sort();
