import { describe, expect, it } from "vitest";
import { logUnlessAlike } from "@/lib/claims/log-claim";
import { newClaimSchema } from "@/lib/claims/schema";
import { prisma } from "@/lib/db";
import { loggedClaims } from "@/lib/queue/logged";
import { makeSpeaker, makeUser, unique } from "../support/factories";

// A claim typed by hand while reading an article keeps the article on its
// record as context, as the claims ticked in the reader do (issue 14, rough
// edge 6); and the queue names exactly the claims just logged (rough edge 3).

const draft = (fields: Record<string, unknown>) => newClaimSchema.parse({ madeAt: "2026-05-31", kind: "STATEMENT", confirmedNew: "on", ...fields });

async function article(createdById: string) {
  const marker = unique("m");
  return prisma.source.create({
    data: { type: "NEWS_ARTICLE", title: `Harbour report ${marker}`, url: `https://example.org/${marker}`, createdById },
  });
}

describe("a claim logged by hand from an article", () => {
  it("gets the article as context on its record, with a revision saying so", async () => {
    const reporter = await makeUser("REPORTER");
    const speaker = await makeSpeaker();
    const source = await article(reporter.id);
    const text = `The customs house declined to comment (${unique("m")}).`;
    const result = await logUnlessAlike(reporter, draft({ text, speakerId: speaker.id, articleSourceId: source.id }));
    expect(result.outcome).toBe("logged");
    const claim = await prisma.claim.findFirstOrThrow({ where: { text }, include: { evidence: true, revisions: true } });
    expect(claim.evidence).toEqual([expect.objectContaining({ sourceId: source.id, stance: "CONTEXT", addedById: reporter.id })]);
    expect(claim.revisions.map((revision) => revision.action).sort()).toEqual(["claim.created", "evidence.added"]);
  });

  it("is refused, and nothing is written, when the article has left the library", async () => {
    const reporter = await makeUser("REPORTER");
    const speaker = await makeSpeaker();
    const text = `The customs house declined to comment (${unique("m")}).`;
    await expect(logUnlessAlike(reporter, draft({ text, speakerId: speaker.id, articleSourceId: "no-such-article" }))).rejects.toMatchObject({
      code: "invalid",
      message: "The article is no longer in the source library. Read it again.",
    });
    expect(await prisma.claim.count({ where: { text } })).toBe(0);
  });

  it("without an article has no evidence, as before", async () => {
    const reporter = await makeUser("REPORTER");
    const speaker = await makeSpeaker();
    const text = `The customs house declined to comment (${unique("m")}).`;
    await logUnlessAlike(reporter, draft({ text, speakerId: speaker.id }));
    expect(await prisma.evidence.count({ where: { claim: { text } } })).toBe(0);
  });

  it("refuses an article reference that cannot be an id", () => {
    const parsed = newClaimSchema.safeParse({ madeAt: "2026-05-31", text: "A claim long enough to log.", newSpeakerName: "Sam", articleSourceId: "../x" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path[0])).toEqual(["articleSourceId"]);
  });
});

describe("the claims just logged, named on the queue", () => {
  it("come back in the order logged with who has them; ids no longer on the desk are left out", async () => {
    const reporter = await makeUser("REPORTER");
    const speaker = await makeSpeaker();
    const texts = [`First logged (${unique("m")}).`, `Second logged (${unique("m")}).`];
    const ids = [];
    for (const text of texts) {
      const result = await logUnlessAlike(reporter, draft({ text, speakerId: speaker.id, assignToMe: "on" }));
      if (result.outcome === "logged") ids.push(result.claim.id);
    }
    const found = await loggedClaims(reporter, [ids[1]!, "gone-since", ids[0]!]);
    expect(found).toEqual([
      { id: ids[1], text: texts[1], status: "RESEARCHING", assignee: { id: reporter.id, name: reporter.name } },
      { id: ids[0], text: texts[0], status: "RESEARCHING", assignee: { id: reporter.id, name: reporter.name } },
    ]);
  });
});
