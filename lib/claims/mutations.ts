import "server-only";
import { addArticleAsContext, findArticle } from "@/lib/articles/article-context";
import { type ClaimFacts, decide, type Permission } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { revisionLabel } from "@/lib/claims/labels";
import { type EditClaimInput, type NewClaimInput, parseTopicNames } from "@/lib/claims/schema";
import { retryOnUniqueClash } from "@/lib/database/unique-clash";
import { formatDateTime, saidAt } from "@/lib/dates";
import { prisma, type Transaction } from "@/lib/db";
import { conflict, forbidden, invalid, notFound } from "@/lib/errors";
import { byFieldOrder, fieldLabel } from "@/lib/history/fields";
import { diff, recordAudit, recordRevision } from "@/lib/history/record";
import { firstFreeSlug, slugify, uniqueSlug } from "@/lib/slug";

// Reads what the policy needs about a claim, inside the caller's transaction.
export async function loadClaimFacts(tx: Transaction, claimId: string) {
  const claim = await tx.claim.findUnique({
    where: { id: claimId },
    select: {
      id: true,
      slug: true,
      status: true,
      version: true,
      kind: true,
      createdById: true,
      assigneeId: true,
      wordingById: true,
      verdict: {
        select: {
          id: true,
          proposedById: true,
          ratingId: true,
          summary: true,
          reasoning: true,
          settlementProposedById: true,
          settlementRatingId: true,
          settlementSummary: true,
          settlementReasoning: true,
        },
      },
    },
  });
  if (!claim) throw notFound("That claim");
  return claim;
}

export function authorizeOnClaim(actor: Actor, permission: Permission, facts: ClaimFacts) {
  const decision = decide(actor, permission, facts);
  if (!decision.allowed) throw forbidden(decision.reason);
}

// Bumps the claim's version only if nobody else has since it was read; two
// people saving the same claim never silently overwrite each other.
export async function bumpVersion(
  tx: Transaction,
  claim: { id: string; version: number },
  expectedVersion: number,
  data: Parameters<Transaction["claim"]["updateMany"]>[0]["data"],
) {
  if (claim.version !== expectedVersion) throw await staleClaim(tx, claim.id);
  const { count } = await tx.claim.updateMany({
    where: { id: claim.id, version: expectedVersion },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) throw await staleClaim(tx, claim.id);
}

// Says who changed the claim, when and how, so the person can judge what to
// redo rather than reload blind.
async function staleClaim(tx: Transaction, claimId: string) {
  const latest = await tx.revision.findFirst({
    where: { claimId },
    orderBy: { createdAt: "desc" },
    select: { action: true, changes: true, createdAt: true, author: { select: { name: true } } },
  });
  // What they changed, in the desk's words, so the person knows what to review.
  const fields = latest
    ? Object.keys((latest.changes ?? {}) as object)
        .sort(byFieldOrder)
        .map((field) => fieldLabel(field).toLowerCase())
    : [];
  const what = fields.length ? `: ${fields.join(", ")}` : "";
  const who = latest
    ? `${latest.author.name} changed this claim (${revisionLabel(latest.action).toLowerCase()}${what}; ${formatDateTime(latest.createdAt)})`
    : "Someone else changed this claim";
  return conflict(`${who} after you opened it. Reload the page to see the change, then make yours again.`);
}

async function resolveSpeaker(tx: Transaction, input: NewClaimInput): Promise<string> {
  if (input.speakerId) {
    const speaker = await tx.speaker.findUnique({ where: { id: input.speakerId }, select: { id: true, mergedIntoId: true } });
    if (!speaker) throw notFound("That speaker");
    // A merged speaker's claims belong to the one it was merged into.
    return speaker.mergedIntoId ?? speaker.id;
  }
  const name = input.newSpeakerName!;
  const existing = await tx.speaker.findFirst({ where: { name: { equals: name, mode: "insensitive" }, mergedIntoId: null } });
  if (existing) return existing.id;
  const speaker = await tx.speaker.create({
    data: { name, title: input.newSpeakerTitle ?? null, slug: await freeSpeakerSlug(tx, name) },
  });
  return speaker.id;
}

// Names in scripts slugify() cannot spell in Latin letters (Persian, Arabic…)
// fall back to a generic base, so collisions are expected and numbered.
async function freeSpeakerSlug(tx: Transaction, name: string) {
  const base = slugify(name, 6) || "speaker";
  const taken = await tx.speaker.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return firstFreeSlug(
    base,
    taken.map((row) => row.slug),
  );
}

async function freeTopicSlug(tx: Transaction, name: string) {
  const base = slugify(name, 6) || "topic";
  const taken = await tx.topic.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return firstFreeSlug(
    base,
    taken.map((row) => row.slug),
  );
}

// The topics ticked in the list plus the ones typed in, new ones created;
// named once each even when ticked and typed.
async function resolveTopics(tx: Transaction, input: { topicIds: string[]; topics?: string }) {
  const picked = input.topicIds.length ? await tx.topic.findMany({ where: { id: { in: input.topicIds } }, select: { id: true, name: true } }) : [];
  if (picked.length !== input.topicIds.length) {
    throw invalid("A topic you ticked no longer exists.", { topicIds: ["A ticked topic was removed. Reload the page and choose again."] });
  }
  const topics = new Map(picked.map((topic) => [topic.id, topic.name]));
  for (const name of parseTopicNames(input.topics)) {
    const existing = await tx.topic.findFirst({ where: { name: { equals: name, mode: "insensitive" } }, select: { id: true, name: true } });
    const topic = existing ?? (await tx.topic.create({ data: { name, slug: await freeTopicSlug(tx, name) }, select: { id: true, name: true } }));
    topics.set(topic.id, topic.name);
  }
  return [...topics].map(([id, name]) => ({ id, name }));
}

// A reporter logs a claim as it is made, optionally with the first source of
// the record. Everything lands in one transaction with its revision and audit.
export async function createClaim(actor: Actor, input: NewClaimInput) {
  return retryOnUniqueClash(() =>
    prisma.$transaction(async (tx) => {
      // Looked up first: an article gone from the library refuses the claim
      // rather than logging it without the context the reporter expects.
      const article = input.articleSourceId ? await findArticle(tx, input.articleSourceId) : null;
      const claim = await insertClaim(tx, actor, input);
      if (article) await addArticleAsContext(tx, actor, claim.id, article);
      return claim;
    }),
  );
}

// One claim with its speaker, topics, first appearance, first source,
// revision and audit, inside the caller's transaction (several claims logged
// in one step share one).
export async function insertClaim(tx: Transaction, actor: Actor, input: NewClaimInput) {
  const speakerId = await resolveSpeaker(tx, input);
  const assigned = input.assignToMe;
  const when = saidAt(input);
  const claim = await tx.claim.create({
    data: {
      slug: uniqueSlug(input.text),
      text: input.text,
      quote: input.quote ?? null,
      context: input.context ?? null,
      madeAt: when.madeAt,
      madeAtTimeZone: when.madeAtTimeZone,
      venue: input.venue ?? null,
      kind: input.kind,
      settleBy: input.kind === "STATEMENT" ? null : (input.settleBy ?? null),
      settleCriteria: input.kind === "STATEMENT" ? null : (input.settleCriteria ?? null),
      status: assigned ? "RESEARCHING" : "DRAFT",
      speakerId,
      createdById: actor.id,
      wordingById: actor.id,
      assigneeId: assigned ? actor.id : null,
    },
  });
  const topics = await resolveTopics(tx, input);
  if (topics.length) await tx.claimTopic.createMany({ data: topics.map((topic) => ({ claimId: claim.id, topicId: topic.id })) });
  if (input.appearanceUrl) {
    await tx.appearance.create({
      data: { claimId: claim.id, url: input.appearanceUrl, venue: input.venue ?? null, seenAt: when.madeAt, isFirst: true },
    });
  }
  if (input.sourceTitle && input.sourceType && input.stance) {
    const source = await tx.source.create({
      data: {
        type: input.sourceType,
        title: input.sourceTitle,
        publisher: input.sourcePublisher ?? null,
        url: input.sourceUrl ?? null,
        publishedAt: input.sourcePublishedAt ?? null,
        createdById: actor.id,
      },
    });
    await tx.evidence.create({
      data: { claimId: claim.id, sourceId: source.id, stance: input.stance, passage: input.passage ?? null, addedById: actor.id },
    });
  }
  await recordRevision(tx, {
    claimId: claim.id,
    authorId: actor.id,
    action: "claim.created",
    changes: { text: { from: null, to: claim.text }, status: { from: null, to: claim.status } },
  });
  await recordAudit(tx, { actorId: actor.id, action: "claim.created", targetType: "Claim", targetId: claim.id });
  if (assigned) {
    await recordAudit(tx, { actorId: actor.id, action: "claim.assigned", targetType: "Claim", targetId: claim.id, details: { assigneeId: actor.id } });
  }
  return { id: claim.id, slug: claim.slug };
}

// The edit form gives dates without a time. Saving the same day again must not
// move a claim's recorded time to midnight.
function keepTimeOfDay(current: Date | null, submitted: Date): Date {
  const dateOnly = submitted.getUTCHours() === 0 && submitted.getUTCMinutes() === 0 && submitted.getUTCSeconds() === 0;
  if (current && dateOnly && current.toISOString().slice(0, 10) === submitted.toISOString().slice(0, 10)) return current;
  return submitted;
}

// Edits a claim before publication, with the version the person started from.
// Only what actually changed is written, into one revision with the reason.
export async function updateClaim(actor: Actor, input: EditClaimInput) {
  return retryOnUniqueClash(() =>
    prisma.$transaction(async (tx) => {
      const facts = await loadClaimFacts(tx, input.claimId);
      authorizeOnClaim(actor, "claim.edit", facts);
      const current = await tx.claim.findUniqueOrThrow({
        where: { id: facts.id },
        include: { topics: { include: { topic: true } } },
      });
      const speaker = await tx.speaker.findUnique({ where: { id: input.speakerId }, select: { id: true, mergedIntoId: true } });
      if (!speaker) throw invalid("That speaker was not found.", { speakerId: ["Choose a speaker from the list."] });
      const forecast = input.kind !== "STATEMENT";
      const when = saidAt(input);
      const next = {
        text: input.text,
        quote: input.quote ?? null,
        context: input.context ?? null,
        // A date-only claim saved on the same day keeps any time it already had.
        madeAt: when.madeAtTimeZone || current.madeAtTimeZone ? when.madeAt : keepTimeOfDay(current.madeAt, when.madeAt),
        madeAtTimeZone: when.madeAtTimeZone,
        venue: input.venue ?? null,
        kind: input.kind,
        settleBy: forecast && input.settleBy ? keepTimeOfDay(current.settleBy, input.settleBy) : null,
        settleCriteria: forecast ? (input.settleCriteria ?? null) : null,
        speakerId: speaker.mergedIntoId ?? speaker.id,
      };
      const topics = await resolveTopics(tx, input);
      const topicNames = topics.map((topic) => topic.name);
      const currentTopics = current.topics.map((row) => row.topic.name);
      const changes = {
        ...diff(current as unknown as Record<string, unknown>, next),
        ...diff({ topics: [...currentTopics].sort() }, { topics: [...topicNames].sort() }),
      };
      if (Object.keys(changes).length === 0) {
        if (facts.version !== input.version) throw await staleClaim(tx, facts.id);
        return { id: facts.id, slug: facts.slug, changed: false };
      }
      // Whoever rewords the claim becomes its wording's author: someone
      // else must then publish it (the two-person rule on the sentence).
      const reworded = "text" in changes || "quote" in changes;
      await bumpVersion(tx, facts, input.version, reworded ? { ...next, wordingById: actor.id } : next);
      if ("topics" in changes) {
        await tx.claimTopic.deleteMany({ where: { claimId: facts.id } });
        if (topics.length) await tx.claimTopic.createMany({ data: topics.map((topic) => ({ claimId: facts.id, topicId: topic.id })) });
      }
      await recordRevision(tx, { claimId: facts.id, authorId: actor.id, action: "claim.updated", changes, reason: input.reason ?? null });
      await recordAudit(tx, { actorId: actor.id, action: "claim.updated", targetType: "Claim", targetId: facts.id, details: { fields: Object.keys(changes) } });
      return { id: facts.id, slug: facts.slug, changed: true };
    }),
  );
}
