import { describe, expect, it } from "vitest";
import { logUnlessAlike } from "@/lib/claims/log-claim";
import { newClaimSchema } from "@/lib/claims/schema";
import { prisma } from "@/lib/db";
import { similarSpeakers } from "@/lib/speakers/similar";
import { makeClaim, makeSpeaker, makeUser, unique } from "../support/factories";

// Logging a claim stops to ask when it reads like one already on the desk, or
// when a new speaker's name reads like a known one; nothing is written until
// the reporter chooses.

const words = () => Array.from({ length: 6 }, () => unique("w").slice(2)).join(" ");
const draft = (fields: Record<string, unknown>) => newClaimSchema.parse({ madeAt: "2026-05-31", kind: "STATEMENT", ...fields });

describe("the check before a new claim is saved", () => {
  it("holds back a claim that reads like one already logged, writes nothing, and names the existing claim", async () => {
    const reporter = await makeUser("REPORTER");
    const existing = await makeClaim(reporter);
    const marker = words();
    await prisma.claim.update({ where: { id: existing.id }, data: { text: `The harbour authority tripled cargo volumes ${marker}.` } });
    const before = await prisma.claim.count();

    const result = await logUnlessAlike(reporter, draft({ text: `The harbour authority has tripled cargo volumes ${marker}.`, speakerId: existing.speakerId }));

    expect(result.outcome).toBe("alike");
    if (result.outcome !== "alike") return;
    expect(result.alike.alikeClaims.map((claim) => claim.id)).toContain(existing.id);
    expect(result.alike.alikeClaims[0]!.score).toBeGreaterThanOrEqual(0.4);
    expect(await prisma.claim.count()).toBe(before);
  });

  it("logs it when the reporter says it is a new claim all the same", async () => {
    const reporter = await makeUser("REPORTER");
    const existing = await makeClaim(reporter);
    const marker = words();
    await prisma.claim.update({ where: { id: existing.id }, data: { text: `Grain exports fell by half this spring ${marker}.` } });

    const result = await logUnlessAlike(
      reporter,
      draft({ text: `Grain exports fell by half this spring ${marker}.`, speakerId: existing.speakerId, confirmedNew: "on" }),
    );

    expect(result.outcome).toBe("logged");
    if (result.outcome !== "logged") return;
    const claims = await prisma.claim.findMany({ where: { text: { contains: marker } } });
    expect(claims.map((claim) => claim.id).sort()).toEqual([existing.id, result.claim.id].sort());
  });

  it("logs at once when nothing reads alike", async () => {
    const reporter = await makeUser("REPORTER");
    const speaker = await makeSpeaker();
    const result = await logUnlessAlike(reporter, draft({ text: `Zyx ${words()} qwv.`, speakerId: speaker.id }));
    expect(result.outcome).toBe("logged");
  });

  it("asks about a new speaker whose name reads like a known one, but not about an exact match", async () => {
    const reporter = await makeUser("REPORTER");
    const surname = `Araghchizadeh${unique("x").slice(2)}`;
    const known = await prisma.speaker.create({ data: { name: `Abbas ${surname}`, slug: unique("speaker"), title: "Foreign Minister" } });

    const bySurname = await logUnlessAlike(reporter, draft({ text: `Qpz ${words()} vvk.`, newSpeakerName: surname }));
    expect(bySurname.outcome).toBe("alike");
    if (bySurname.outcome === "alike") expect(bySurname.alike.alikeSpeakers).toEqual([{ id: known.id, name: known.name, title: "Foreign Minister" }]);
    expect(await prisma.speaker.count({ where: { name: surname } })).toBe(0);

    // The same name in other capitals is that speaker: used without asking.
    const exact = await logUnlessAlike(reporter, draft({ text: `Qpz ${words()} vvk.`, newSpeakerName: known.name.toUpperCase() }));
    expect(exact.outcome).toBe("logged");
    if (exact.outcome === "logged") {
      expect((await prisma.claim.findUniqueOrThrow({ where: { id: exact.claim.id } })).speakerId).toBe(known.id);
    }
  });

  it("speaker hints are for the desk only: no session, no names", async () => {
    const surname = `Pemberton${unique("x")
      .slice(2)
      .replace(/\d/g, (digit) => "abcdefghij"[Number(digit)]!)}`;
    const known = await prisma.speaker.create({ data: { name: `Ada ${surname}`, slug: unique("speaker") } });
    expect(await similarSpeakers(null, surname)).toEqual([]);
    const reporter = await makeUser("REPORTER");
    expect((await similarSpeakers(reporter, surname)).map((speaker) => speaker.id)).toEqual([known.id]);
  });

  it("a merged speaker is never offered", async () => {
    const reporter = await makeUser("REPORTER");
    const surname = `Hollingsworthy${unique("x").slice(2)}`;
    const kept = await prisma.speaker.create({ data: { name: `Dana ${surname}`, slug: unique("speaker") } });
    await prisma.speaker.create({ data: { name: `D. ${surname}`, slug: unique("speaker"), mergedIntoId: kept.id } });
    const result = await logUnlessAlike(reporter, draft({ text: `Qpz ${words()} vvk.`, newSpeakerName: surname }));
    expect(result.outcome).toBe("alike");
    if (result.outcome === "alike") expect(result.alike.alikeSpeakers.map((speaker) => speaker.id)).toEqual([kept.id]);
  });
});

describe("when it was said, and topics", () => {
  it("a time of day is read in its zone and kept with the zone", async () => {
    const reporter = await makeUser("REPORTER");
    const speaker = await makeSpeaker();
    const result = await logUnlessAlike(
      reporter,
      draft({
        text: `Tehran briefing ${words()}.`,
        speakerId: speaker.id,
        madeAt: "2026-03-04",
        madeAtTime: "14:30",
        timeZone: "Asia/Tehran",
        appearanceUrl: "https://example.org/briefing",
      }),
    );
    if (result.outcome !== "logged") throw new Error("expected the claim to be logged");
    const claim = await prisma.claim.findUniqueOrThrow({ where: { id: result.claim.id }, include: { appearances: true } });
    expect(claim.madeAt.toISOString()).toBe("2026-03-04T11:00:00.000Z");
    expect(claim.madeAtTimeZone).toBe("Asia/Tehran");
    expect(claim.appearances[0]!.seenAt.toISOString()).toBe("2026-03-04T11:00:00.000Z");
  });

  it("without a time, only the date is kept", async () => {
    const reporter = await makeUser("REPORTER");
    const speaker = await makeSpeaker();
    const result = await logUnlessAlike(
      reporter,
      draft({ text: `Date only ${words()}.`, speakerId: speaker.id, madeAt: "2026-03-04", timeZone: "Asia/Tehran" }),
    );
    if (result.outcome !== "logged") throw new Error("expected the claim to be logged");
    const claim = await prisma.claim.findUniqueOrThrow({ where: { id: result.claim.id } });
    expect(claim.madeAt.toISOString()).toBe("2026-03-04T00:00:00.000Z");
    expect(claim.madeAtTimeZone).toBeNull();
  });

  it("ticked topics and typed ones are joined, each once", async () => {
    const reporter = await makeUser("REPORTER");
    const speaker = await makeSpeaker();
    const ticked = await prisma.topic.create({ data: { name: unique("Ports"), slug: unique("ports") } });
    const typed = unique("Shipping");
    const result = await logUnlessAlike(
      reporter,
      draft({ text: `Topics ${words()}.`, speakerId: speaker.id, topicIds: [ticked.id], topics: `${ticked.name.toUpperCase()}, ${typed}` }),
    );
    if (result.outcome !== "logged") throw new Error("expected the claim to be logged");
    const links = await prisma.claimTopic.findMany({ where: { claimId: result.claim.id }, include: { topic: true } });
    expect(links.map((link) => link.topic.name).sort()).toEqual([ticked.name, typed].sort());
  });

  it("a ticked topic that no longer exists is refused, and nothing is written", async () => {
    const reporter = await makeUser("REPORTER");
    const speaker = await makeSpeaker();
    const text = `Gone topic ${words()}.`;
    await expect(logUnlessAlike(reporter, draft({ text, speakerId: speaker.id, topicIds: "no-such-topic" }))).rejects.toMatchObject({
      code: "invalid",
      fieldErrors: { topicIds: [expect.stringMatching(/reload/i)] },
    });
    expect(await prisma.claim.count({ where: { text } })).toBe(0);
  });
});
