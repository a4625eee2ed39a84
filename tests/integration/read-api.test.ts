import { afterEach, describe, expect, it, vi } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";
import { createApiLimiter } from "@/lib/api/rate-limit";
import { apiSchemasById } from "@/lib/api/registry";
import { prisma } from "@/lib/db";
import { site } from "@/lib/site";
import { proposeVerdict, publishVerdict } from "@/lib/verdicts/mutations";
import { verdictSchema } from "@/lib/verdicts/schema";
import { unpublishClaim } from "@/lib/workflow/mutations";
import { makeClaim, unique } from "../support/factories";
import { documentValidator } from "../support/openapi-validator";
import { callApi, newsroom, someAddress } from "../support/read-api";
import { sqlPool } from "../support/sql";

// The public read API through its route handlers, against the real database:
// only published verdicts, ever; filters and cursor pages that neither repeat
// nor skip; clear refusals; CORS; the rate limit; and replies that match both
// their zod schemas and the OpenAPI document generated from them.

const ip = someAddress();
const get = (address: string) => callApi(address, { ip });
const newsrooms = newsroom();

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

// The reply is exactly its schema's shape: parsing changes nothing.
function expectShape(id: string, body: unknown) {
  expect(apiSchemasById.get(id)!.parse(body), id).toEqual(body);
}

// Every page of a list, following nextUrl as a client would.
async function allPages(first: string) {
  const pages: Record<string, any>[] = [];
  for (let address: string | null = first; address; ) {
    const { status, body } = await get(address);
    expect(status, address).toBe(200);
    pages.push(body!);
    address = body!.nextUrl;
    expect(pages.length).toBeLessThan(200);
  }
  return pages;
}

describe("only published verdicts, ever", () => {
  it("a published claim is served with its verdict and record; drafts, claims in review and archived ones are 404 and in no list", async () => {
    const { claim, speaker, topic, reporter } = await newsrooms;
    const [who, onTopic] = await Promise.all([speaker(), topic()]);
    const published = await claim({ speakerId: who.id, topicIds: [onTopic.id], text: "Exports doubled last year, the minister said." });
    const source = await prisma.source.create({
      data: { type: "WIRE_REPORT", title: "Customs data for the year", publisher: "Wire", url: "https://example.org/customs", createdById: reporter.id },
    });
    await prisma.archiveSnapshot.create({
      data: { sourceId: source.id, httpStatus: 200, sha256: "a".repeat(64), fetchedAt: new Date("2026-06-01T10:00:00Z") },
    });
    await prisma.evidence.create({
      data: { claimId: published.id, sourceId: source.id, stance: "CONTRADICTS", passage: "Exports rose 4%.", addedById: reporter.id },
    });
    await prisma.appearance.create({
      data: { claimId: published.id, url: "https://example.org/speech", seenAt: new Date("2026-05-31T00:00:00Z"), isFirst: true },
    });
    await prisma.correction.create({ data: { claimId: published.id, kind: "CLARIFICATION", note: "Named the customs office.", authorId: reporter.id } });
    const hidden = await Promise.all(
      (["DRAFT", "IN_REVIEW", "ARCHIVED", "RESEARCHING"] as const).map((status) => claim({ status, speakerId: who.id, topicIds: [onTopic.id] })),
    );

    const { status, body, headers } = await get(`/api/v1/claims/${published.slug}`);
    expect(status).toBe(200);
    expect(headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(body!.data).toMatchObject({
      slug: published.slug,
      url: `${site.url}/claims/${published.slug}`,
      text: "Exports doubled last year, the minister said.",
      speaker: { slug: who.slug, name: who.name },
      topics: [{ slug: onTopic.slug, name: onTopic.name }],
      verdict: {
        rating: { slug: "false", label: "False", value: 1 },
        summary: "The trade figures say otherwise.",
        reasoning: "Customs data shows a **4%** rise.",
      },
      record: [
        {
          stance: "contradicts",
          passage: "Exports rose 4%.",
          source: { type: "wire_report", title: "Customs data for the year", archive: { sha256: "a".repeat(64), httpStatus: 200 } },
        },
      ],
      independentSources: { supports: 0, contradicts: 1, context: 0 },
      appearances: [{ url: "https://example.org/speech", isFirst: true }],
      corrections: [{ kind: "clarification", note: "Named the customs office." }],
    });
    expectShape("ClaimResponse", body);
    // Nothing from the desk rides along: not the state, the people, or the pending work.
    expect(JSON.stringify(body)).not.toMatch(/status|assignee|proposedBy|approvedBy|version|settlement|createdBy|"id"/);

    for (const claimOffSite of hidden) {
      const refused = await get(`/api/v1/claims/${claimOffSite.slug}`);
      expect(refused.status, claimOffSite.status).toBe(404);
      expect(refused.body).toEqual({ error: { code: "not_found", message: expect.stringContaining(`Claim "${claimOffSite.slug}" was not found`) } });
    }
    const hiddenSlugs = new Set(hidden.map((row) => row.slug));
    for (const list of [`/api/v1/claims?speaker=${who.slug}`, `/api/v1/claims?topic=${onTopic.slug}`]) {
      expect((await get(list)).body!.data.map((row: { slug: string }) => row.slug)).toEqual([published.slug]);
    }
    // Newest first, so unpublished claims stamped "published now" would lead the list if status were not checked.
    const newest = (await get("/api/v1/claims?limit=100")).body!.data.map((row: { slug: string }) => row.slug);
    expect(newest).toContain(published.slug);
    expect(newest.filter((slug: string) => hiddenSlugs.has(slug))).toEqual([]);
    expect((await get(`/api/v1/speakers/${who.slug}`)).body!.data).toMatchObject({
      publishedClaims: 1,
      ratingCounts: [{ rating: { slug: "false" }, count: 1 }],
    });
  });

  it("a claim unpublished after it was fetched is 404 on the very next request, and leaves its lists and its speaker", async () => {
    const { reporter, editor, scale } = await newsrooms;
    const researching = await makeClaim(reporter, { status: "RESEARCHING", assigneeId: reporter.id });
    await proposeVerdict(
      reporter,
      verdictSchema.parse({
        claimId: researching.id,
        version: String(researching.version),
        ratingId: scale.misleading!.id,
        summary: "Half of it is out of context.",
      }),
    );
    const inReview = await prisma.claim.findUniqueOrThrow({ where: { id: researching.id }, include: { speaker: true } });
    await publishVerdict(editor, { claimId: inReview.id, version: inReview.version });

    expect((await get(`/api/v1/claims/${inReview.slug}`)).status).toBe(200);
    expect((await get(`/api/v1/claims?speaker=${inReview.speaker.slug}`)).body!.data).toHaveLength(1);
    expect((await get(`/api/v1/speakers/${inReview.speaker.slug}`)).status).toBe(200);

    const live = await prisma.claim.findUniqueOrThrow({ where: { id: inReview.id } });
    await unpublishClaim(editor, { claimId: live.id, version: live.version, reason: "A source was withdrawn." });

    expect((await get(`/api/v1/claims/${inReview.slug}`)).status).toBe(404);
    expect((await get(`/api/v1/claims?speaker=${inReview.speaker.slug}`)).body!.data).toEqual([]);
    const speaker = await get(`/api/v1/speakers/${inReview.speaker.slug}`);
    expect(speaker.status).toBe(404);
    expect(speaker.body!.error.message).toContain(`Speaker "${inReview.speaker.slug}" was not found`);
  });

  it("a speaker whose claims are all still on the desk is neither listed nor found", async () => {
    const { claim, speaker } = await newsrooms;
    const [deskOnly, public_] = await Promise.all([speaker(), speaker()]);
    await claim({ status: "IN_REVIEW", speakerId: deskOnly.id });
    await claim({ speakerId: public_.id });
    await claim({ speakerId: public_.id, rating: "misleading" });

    expect((await get(`/api/v1/speakers/${deskOnly.slug}`)).status).toBe(404);
    const listed = (await allPages("/api/v1/speakers?limit=100")).flatMap((page) => page.data);
    const slugs = listed.map((row: { slug: string }) => row.slug);
    expect(slugs).not.toContain(deskOnly.slug);
    expect(listed.find((row: { slug: string }) => row.slug === public_.slug)).toMatchObject({
      name: public_.name,
      publishedClaims: 2,
      url: `${site.url}/speakers/${public_.slug}`,
    });
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).toEqual([...slugs].sort());

    const detail = await get(`/api/v1/speakers/${public_.slug}`);
    expect(detail.body!.data.ratingCounts).toEqual([
      { rating: expect.objectContaining({ slug: "false" }), count: 1 },
      { rating: expect.objectContaining({ slug: "misleading" }), count: 1 },
    ]);
    expect(detail.body!.data.claims.data).toHaveLength(2);
    expect(detail.body!.data.claimsUrl).toBe(`${site.url}/api/v1/claims?speaker=${public_.slug}`);
    expectShape("SpeakerResponse", detail.body);
  });
});

describe("filters", () => {
  it("speaker, topic, rating, kind, the days it was said and the publication time each narrow the list, and combine", async () => {
    const { claim, speaker, topic } = await newsrooms;
    const [who, onTopic] = await Promise.all([speaker(), topic()]);
    const at = (day: string) => new Date(`${day}T12:00:00Z`);
    const march = await claim({ speakerId: who.id, madeAt: at("2026-03-01"), publishedAt: at("2026-03-02"), rating: "false" });
    const april = await claim({ speakerId: who.id, madeAt: at("2026-04-10"), publishedAt: at("2026-04-11"), rating: "misleading", topicIds: [onTopic.id] });
    const forecast = await claim({ speakerId: who.id, madeAt: at("2026-05-31"), publishedAt: at("2026-06-01"), kind: "PREDICTION", topicIds: [onTopic.id] });
    const slugs = async (query: string) => {
      const { status, body } = await get(`/api/v1/claims?speaker=${who.slug}${query}`);
      expect(status, query).toBe(200);
      return body!.data.map((row: { slug: string }) => row.slug);
    };

    expect(await slugs("")).toEqual([forecast.slug, april.slug, march.slug]);
    expect(await slugs(`&topic=${onTopic.slug}`)).toEqual([forecast.slug, april.slug]);
    expect(await slugs("&rating=misleading")).toEqual([april.slug]);
    expect(await slugs("&kind=prediction")).toEqual([forecast.slug]);
    expect(await slugs("&kind=statement&rating=pending")).toEqual([]);
    expect(await slugs("&from=2026-04-10")).toEqual([forecast.slug, april.slug]);
    expect(await slugs("&to=2026-04-10")).toEqual([april.slug, march.slug]);
    expect(await slugs("&from=2026-04-01&to=2026-04-30")).toEqual([april.slug]);
    expect(await slugs("&publishedSince=2026-04-11T12:00:00Z")).toEqual([forecast.slug, april.slug]);
    expect(await slugs("&publishedSince=2026-04-11T14:00:01%2B02:00")).toEqual([forecast.slug]);
    expect(await slugs("&publishedSince=2026-06-01")).toEqual([forecast.slug]);
    // A speaker or topic nobody published about is an empty list, not an error:
    // the API must not tell which speakers exist behind the desk.
    expect((await get(`/api/v1/claims?speaker=${unique("nobody")}`)).body).toEqual({ data: [], nextCursor: null, nextUrl: null });
  });

  it("a rating that is not on the scale is a 400 that lists the scale", async () => {
    await newsrooms;
    const { status, body } = await get("/api/v1/claims?rating=pants-on-fire");
    expect(status).toBe(400);
    expect(body!.error.issues).toEqual([
      {
        parameter: "rating",
        message:
          'rating "pants-on-fire" is not on the verdict scale. Ratings: false, unsupported, misleading, mostly-accurate, accurate, pending, did-not-come-true, partly-came-true, came-true.',
      },
    ]);
  });
});

describe("cursor pages", () => {
  it("25 claims in pages of 7: every claim once, newest first, ties broken by id, even when one is published mid-way", async () => {
    const { claim, topic } = await newsrooms;
    const onTopic = await topic();
    // Publication times with ties: five claims share each instant.
    const made = [];
    for (let index = 0; index < 25; index += 1) {
      made.push(await claim({ topicIds: [onTopic.id], publishedAt: new Date(Date.UTC(2026, 5, 1, 10, Math.floor(index / 5))) }));
    }
    const expected = [...made].sort((a, b) => b.publishedAt!.getTime() - a.publishedAt!.getTime() || (a.id < b.id ? 1 : -1)).map((row) => row.slug);

    const first = await get(`/api/v1/claims?topic=${onTopic.slug}&limit=7`);
    expect(first.body!.data).toHaveLength(7);
    expect(first.body!.nextUrl).toBe(`${site.url}/api/v1/claims?topic=${onTopic.slug}&limit=7&cursor=${first.body!.nextCursor}`);
    // Published while a client is paging: newer than the first page, so it
    // belongs before it and must not push a claim into a page twice.
    const late = await claim({ topicIds: [onTopic.id] });
    const rest = await allPages(first.body!.nextUrl);
    const pages = [first.body!, ...rest];

    expect(pages.map((page) => page.data.length)).toEqual([7, 7, 7, 4]);
    expect(pages.at(-1)).toMatchObject({ nextCursor: null, nextUrl: null });
    const seen = pages.flatMap((page) => page.data.map((row: { slug: string }) => row.slug));
    expect(seen).toEqual(expected);
    expect(seen).not.toContain(late.slug);
    for (const page of pages) expectShape("ClaimList", page);

    // The cursor works as a parameter as well as through nextUrl.
    const second = await get(`/api/v1/claims?topic=${onTopic.slug}&limit=7&cursor=${first.body!.nextCursor}`);
    expect(second.body).toEqual(rest[0]);
  });

  it("an edited cursor is a 400 saying to use nextCursor as sent, not a page from somewhere else", async () => {
    const { status, body, headers } = await get(`/api/v1/claims?cursor=${Buffer.from('["claims","yesterday","x"]').toString("base64url")}`);
    expect(status).toBe(400);
    expect(headers.get("cache-control")).toBe("no-store");
    expect(body).toEqual({
      error: {
        code: "invalid_request",
        message: expect.stringContaining("cursor is not one this endpoint gave out"),
        issues: [{ parameter: "cursor", message: expect.stringContaining("Use nextCursor from the previous page of /claims as it was sent") }],
      },
    });
  });
});

describe("bad requests", () => {
  it("each problem is named in a 400 with the error shape, and nothing is read", async () => {
    const cases: [string, string[]][] = [
      ["/api/v1/claims?limit=500", ["limit"]],
      ["/api/v1/claims?limit=0&kind=rumour&from=2026-02-30", ["from", "kind", "limit"]],
      ["/api/v1/claims?speakers=ana", ["speakers"]],
      ["/api/v1/claims?from=2026-06-02&to=2026-06-01", ["to"]],
      ["/api/v1/claims?topic=a&topic=b", ["topic"]],
      ["/api/v1/speakers?limit=x", ["limit"]],
      ["/api/v1/claims/Not%20a%20slug", ["slug"]],
      ["/api/v1/speakers/ana?include=claims", ["include"]],
    ];
    for (const [address, parameters] of cases) {
      const { status, body, headers } = await get(address);
      expect(status, address).toBe(400);
      expect(headers.get("access-control-allow-origin")).toBe("*");
      expect(body!.error.code).toBe("invalid_request");
      expect(body!.error.issues.map((issue: { parameter: string }) => issue.parameter).sort(), address).toEqual(parameters);
      expectShape("Error", body);
    }
  });

  it("an unexpected failure is logged with its detail and answered with a plain 500", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    vi.spyOn(prisma.claim, "findMany").mockRejectedValueOnce(new Error("connection reset by peer"));
    const { status, body } = await get("/api/v1/claims");
    expect(status).toBe(500);
    expect(body).toEqual({ error: { code: "server_error", message: "Something went wrong on our side. Try again in a moment." } });
    expect(JSON.stringify(body)).not.toContain("connection reset");
    expect(logged).toHaveBeenCalledWith(
      "[onrecord] read API failed",
      "GET",
      expect.any(String),
      expect.objectContaining({ message: "connection reset by peer" }),
    );
  });
});

describe("CORS and caching", () => {
  it("any site's scripts may read a reply; no credentials; JSON in UTF-8; cacheable for a minute", async () => {
    const { claim } = await newsrooms;
    const published = await claim();
    for (const address of ["/api/v1/claims", `/api/v1/claims/${published.slug}`, "/api/v1/speakers", "/api/v1/openapi.json"]) {
      const { status, headers } = await callApi(address, { ip, headers: { origin: "https://other-newsroom.example" } });
      expect(status, address).toBe(200);
      expect(headers.get("access-control-allow-origin")).toBe("*");
      expect(headers.get("access-control-allow-credentials")).toBeNull();
      expect(headers.get("access-control-expose-headers")).toMatch(/RateLimit-Remaining.*Retry-After/);
      expect(headers.get("content-type")).toBe("application/json; charset=utf-8");
      expect(headers.get("cache-control")).toMatch(/^public, max-age=\d+/);
      expect(headers.get("set-cookie")).toBeNull();
    }
    expect((await get("/api/v1/claims/no-such-claim-here")).headers.get("cache-control")).toBe("public, max-age=60");
  });

  it("a preflight is answered 204 with the methods, headers and how long to remember them", async () => {
    for (const address of ["/api/v1/claims", "/api/v1/claims/x", "/api/v1/speakers", "/api/v1/speakers/x", "/api/v1/openapi.json"]) {
      const { status, headers, body } = await callApi(address, { ip, method: "OPTIONS" });
      expect(status, address).toBe(204);
      expect(body).toBeNull();
      expect(headers.get("access-control-allow-origin")).toBe("*");
      expect(headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
      expect(headers.get("access-control-allow-headers")).toContain("Accept");
      expect(headers.get("access-control-max-age")).toBe("86400");
      expect(headers.get("access-control-allow-credentials")).toBeNull();
    }
  });
});

describe("rate limit per address", () => {
  it("counts in PostgreSQL, says what is left on every reply, then answers 429 with Retry-After", async () => {
    vi.stubEnv("API_RATE_LIMIT_PER_MINUTE", "3");
    const address = someAddress();
    const client = address.split(",").at(-1)!.trim();
    const remaining = [];
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const { status, headers } = await callApi("/api/v1/speakers?limit=1", { ip: address });
      expect(status).toBe(200);
      expect(headers.get("ratelimit-limit")).toBe("3");
      remaining.push(headers.get("ratelimit-remaining"));
      expect(Number(headers.get("ratelimit-reset"))).toBeGreaterThan(0);
    }
    expect(remaining).toEqual(["2", "1", "0"]);

    const refused = await callApi("/api/v1/speakers?limit=1", { ip: address });
    expect(refused.status).toBe(429);
    const wait = Number(refused.headers.get("retry-after"));
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(60);
    expect(refused.headers.get("access-control-allow-origin")).toBe("*");
    expect(refused.headers.get("cache-control")).toBe("no-store");
    expect(refused.body).toEqual({
      error: { code: "rate_limited", message: `Too many requests from your address: the limit is 3 a minute. Try again in ${wait} seconds.` },
    });
    expectShape("Error", refused.body);
    // Refused from memory once over the limit, and every endpoint shares the allowance.
    expect((await callApi("/api/v1/claims", { ip: address })).status).toBe(429);

    // Another address is not held up, and the counter is a row any app server
    // can read. (192.0.2.x: a range someAddress never draws, so no earlier
    // call in this file can have used its allowance.)
    expect((await callApi("/api/v1/speakers?limit=1", { ip: "203.0.113.1, 192.0.2.7" })).status).toBe(200);
    const counter = await prisma.$queryRawUnsafe<{ points: number; expire: bigint }[]>(
      `SELECT points, expire FROM "ApiRateLimit" WHERE key = $1`,
      `api:${client}`,
    );
    expect(counter).toHaveLength(1);
    expect(counter[0]!.points).toBeGreaterThanOrEqual(4);
    expect(Number(counter[0]!.expire)).toBeGreaterThan(Date.now());
  });

  it("when its counter cannot be written, an address is counted in this process instead: served, still limited, and logged once", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const pool = sqlPool();
    try {
      // A table that is not there stands for a database refusing the counter.
      const limiter = createApiLimiter({ pool, limit: 2, tableName: "NoSuchCounterTable" });
      const outcomes = [];
      for (let attempt = 0; attempt < 3; attempt += 1) outcomes.push((await limiter.count("198.51.100.9")).allowed);
      expect(outcomes).toEqual([true, true, false]);
      expect(logged).toHaveBeenCalledTimes(1);
      expect(logged.mock.calls[0]![0]).toMatch(/rate-limit counter unavailable/);
    } finally {
      await pool.end();
    }
  });
});

describe("replies match the OpenAPI document", () => {
  it("every documented endpoint's real reply validates against the schema the document names for it", async () => {
    const { claim, speaker, topic } = await newsrooms;
    const [who, onTopic] = await Promise.all([speaker(), topic()]);
    const published = await claim({ speakerId: who.id, topicIds: [onTopic.id], kind: "PROMISE", madeAt: new Date("2026-05-31T09:15:00Z") });
    await prisma.claim.update({ where: { id: published.id }, data: { madeAtTimeZone: "Europe/London", quote: "We will double exports." } });
    await claim({ speakerId: who.id });

    const document = openApiDocument({ siteUrl: site.url, siteName: site.name, ratePerMinute: 120 });
    const check = documentValidator(document);
    const served = (await get("/api/v1/openapi.json")).body!;
    expect(served).toEqual(JSON.parse(JSON.stringify(document)));

    const addresses: Record<string, string> = {
      "/claims": `/api/v1/claims?speaker=${who.slug}&limit=1`,
      "/claims/{slug}": `/api/v1/claims/${published.slug}`,
      "/speakers": "/api/v1/speakers?limit=3",
      "/speakers/{slug}": `/api/v1/speakers/${who.slug}`,
    };
    for (const [path, item] of Object.entries(document.paths)) {
      if (path === "/openapi.json") continue;
      const { status, body } = await get(addresses[path]!);
      expect(status, path).toBe(200);
      const ref: string = (item as any).get.responses["200"].content["application/json"].schema.$ref;
      const component = ref.split("/").at(-1)!;
      expect(check(component, body), path).toEqual([]);
      expectShape(component, body);
    }
    for (const refusal of ["/api/v1/claims?limit=0", `/api/v1/claims/${unique("gone")}`]) {
      expect(check("Error", (await get(refusal)).body), refusal).toEqual([]);
    }
    const claimJson = (await get(addresses["/claims/{slug}"]!)).body!.data;
    expect(claimJson).toMatchObject({
      kind: "promise",
      saidOn: "2026-05-31",
      saidAt: "2026-05-31T09:15:00.000Z",
      timeZone: "Europe/London",
      settleBy: "2026-12-31",
      settleCriteria: "Settled by the year-end trade figures.",
    });
  });
});
