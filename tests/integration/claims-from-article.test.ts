import { describe, expect, it } from "vitest";
import { findCandidates } from "@/lib/articles/find-candidates";
import { logPickedClaims } from "@/lib/articles/log-picked";
import { pickedClaimsSchema, readArticleSchema } from "@/lib/articles/schema";
import { prisma } from "@/lib/db";
import { makeClaim, makeUser, unique } from "../support/factories";

// Reading a pasted article on the desk: candidates come with what the desk
// already has like them, and the ticked ones are logged all together or not at all.

describe("reading an article", () => {
  it("lists candidates with the desk's speakers and claims that read alike", async () => {
    const reporter = await makeUser("REPORTER");
    // Letters only: a name with digits in it does not read as a person's name.
    const surname = `Quillfeather${unique("x")
      .slice(2)
      .replace(/\d/g, (digit) => "abcdefghij"[Number(digit)]!)}`;
    const speaker = await prisma.speaker.create({ data: { name: `Carla ${surname}`, slug: unique("speaker"), title: "Port Minister" } });
    const marker = unique("m");
    const existing = await makeClaim(reporter);
    await prisma.claim.update({
      where: { id: existing.id },
      data: { text: `Cargo traffic at the northern terminal has tripled since 2024 (${marker}).`, speakerId: speaker.id },
    });

    const article = `Port Minister Carla ${surname} said on Monday that cargo traffic at the northern terminal had tripled since 2024 (${marker}). The terminal is painted blue.`;
    const read = await findCandidates(reporter, readArticleSchema.parse({ articleText: article, publishedOn: "2026-06-10" }));

    expect(read.words).toBeGreaterThan(20);
    expect(read.candidates).toHaveLength(1);
    const [candidate] = read.candidates;
    expect(candidate!.knownSpeakers[0]).toEqual({ id: speaker.id, name: speaker.name, title: "Port Minister" });
    expect(candidate!.alikeClaims.map((claim) => claim.id)).toContain(existing.id);
    expect(candidate!.madeOn).toBe("2026-06-08");
  });

  it("is refused to someone without a desk session", async () => {
    await expect(findCandidates(null as never, readArticleSchema.parse({ articleText: "Officials said exports doubled." }))).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});

describe("logging the ticked candidates", () => {
  const fields = (id: string, text: string, extra: Record<string, string> = {}) => ({
    [`text.${id}`]: text,
    [`speaker.${id}`]: `Speaker ${unique("s")}`,
    [`madeAt.${id}`]: "2026-06-08",
    [`kind.${id}`]: "STATEMENT",
    ...Object.fromEntries(Object.entries(extra).map(([key, value]) => [`${key}.${id}`, value])),
  });

  it("logs every ticked candidate as a draft with the article as its first appearance", async () => {
    const reporter = await makeUser("REPORTER");
    const marker = unique("m");
    const url = `https://example.org/${marker}`;
    const picked = pickedClaimsSchema.parse({
      pick: ["s1", "s4"],
      articleUrl: url,
      ...fields("s1", `Exports doubled last year (${marker}).`),
      ...fields("s4", `Unemployment will fall below 5% by 2027 (${marker}).`, {
        kind: "PREDICTION",
        settleBy: "2027-12-31",
        settleCriteria: "Official figures below 5%.",
      }),
    });
    const logged = await logPickedClaims(reporter, picked);
    expect(logged).toHaveLength(2);
    const claims = await prisma.claim.findMany({ where: { text: { contains: marker } }, include: { appearances: true, revisions: true } });
    expect(claims).toHaveLength(2);
    for (const claim of claims) {
      expect(claim).toMatchObject({ status: "DRAFT", createdById: reporter.id, assigneeId: null });
      expect(claim.appearances).toEqual([expect.objectContaining({ url, isFirst: true })]);
      expect(claim.revisions.map((revision) => revision.action)).toEqual(["claim.created"]);
    }
  });

  it("writes nothing when one of the ticked candidates cannot be logged", async () => {
    const reporter = await makeUser("REPORTER");
    const marker = unique("m");
    const picked = pickedClaimsSchema.parse({
      pick: ["s1", "s2"],
      ...fields("s1", `A good candidate (${marker}).`),
      ...fields("s2", `A candidate whose speaker vanished (${marker}).`, { speakerId: "speaker-that-was-merged-away" }),
    });
    await expect(logPickedClaims(reporter, picked)).rejects.toMatchObject({ code: "not_found" });
    expect(await prisma.claim.count({ where: { text: { contains: marker } } })).toBe(0);
  });

  it("with the article from the library and 'assign to me': each claim gets the article as context and the reporter on it", async () => {
    const reporter = await makeUser("REPORTER");
    const marker = unique("m");
    const article = await prisma.source.create({
      data: { type: "NEWS_ARTICLE", title: `Harbour report ${marker}`, url: `https://example.org/${marker}`, createdById: reporter.id },
    });
    const picked = pickedClaimsSchema.parse({
      pick: "s1",
      assignToMe: "on",
      articleUrl: article.url,
      articleSourceId: article.id,
      ...fields("s1", `Cargo traffic tripled (${marker}).`, { speakerTitle: "Port Minister" }),
    });
    const [logged] = await logPickedClaims(reporter, picked);
    const claim = await prisma.claim.findUniqueOrThrow({ where: { id: logged!.id }, include: { evidence: true, speaker: true } });
    expect(claim).toMatchObject({ status: "RESEARCHING", assigneeId: reporter.id });
    expect(claim.speaker.title).toBe("Port Minister");
    expect(claim.evidence).toEqual([expect.objectContaining({ sourceId: article.id, stance: "CONTEXT" })]);
  });

  it("odds the article quotes go on the forecast ticked with them, as market-odds evidence observed on the article's date", async () => {
    const reporter = await makeUser("REPORTER");
    const marker = unique("m");
    const text = `Minister Oskar Falk predicted a grain deal by December (${marker}). The trade newsletter Harvest Ledger puts the odds of a grain deal this year at 30 percent.`;
    const read = await findCandidates(reporter, readArticleSchema.parse({ articleText: text, publishedOn: "2026-07-02" }));
    // The odds are no candidate; they are offered for the forecast they concern.
    expect(read.candidates).toHaveLength(1);
    const forecast = read.candidates[0]!;
    expect(read.odds).toMatchObject([{ percent: 30, by: "Harvest Ledger", concerns: forecast.id }]);
    const odds = read.odds[0]!;
    const picked = pickedClaimsSchema.parse({
      pick: forecast.id,
      articlePublishedOn: "2026-07-02",
      ...fields(forecast.id, forecast.claim, { kind: "PREDICTION", settleBy: "2026-12-31", settleCriteria: "A deal is signed by the end of the year." }),
      [`odds.${forecast.id}`]: odds.id,
      [`oddsBy.${odds.id}`]: odds.by!,
      [`oddsPercent.${odds.id}`]: String(odds.percent),
      [`oddsSentence.${odds.id}`]: odds.sentence,
    });
    const [logged] = await logPickedClaims(reporter, picked);
    const claim = await prisma.claim.findUniqueOrThrow({ where: { id: logged!.id }, include: { evidence: { include: { source: true } }, revisions: true } });
    expect(claim.evidence).toHaveLength(1);
    expect(claim.evidence[0]).toMatchObject({ stance: "CONTEXT", source: { type: "MARKET_ODDS", marketName: "Harvest Ledger", createdById: reporter.id } });
    expect(Number(claim.evidence[0]!.source.marketProbability)).toBe(0.3);
    expect(claim.evidence[0]!.source.marketObservedAt?.toISOString().slice(0, 10)).toBe("2026-07-02");
    expect(claim.revisions.map((revision) => revision.action).sort()).toEqual(["claim.created", "evidence.added"]);
  });

  it("odds that do not read as odds are refused on the candidate, and nothing is logged", async () => {
    const marker = unique("m");
    const result = pickedClaimsSchema.safeParse({
      pick: "s1",
      ...fields("s1", `Unemployment will fall below 5% by 2027 (${marker}).`, {
        kind: "PREDICTION",
        settleBy: "2027-12-31",
        settleCriteria: "Official figures below 5%.",
      }),
      "odds.s1": "o2",
      "oddsBy.o2": "Harvest Ledger",
      "oddsPercent.o2": "130",
      "oddsSentence.o2": "Odds of 130 percent.",
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path[0])).toEqual(["odds.s1"]);
  });
});
