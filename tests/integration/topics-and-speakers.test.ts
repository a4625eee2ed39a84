import { describe, expect, it } from "vitest";
import { createClaim } from "@/lib/claims/mutations";
import { newClaimSchema } from "@/lib/claims/schema";
import { prisma } from "@/lib/db";
import { makeUser, unique } from "../support/factories";

// New topics and speakers are made on the fly while logging a claim; names in
// any script, and two reporters naming the same new topic at once, must both
// end with the claim logged, never with "a problem on our side".

const claimWith = (fields: Record<string, string>) =>
  newClaimSchema.parse({ text: "The crossing has been closed since March.", madeAt: "2026-05-31", ...fields });

describe("topics and speakers made while logging a claim", () => {
  it("topics whose names have no Latin letters each get their own address", async () => {
    const reporter = await makeUser("REPORTER");
    // Persian for "nuclear talks" and "sanctions", plus a unique tag so reruns don't collide.
    const tag = unique("t");
    const names = [`مذاکرات هسته‌ای ${tag}`.replace(/[a-z0-9-]/gi, ""), `تحریم‌ها ${tag}`.replace(/[a-z0-9-]/gi, "")];
    const first = await createClaim(reporter, claimWith({ newSpeakerName: unique("Speaker"), topics: names[0]! }));
    const second = await createClaim(reporter, claimWith({ newSpeakerName: unique("Speaker"), topics: names[1]! }));
    const topics = await prisma.claimTopic.findMany({ where: { claimId: { in: [first.id, second.id] } }, include: { topic: true } });
    const slugs = topics.map((row) => row.topic.slug);
    expect(new Set(slugs).size).toBe(2);
    for (const slug of slugs) expect(slug).toMatch(/^topic(-\d+)?$/);
  });

  it("two reporters logging claims with the same new topic and speaker at the same moment both succeed, sharing one of each", async () => {
    const [first, second] = [await makeUser("REPORTER"), await makeUser("REPORTER")];
    const topic = unique("Strait of Hormuz shipping");
    const speaker = unique("Port authority");
    const results = await Promise.allSettled([
      createClaim(first, claimWith({ newSpeakerName: speaker, topics: topic })),
      createClaim(second, claimWith({ newSpeakerName: speaker, topics: topic })),
    ]);
    expect(results.map((result) => result.status)).toEqual(["fulfilled", "fulfilled"]);
    expect(await prisma.topic.count({ where: { name: topic } })).toBe(1);
    const claims = await prisma.claim.findMany({
      where: { id: { in: results.map((result) => (result as PromiseFulfilledResult<{ id: string }>).value.id) } },
      include: { topics: true },
    });
    expect(new Set(claims.map((claim) => claim.topics[0]!.topicId)).size).toBe(1);
  });
});
