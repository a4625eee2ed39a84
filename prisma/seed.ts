// Demo newsroom around the spring-2026 US–Iran talks, written in OnRecord's own
// words. Idempotent: the verdict scale is filled in where steps are missing,
// and the demo newsroom is created only once (marked by the demo admin).
//
// Demo accounts exist only in the embedded demo database, or where
// SEED_DEMO=true is set on purpose: a deployment on its own DATABASE_URL never
// gets them silently (see scripts/start.ts).

import { createHash } from "node:crypto";
import { hashPassword } from "../lib/auth/password.ts";
import type { PrismaClient } from "../lib/generated/prisma/client.ts";
import { DEFAULT_SCALE } from "../lib/ratings/default-scale.ts";
import { CLAIMS, DEMO_ACCOUNTS, type DemoClaim, SOURCES, SPEAKERS, TOPICS } from "./demo-newsroom.ts";

export { DEMO_ACCOUNTS };

export async function ensureDefaultScale(prisma: PrismaClient): Promise<number> {
  let created = 0;
  for (const step of DEFAULT_SCALE) {
    const existing = await prisma.rating.findUnique({ where: { slug: step.slug } });
    if (existing) continue; // never overwrite an admin's edits
    await prisma.rating.create({ data: step });
    created += 1;
  }
  return created;
}

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

const slugFor = (claim: DemoClaim) => `${claim.key}-demo`;

// Returns false when the demo newsroom was already there.
export async function seedDemo(prisma: PrismaClient): Promise<boolean> {
  await ensureDefaultScale(prisma);
  if (await prisma.user.findUnique({ where: { email: DEMO_ACCOUNTS[2].email } })) return false;

  await prisma.$transaction(
    async (tx) => {
      const users: Record<string, string> = {};
      for (const account of DEMO_ACCOUNTS) {
        const user = await tx.user.create({
          data: { email: account.email, name: account.name, role: account.role, passwordHash: await hashPassword(account.password) },
        });
        users[account.role.toLowerCase()] = user.id;
      }
      const reporter = users.reporter!;
      const speakers: Record<string, string> = {};
      for (const speaker of SPEAKERS) speakers[speaker.slug] = (await tx.speaker.create({ data: speaker })).id;
      const topics: Record<string, string> = {};
      for (const topic of TOPICS) topics[topic.slug] = (await tx.topic.create({ data: topic })).id;
      const ratings = Object.fromEntries((await tx.rating.findMany()).map((rating) => [rating.slug, rating.id]));

      const sources: Record<string, string> = {};
      for (const source of SOURCES) {
        const created = await tx.source.create({
          data: {
            type: source.type,
            title: source.title,
            publisher: source.publisher ?? null,
            url: source.url ?? null,
            publishedAt: source.publishedAt ? day(source.publishedAt) : null,
            excerpt: source.excerpt ?? null,
            derivedFromId: source.derivedFrom ? sources[source.derivedFrom]! : null,
            marketName: source.market?.name ?? null,
            marketOutcome: source.market?.outcome ?? null,
            marketProbability: source.market?.probability ?? null,
            marketObservedAt: source.market ? day(source.market.observedAt) : null,
            createdById: reporter,
          },
        });
        sources[source.key] = created.id;
      }
      const archivedText = "Negotiators left with no final agreement. (Demo archive copy.)";
      await tx.archiveSnapshot.create({
        data: {
          sourceId: sources["wire-nuclear-off-table"]!,
          fetchedAt: new Date("2026-05-31T18:00:00Z"),
          httpStatus: 200,
          contentType: "text/html; charset=utf-8",
          title: "Iran takes nuclear file off the agenda as talks end without a deal",
          text: archivedText,
          byteLength: Buffer.byteLength(archivedText),
          sha256: createHash("sha256").update(archivedText).digest("hex"),
          takenById: reporter,
        },
      });

      const claims: Record<string, string> = {};
      for (const claim of CLAIMS) {
        const published = claim.status === "PUBLISHED";
        const created = await tx.claim.create({
          data: {
            slug: slugFor(claim),
            text: claim.text,
            quote: claim.quote ?? null,
            context: claim.context ?? null,
            madeAt: day(claim.madeAt),
            venue: claim.venue ?? null,
            kind: claim.kind,
            settleBy: claim.settleBy ? day(claim.settleBy) : null,
            settleCriteria: claim.settleCriteria ?? null,
            status: claim.status,
            speakerId: speakers[claim.speaker]!,
            createdById: reporter,
            assigneeId: claim.assignee ? users[claim.assignee]! : null,
            duplicateOfId: claim.duplicateOf ? claims[claim.duplicateOf]! : null,
            publishedAt: published ? day("2026-06-02") : null,
          },
        });
        claims[claim.key] = created.id;
        for (const topic of claim.topics) await tx.claimTopic.create({ data: { claimId: created.id, topicId: topics[topic]! } });
        if (claim.appearanceUrl) {
          await tx.appearance.create({
            data: { claimId: created.id, url: claim.appearanceUrl, venue: claim.venue ?? null, seenAt: day(claim.madeAt), isFirst: true },
          });
        }
        for (const item of claim.evidence ?? []) {
          await tx.evidence.create({
            data: {
              claimId: created.id,
              sourceId: sources[item.source]!,
              stance: item.stance,
              passage: item.passage ?? null,
              note: item.note ?? null,
              addedById: reporter,
            },
          });
        }
        await tx.revision.create({ data: { claimId: created.id, authorId: reporter, action: "claim.created", createdAt: day(claim.madeAt) } });
        if (claim.verdict) {
          const approver = claim.verdict.approver ? users[claim.verdict.approver]! : null;
          await tx.verdict.create({
            data: {
              claimId: created.id,
              ratingId: ratings[claim.verdict.rating]!,
              summary: claim.verdict.summary,
              reasoning: claim.verdict.reasoning,
              proposedById: users[claim.verdict.proposer]!,
              approvedById: approver,
              proposedAt: day("2026-06-01"),
              approvedAt: approver ? day("2026-06-02") : null,
            },
          });
          await tx.revision.create({
            data: { claimId: created.id, authorId: users[claim.verdict.proposer]!, action: "verdict.proposed", createdAt: day("2026-06-01") },
          });
          if (approver) {
            await tx.revision.create({ data: { claimId: created.id, authorId: approver, action: "verdict.published", createdAt: day("2026-06-02") } });
          }
        }
      }
      await tx.correction.create({
        data: {
          claimId: claims["nuclear-restraint"]!,
          kind: "CLARIFICATION",
          note: "An earlier version named the wrong day for the foreign ministry readout; it was published on 31 May.",
          authorId: users.editor!,
          publishedAt: day("2026-06-03"),
        },
      });
      await tx.auditEvent.create({ data: { actorId: users.admin!, action: "demo.seeded", details: { claims: CLAIMS.length } } });
    },
    { timeout: 60_000 },
  );
  return true;
}
