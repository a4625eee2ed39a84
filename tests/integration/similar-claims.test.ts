import { describe, expect, it } from "vitest";
import { similarClaims } from "@/lib/claims/similar";
import { prisma } from "@/lib/db";
import { makeSpeaker, makeUser, unique } from "../support/factories";

// Near-duplicates: claims that read alike, the same speaker's first.

async function claimBy(createdById: string, speakerId: string, text: string, status: "DRAFT" | "ARCHIVED" = "DRAFT") {
  return prisma.claim.create({
    data: { slug: unique("similar"), text, madeAt: new Date("2026-05-31T12:00:00Z"), speakerId, createdById, status },
  });
}

describe("claims that read alike", () => {
  it("finds a reworded claim, ranks the same speaker's first, and leaves out unrelated and archived ones", async () => {
    const reporter = await makeUser("REPORTER");
    const [president, ministry] = [await makeSpeaker(), await makeSpeaker()];
    const tag = unique("zq").replace("-", "");
    const sameSpeaker = await claimBy(reporter.id, president.id, `Iran has agreed to nuclear restraint ${tag}`);
    const otherSpeaker = await claimBy(reporter.id, ministry.id, `Iran has agreed to nuclear restraint ${tag}`);
    const archived = await claimBy(reporter.id, president.id, `Iran agreed to nuclear restraint ${tag}`, "ARCHIVED");
    const unrelated = await claimBy(reporter.id, president.id, `The port reopened on schedule last Tuesday ${tag}`);
    const mine = new Set([sameSpeaker.id, otherSpeaker.id, archived.id, unrelated.id]);

    // Other tests' claims share this database; only this test's are compared.
    const found = (await similarClaims(reporter, { text: `Iran agreed to nuclear restraint ${tag}`, speakerId: president.id }, 20)).filter((claim) =>
      mine.has(claim.id),
    );
    expect(found.map((claim) => claim.id)).toEqual([sameSpeaker.id, otherSpeaker.id]);
    expect(found[0]!.score).toBeGreaterThan(found[1]!.score);
    expect(found[0]).toMatchObject({ slug: sameSpeaker.slug, speaker: president.name, status: "DRAFT" });
  });

  it("leaves out the claim itself, and gives anonymous callers nothing", async () => {
    const reporter = await makeUser("REPORTER");
    const speaker = await makeSpeaker();
    const tag = unique("zq").replace("-", "");
    const claim = await claimBy(reporter.id, speaker.id, `The ceasefire has held for thirty days ${tag}`);
    expect(await similarClaims(reporter, { text: claim.text, excludeId: claim.id })).toEqual([]);
    expect(await similarClaims(null, { text: claim.text })).toEqual([]);
  });
});
