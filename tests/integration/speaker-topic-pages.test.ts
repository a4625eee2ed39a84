import { describe, expect, it, vi } from "vitest";
import { PUBLISHED_VERDICTS_TAG, speakerTag, topicTag } from "@/lib/caching/cache-tags";
import { prisma } from "@/lib/db";
import type { ClaimKind, ClaimStatus, Stance } from "@/lib/generated/prisma/enums";
import { speakerDirectory } from "@/lib/speakers/directory";
import { speakerClaims, speakerFeedScope, speakerProfile } from "@/lib/speakers/public";
import { topicDirectory, topicFeedScope, topicTimeline } from "@/lib/topics/public";
import { buildTimeline } from "@/lib/topics/timeline";
import { ensureScale, makeSpeaker, makeUser, unique } from "../support/factories";

// The public reads behind /speakers, /speakers/[slug], /topics,
// /topics/[slug] and their feeds, against a real database. Next's data cache
// is replaced by what it does to a value: a trip through JSON, under the tags
// it was given, so a date that would not survive the cache fails here too.
const cacheTags = vi.hoisted(() => [] as string[][]);
vi.mock("next/cache", () => ({
  unstable_cache:
    (read: () => Promise<unknown>, _key: string[], options: { tags?: string[] } = {}) =>
    async () => {
      cacheTags.push(options.tags ?? []);
      return JSON.parse(JSON.stringify(await read()));
    },
}));

const DAY = 86_400_000;
const scalePromise = ensureScale();
const authorPromise = makeUser("EDITOR");

type Fixture = {
  speakerId: string;
  rating?: string;
  status?: ClaimStatus;
  kind?: ClaimKind;
  madeAt?: string;
  publishedAt?: Date;
  settleBy?: Date;
  topicIds?: string[];
  evidence?: { sourceId: string; stance: Stance }[];
  text?: string;
};

async function claimFor(fixture: Fixture) {
  const [scale, author] = await Promise.all([scalePromise, authorPromise]);
  const status = fixture.status ?? "PUBLISHED";
  const claim = await prisma.claim.create({
    data: {
      slug: unique("claim"),
      text: fixture.text ?? `A checked claim ${unique("text")}`,
      madeAt: new Date(`${fixture.madeAt ?? "2026-05-31"}T00:00:00Z`),
      kind: fixture.kind ?? "STATEMENT",
      settleBy: fixture.settleBy ?? null,
      status,
      speakerId: fixture.speakerId,
      createdById: author.id,
      publishedAt: status === "PUBLISHED" ? (fixture.publishedAt ?? new Date("2026-06-02T00:00:00Z")) : null,
      topics: { create: (fixture.topicIds ?? []).map((topicId) => ({ topicId })) },
      evidence: { create: (fixture.evidence ?? []).map((item) => ({ ...item, addedById: author.id })) },
    },
  });
  if (fixture.rating) {
    await prisma.verdict.create({
      data: {
        claimId: claim.id,
        ratingId: scale[fixture.rating]!.id,
        summary: `Verdict on ${claim.text}`,
        proposedById: author.id,
        approvedAt: new Date("2026-06-02T00:00:00Z"),
      },
    });
  }
  return claim;
}

async function makeTopic() {
  const name = unique("Topic");
  return prisma.topic.create({ data: { name, slug: name.toLowerCase() } });
}

async function makeSource(publishedAt: string | null, extra: { type?: "MARKET_ODDS"; marketObservedAt?: Date; marketProbability?: number } = {}) {
  const author = await authorPromise;
  return prisma.source.create({
    data: {
      type: extra.type ?? "WIRE_REPORT",
      title: unique("Wire report"),
      publisher: "Wire",
      publishedAt: publishedAt ? new Date(`${publishedAt}T00:00:00Z`) : null,
      createdById: author.id,
      ...extra,
    },
  });
}

describe("a speaker's page", () => {
  it("counts published verdicts by rating in the scale's order, and nothing unpublished", async () => {
    const speaker = await makeSpeaker();
    await claimFor({ speakerId: speaker.id, rating: "false" });
    await claimFor({ speakerId: speaker.id, rating: "false" });
    await claimFor({ speakerId: speaker.id, rating: "accurate" });
    await claimFor({ speakerId: speaker.id, rating: "accurate", status: "IN_REVIEW" });
    await claimFor({ speakerId: speaker.id, rating: "misleading", status: "ARCHIVED" });
    await claimFor({ speakerId: speaker.id, status: "DRAFT" });

    const profile = await speakerProfile(speaker.slug);
    expect(profile?.kind).toBe("speaker");
    if (profile?.kind !== "speaker") return;
    expect(profile.total).toBe(3);
    // The statement scale in force, at zero too; no forecast ratings for a speaker of statements only.
    expect(profile.trackRecord.map((step) => [step.label, step.count])).toEqual([
      ["False", 2],
      ["Unsupported", 0],
      ["Misleading", 0],
      ["Mostly accurate", 0],
      ["Accurate", 1],
    ]);
    const claims = await speakerClaims(speaker.slug, 1);
    expect(claims?.claims).toHaveLength(3);
    expect(claims?.claims.every((claim) => claim.verdict && claim.madeAt instanceof Date)).toBe(true);
  });

  it("splits predictions and promises into pending and settled, a due one or one awaiting approval staying pending", async () => {
    const scale = await scalePromise;
    const speaker = await makeSpeaker();
    const soon = await claimFor({ speakerId: speaker.id, kind: "PREDICTION", rating: "pending", settleBy: new Date(Date.now() + 30 * DAY) });
    const overdue = await claimFor({ speakerId: speaker.id, kind: "PROMISE", rating: "pending", settleBy: new Date(Date.now() - 2 * DAY) });
    const awaiting = await claimFor({ speakerId: speaker.id, kind: "PREDICTION", rating: "pending", settleBy: new Date(Date.now() - DAY) });
    await prisma.verdict.update({
      where: { claimId: awaiting.id },
      data: {
        settlementRatingId: scale["came-true"]!.id,
        settlementSummary: "It happened.",
        settlementProposedById: (await authorPromise).id,
        settlementProposedAt: new Date(),
      },
    });
    const cameTrue = await claimFor({ speakerId: speaker.id, kind: "PROMISE", rating: "came-true", settleBy: new Date(Date.now() - 9 * DAY) });
    await claimFor({ speakerId: speaker.id, kind: "PREDICTION", rating: "pending", status: "IN_REVIEW", settleBy: new Date(Date.now() + DAY) });
    await claimFor({ speakerId: speaker.id, rating: "accurate" });

    const profile = await speakerProfile(speaker.slug);
    if (profile?.kind !== "speaker") throw new Error("speaker not found");
    const { pending, pendingCount, settled, settledCount } = profile.forecasts;
    expect(pending.map((claim) => claim.slug)).toEqual([overdue.slug, awaiting.slug, soon.slug]);
    expect(pendingCount).toBe(3);
    expect(settled.map((claim) => [claim.slug, claim.verdict?.rating.label])).toEqual([[cameTrue.slug, "Came true"]]);
    expect(settledCount).toBe(1);
    expect(settled[0]!.verdict?.approvedAt).toBeInstanceOf(Date);
    // Both scales appear in the chart, each rating once.
    expect(profile.trackRecord.find((step) => step.label === "Pending")?.count).toBe(3);
    expect(profile.trackRecord.find((step) => step.label === "Accurate")?.count).toBe(1);
  });

  it("pages the claims twenty at a time, newest said first", async () => {
    const speaker = await makeSpeaker();
    for (let day = 1; day <= 21; day += 1) {
      await claimFor({ speakerId: speaker.id, rating: "accurate", madeAt: `2026-03-${String(day).padStart(2, "0")}`, text: `Claim of March ${day}` });
    }
    const first = await speakerClaims(speaker.slug, 1);
    const second = await speakerClaims(speaker.slug, 2);
    expect(first).toMatchObject({ total: 21, pages: 2 });
    expect(first!.claims[0]!.text).toBe("Claim of March 21");
    expect(first?.claims).toHaveLength(20);
    expect(second?.claims.map((claim) => claim.text)).toEqual(["Claim of March 1"]);
  });

  it("is not found for a speaker with only drafts, reviews or archived claims, nor for an unknown or malformed address", async () => {
    const speaker = await makeSpeaker();
    await claimFor({ speakerId: speaker.id, status: "DRAFT" });
    await claimFor({ speakerId: speaker.id, rating: "false", status: "IN_REVIEW" });
    await claimFor({ speakerId: speaker.id, rating: "false", status: "ARCHIVED" });
    expect(await speakerProfile(speaker.slug)).toBeNull();
    expect(await speakerClaims(speaker.slug, 1)).toBeNull();
    expect(await speakerFeedScope(speaker.slug)).toBeNull();
    expect(await speakerProfile("no-such-speaker")).toBeNull();
    expect(await speakerProfile("../desk")).toBeNull();
    expect(await speakerClaims(speaker.slug, 0)).toBeNull();
  });

  it("sends a merged speaker's address to the surviving speaker, through a chain of merges", async () => {
    const survivor = await makeSpeaker();
    await claimFor({ speakerId: survivor.id, rating: "accurate" });
    const middle = await makeSpeaker();
    const oldest = await makeSpeaker();
    await prisma.speaker.update({ where: { id: middle.id }, data: { mergedIntoId: survivor.id } });
    await prisma.speaker.update({ where: { id: oldest.id }, data: { mergedIntoId: middle.id } });
    expect(await speakerProfile(middle.slug)).toEqual({ kind: "merged", slug: survivor.slug });
    expect(await speakerProfile(oldest.slug)).toEqual({ kind: "merged", slug: survivor.slug });
    expect(await speakerClaims(oldest.slug, 1)).toBeNull();

    // Merged into someone with nothing published: no address to reveal.
    const hidden = await makeSpeaker();
    await claimFor({ speakerId: hidden.id, status: "DRAFT" });
    const merged = await makeSpeaker();
    await prisma.speaker.update({ where: { id: merged.id }, data: { mergedIntoId: hidden.id } });
    expect(await speakerProfile(merged.slug)).toBeNull();
  });

  it("feeds only published verdicts, newest published first, cached under the speaker's own tag", async () => {
    const speaker = await makeSpeaker();
    const older = await claimFor({ speakerId: speaker.id, rating: "false", publishedAt: new Date("2026-06-01T00:00:00Z") });
    const newer = await claimFor({ speakerId: speaker.id, rating: "accurate", publishedAt: new Date("2026-06-05T00:00:00Z") });
    await claimFor({ speakerId: speaker.id, rating: "misleading", status: "IN_REVIEW" });
    cacheTags.length = 0;
    const scope = await speakerFeedScope(speaker.slug);
    expect(scope?.title).toContain(speaker.name);
    expect(scope?.pagePath).toBe(`/speakers/${speaker.slug}`);
    expect(scope?.verdicts.map((claim) => claim.slug)).toEqual([newer.slug, older.slug]);
    expect(scope!.verdicts[0]!.publishedAt).toBeInstanceOf(Date);
    await speakerProfile(speaker.slug);
    await speakerClaims(speaker.slug, 1);
    expect(cacheTags).toEqual([[speakerTag(speaker.slug)], [speakerTag(speaker.slug)], [speakerTag(speaker.slug)]]);
  });
});

describe("the speakers index", () => {
  it("lists speakers with published verdicts, their counts and breakdown, sorted by name or by latest verdict", async () => {
    const [alpha, beta, draftsOnly, merged] = await Promise.all([makeSpeaker(), makeSpeaker(), makeSpeaker(), makeSpeaker()]);
    // Names and dates that put these first whatever other tests have written.
    await prisma.speaker.update({ where: { id: alpha.id }, data: { name: `0 Alpha ${alpha.slug}`, title: "Minister", affiliation: "Government" } });
    await prisma.speaker.update({ where: { id: beta.id }, data: { name: `0 Beta ${beta.slug}` } });
    await claimFor({ speakerId: alpha.id, rating: "false", publishedAt: new Date("2999-01-01T00:00:00Z") });
    await claimFor({ speakerId: alpha.id, rating: "accurate", publishedAt: new Date("2999-01-02T00:00:00Z") });
    await claimFor({ speakerId: alpha.id, rating: "accurate", status: "IN_REVIEW" });
    await claimFor({ speakerId: beta.id, rating: "unsupported", publishedAt: new Date("2999-02-01T00:00:00Z") });
    await claimFor({ speakerId: draftsOnly.id, status: "DRAFT", publishedAt: new Date("2999-03-01T00:00:00Z") });
    await claimFor({ speakerId: merged.id, rating: "false", publishedAt: new Date("2999-03-01T00:00:00Z") });
    await prisma.speaker.update({ where: { id: merged.id }, data: { mergedIntoId: alpha.id } });

    cacheTags.length = 0;
    const recent = await speakerDirectory("recent", 1);
    expect(cacheTags).toEqual([[PUBLISHED_VERDICTS_TAG]]);
    expect(recent.speakers.slice(0, 2).map((speaker) => speaker.slug)).toEqual([beta.slug, alpha.slug]);
    const byName = await speakerDirectory("name", 1);
    expect(byName.speakers.slice(0, 2).map((speaker) => speaker.slug)).toEqual([alpha.slug, beta.slug]);
    expect(byName.speakers[0]).toMatchObject({
      name: `0 Alpha ${alpha.slug}`,
      title: "Minister",
      affiliation: "Government",
      verdicts: 2,
      breakdown: [
        { label: "False", colour: "#b91c1c", count: 1 },
        { label: "Accurate", colour: "#15803d", count: 1 },
      ],
    });
    expect(byName.speakers[0]!.latestVerdict).toEqual(new Date("2999-01-02T00:00:00Z"));
    const everyone = [...byName.speakers, ...(byName.pages > 1 ? (await speakerDirectory("name", 2)).speakers : [])].map((speaker) => speaker.slug);
    expect(everyone).not.toContain(draftsOnly.slug);
    expect(everyone).not.toContain(merged.slug);
    expect(byName.total).toBeGreaterThanOrEqual(2);
  });
});

describe("a topic's timeline", () => {
  it("holds the published claims and their dated record, marks the claim the record contradicts, and nothing unpublished", async () => {
    const topic = await makeTopic();
    const speaker = await makeSpeaker();
    const wire = await makeSource("2026-05-31");
    const readout = await makeSource("2026-05-29");
    const odds = await makeSource(null, { type: "MARKET_ODDS", marketObservedAt: new Date("2026-05-30T00:00:00Z"), marketProbability: 0.38 });
    const author = await authorPromise;
    await prisma.archiveSnapshot.create({
      data: { sourceId: wire.id, fetchedAt: new Date("2026-06-04T00:00:00Z"), httpStatus: 200, sha256: "cd".repeat(32), takenById: author.id },
    });
    const contradicted = await claimFor({
      speakerId: speaker.id,
      rating: "unsupported",
      madeAt: "2026-05-31",
      topicIds: [topic.id],
      evidence: [
        { sourceId: wire.id, stance: "CONTRADICTS" },
        { sourceId: odds.id, stance: "CONTEXT" },
      ],
    });
    const supported = await claimFor({
      speakerId: speaker.id,
      rating: "mostly-accurate",
      madeAt: "2026-05-29",
      topicIds: [topic.id],
      evidence: [{ sourceId: readout.id, stance: "SUPPORTS" }],
    });
    await prisma.correction.create({
      data: { claimId: supported.id, kind: "CLARIFICATION", note: "A clearer date.", authorId: author.id, publishedAt: new Date("2026-06-03T00:00:00Z") },
    });
    const secretSource = await makeSource("2026-05-30");
    const inReview = await claimFor({
      speakerId: speaker.id,
      rating: "false",
      status: "IN_REVIEW",
      madeAt: "2026-05-30",
      topicIds: [topic.id],
      evidence: [{ sourceId: secretSource.id, stance: "CONTRADICTS" }],
    });

    cacheTags.length = 0;
    const found = await topicTimeline(topic.slug);
    expect(cacheTags).toEqual([[topicTag(topic.slug)]]);
    expect(found?.total).toBe(2);
    const timeline = buildTimeline(found!.claims);
    expect(timeline.events.map((event) => event.key)).toEqual([
      `claim:${supported.slug}`,
      `source:${readout.id}`,
      `market:${odds.id}`,
      `claim:${contradicted.slug}`,
      `source:${wire.id}`,
      expect.stringMatching(/^correction:/),
      expect.stringMatching(/^snapshot:/),
    ]);
    const market = timeline.events.find((event) => event.key === `market:${odds.id}`);
    expect(market?.detail).toContain("38% implied probability");
    const marked = timeline.events.filter((event) => event.kind === "said" && event.divergence);
    expect(marked.map((event) => event.kind === "said" && [event.claim.slug, event.divergence?.contradicting.map((item) => item.id)])).toEqual([
      [contradicted.slug, [wire.id]],
    ]);
    const everything = JSON.stringify(found);
    expect(everything).not.toContain(inReview.slug);
    expect(everything).not.toContain(secretSource.id);
  });

  it("is not found for an unknown topic or one with nothing published; its feed likewise", async () => {
    const topic = await makeTopic();
    const speaker = await makeSpeaker();
    await claimFor({ speakerId: speaker.id, rating: "false", status: "IN_REVIEW", topicIds: [topic.id] });
    expect(await topicTimeline(topic.slug)).toBeNull();
    expect(await topicFeedScope(topic.slug)).toBeNull();
    expect(await topicTimeline("no-such-topic")).toBeNull();
    expect(await topicTimeline("UPPER")).toBeNull();
  });

  it("feeds the topic's published verdicts only, and the index counts them", async () => {
    const topic = await makeTopic();
    const draftTopic = await makeTopic();
    const speaker = await makeSpeaker();
    const published = await claimFor({ speakerId: speaker.id, rating: "false", topicIds: [topic.id, draftTopic.id] });
    await prisma.claim.update({ where: { id: published.id }, data: { topics: { deleteMany: { topicId: draftTopic.id } } } });
    await claimFor({ speakerId: speaker.id, status: "DRAFT", topicIds: [draftTopic.id] });
    const hidden = await claimFor({ speakerId: speaker.id, rating: "accurate", status: "IN_REVIEW", topicIds: [topic.id] });

    const scope = await topicFeedScope(topic.slug);
    expect(scope?.verdicts.map((claim) => claim.slug)).toEqual([published.slug]);
    expect(scope?.verdicts.map((claim) => claim.slug)).not.toContain(hidden.slug);
    const topics = await topicDirectory();
    expect(topics.find((row) => row.slug === topic.slug)).toMatchObject({ name: topic.name, verdicts: 1 });
    expect(topics.find((row) => row.slug === topic.slug)?.latestSaid).toBeInstanceOf(Date);
    expect(topics.some((row) => row.slug === draftTopic.slug)).toBe(false);
  });
});
