// Demo newsroom around the spring-2026 US–Iran talks, written in OnRecord's own
// words. Idempotent: the verdict scale is filled in where steps are missing,
// and the demo newsroom is created only once (marked by the demo admin).
//
// Demo accounts exist only in the embedded demo database, or where
// SEED_DEMO=true is set on purpose: a deployment on its own DATABASE_URL never
// gets them silently (see scripts/start.ts).

import { createHash } from "node:crypto";
import { hashPassword } from "../lib/auth/password.ts";
import type { Prisma, PrismaClient } from "../lib/generated/prisma/client.ts";
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

// The version the claim would have reached through the desk: one step for
// each proposal, publication, correction and settlement (two: proposed, then
// approved), since every one of them bumps it.
function versionOf(claim: DemoClaim): number {
  if (!claim.verdict) return 1;
  const published = claim.verdict.approver ? 1 : 0;
  return 2 + published + (claim.correction ? 1 : 0) + (claim.settlement ? 2 : 0);
}

type Changes = Record<string, { from: unknown; to: unknown }>;

// Revisions and audit rows of the whole demo, dated the day each step was
// taken, written at the end in one insert each.
class DemoHistory {
  private revisions: Prisma.RevisionCreateManyInput[] = [];
  private audits: Prisma.AuditEventCreateManyInput[] = [];

  revision(claimId: string, authorId: string, action: string, on: string, changes: Changes = {}, reason?: string) {
    this.revisions.push({ claimId, authorId, action, changes: changes as Prisma.InputJsonValue, reason: reason ?? null, createdAt: day(on) });
  }

  audit(actorId: string, action: string, claimId: string, on: string, details: Prisma.InputJsonValue = {}) {
    this.audits.push({ actorId, action, targetType: "Claim", targetId: claimId, details, createdAt: day(on) });
  }

  async write(tx: Prisma.TransactionClient) {
    await tx.revision.createMany({ data: this.revisions });
    await tx.auditEvent.createMany({ data: this.audits });
  }
}

// Returns false when the demo newsroom was already there.
export async function seedDemo(prisma: PrismaClient): Promise<boolean> {
  await ensureDefaultScale(prisma);
  if (await prisma.user.findUnique({ where: { email: DEMO_ACCOUNTS[2].email } })) return false;

  // Hashing is the slowest step of the seed: the three run side by side.
  const hashes = await Promise.all(DEMO_ACCOUNTS.map((account) => hashPassword(account.password)));
  await prisma.$transaction(
    async (tx) => {
      const users: Record<string, string> = {};
      for (const [index, account] of DEMO_ACCOUNTS.entries()) {
        const user = await tx.user.create({
          data: { email: account.email, name: account.name, role: account.role, passwordHash: hashes[index]! },
        });
        users[account.role.toLowerCase()] = user.id;
      }
      const reporter = users.reporter!;
      const speakers: Record<string, string> = {};
      for (const speaker of SPEAKERS) speakers[speaker.slug] = (await tx.speaker.create({ data: speaker })).id;
      const topics: Record<string, string> = {};
      for (const topic of TOPICS) topics[topic.slug] = (await tx.topic.create({ data: topic })).id;
      const ratings = Object.fromEntries((await tx.rating.findMany()).map((rating) => [rating.slug, rating]));

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
      for (const source of SOURCES) {
        if (!source.archived) continue;
        await tx.archiveSnapshot.create({
          data: {
            sourceId: sources[source.key]!,
            fetchedAt: new Date(`${source.publishedAt ?? "2026-05-31"}T18:00:00Z`),
            httpStatus: 200,
            contentType: "text/html; charset=utf-8",
            title: source.title,
            text: source.archived,
            byteLength: Buffer.byteLength(source.archived),
            sha256: createHash("sha256").update(source.archived).digest("hex"),
            takenById: reporter,
          },
        });
      }

      // History is written the way the desk's own actions write it (claim,
      // verdict, correction and settlement mutations), collected here and
      // inserted in two statements to keep the first start quick.
      const history = new DemoHistory();
      const claims: Record<string, string> = {};
      for (const claim of CLAIMS) {
        const published = claim.status === "PUBLISHED";
        const loggedBy = users[claim.loggedBy ?? "reporter"]!;
        const approver = claim.verdict?.approver ? users[claim.verdict.approver]! : null;
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
            version: versionOf(claim),
            speakerId: speakers[claim.speaker]!,
            createdById: loggedBy,
            wordingById: loggedBy,
            publishedById: published ? approver : null,
            assigneeId: claim.assignee ? users[claim.assignee]! : null,
            duplicateOfId: claim.duplicateOf ? claims[claim.duplicateOf]! : null,
            publishedAt: published ? day(claim.verdict?.publishedOn ?? "2026-06-02") : null,
            createdAt: day(claim.madeAt),
          },
        });
        claims[claim.key] = created.id;
        await tx.claimTopic.createMany({ data: claim.topics.map((topic) => ({ claimId: created.id, topicId: topics[topic]! })) });
        if (claim.appearanceUrl) {
          await tx.appearance.create({
            data: { claimId: created.id, url: claim.appearanceUrl, venue: claim.venue ?? null, seenAt: day(claim.madeAt), isFirst: true },
          });
        }
        if (claim.evidence?.length) {
          await tx.evidence.createMany({
            data: claim.evidence.map((item) => ({
              claimId: created.id,
              sourceId: sources[item.source]!,
              stance: item.stance,
              passage: item.passage ?? null,
              note: item.note ?? null,
              addedById: loggedBy,
            })),
          });
        }
        history.revision(created.id, loggedBy, "claim.created", claim.madeAt);
        history.audit(loggedBy, "claim.created", created.id, claim.madeAt);
        if (!claim.verdict) continue;

        const verdict = claim.verdict;
        const proposer = users[verdict.proposer]!;
        const proposedOn = verdict.proposedOn ?? "2026-06-01";
        const publishedOn = verdict.publishedOn ?? "2026-06-02";
        const settlement = claim.settlement;
        const settledBy = settlement ? { proposer: users[settlement.proposer]!, approver: users[settlement.approver]! } : null;
        await tx.verdict.create({
          data: {
            claimId: created.id,
            ratingId: ratings[settlement?.rating ?? verdict.rating]!.id,
            summary: settlement?.summary ?? verdict.summary,
            reasoning: settlement?.reasoning ?? verdict.reasoning,
            proposedById: settledBy?.proposer ?? proposer,
            approvedById: settledBy?.approver ?? approver,
            proposedAt: day(settlement?.approvedOn ?? proposedOn),
            approvedAt: settlement ? day(settlement.approvedOn) : approver ? day(publishedOn) : null,
          },
        });
        history.revision(created.id, proposer, "verdict.proposed", proposedOn, { status: { from: "RESEARCHING", to: "IN_REVIEW" } });
        history.audit(proposer, "verdict.proposed", created.id, proposedOn);
        if (!approver) continue;
        history.revision(created.id, approver, "verdict.published", publishedOn, { status: { from: "IN_REVIEW", to: "PUBLISHED" } });
        history.audit(approver, "claim.published", created.id, publishedOn);

        if (claim.correction) {
          const { kind, note, on } = claim.correction;
          const author = users[claim.correction.author]!;
          const summary: Changes = claim.correction.previousSummary ? { summary: { from: claim.correction.previousSummary, to: verdict.summary } } : {};
          const correction = await tx.correction.create({ data: { claimId: created.id, kind, note, authorId: author, publishedAt: day(on) } });
          history.revision(created.id, author, "claim.corrected", on, { ...summary, correction: { from: null, to: { kind, note } } }, note);
          history.audit(author, "claim.corrected", created.id, on, { kind, correctionId: correction.id, fields: Object.keys(summary) });
        }
        if (settlement && settledBy) {
          const outcome = ratings[settlement.rating]!;
          history.revision(created.id, settledBy.proposer, "settlement.proposed", settlement.proposedOn, {
            settlement: { from: null, to: { rating: outcome.label, summary: settlement.summary } },
          });
          history.audit(settledBy.proposer, "settlement.proposed", created.id, settlement.proposedOn);
          await tx.correction.create({
            data: {
              claimId: created.id,
              kind: "UPDATE",
              note: `Settled: ${outcome.label}. ${settlement.summary}`,
              authorId: settledBy.approver,
              publishedAt: day(settlement.approvedOn),
            },
          });
          history.revision(created.id, settledBy.approver, "settlement.published", settlement.approvedOn, {
            ratingId: { from: ratings[verdict.rating]!.id, to: outcome.id },
            summary: { from: verdict.summary, to: settlement.summary },
          });
          history.audit(settledBy.approver, "settlement.published", created.id, settlement.approvedOn);
        }
      }
      await history.write(tx);
      await tx.auditEvent.create({ data: { actorId: users.admin!, action: "demo.seeded", details: { claims: CLAIMS.length } } });
    },
    { timeout: 60_000 },
  );
  return true;
}
