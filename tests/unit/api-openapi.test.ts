import { describe, expect, it } from "vitest";
import { type ClaimDetailRow, claimDetailJson, claimSummaryJson } from "@/lib/api/claim-json";
import { openApiDocument } from "@/lib/api/openapi";
import { claimsQuery, speakersQuery } from "@/lib/api/params-schema";
import { apiSchemasById } from "@/lib/api/registry";
import "@/lib/api/speaker-schema";
import { documentValidator } from "../support/openapi-validator";

// The OpenAPI document of the read API, generated from its zod schemas: a
// well-formed OpenAPI 3.1 document whose every reference resolves, whose
// parameters are the ones the endpoints accept, and whose schemas accept what
// the serializers write. (tests/integration/read-api.test.ts checks real
// replies of every endpoint against it.)

const document = openApiDocument({ siteUrl: "https://news.example", siteName: "OnRecord", ratePerMinute: 90 });
type Operation = { parameters: { name: string; in: string; required: boolean; schema: object }[]; responses: Record<string, unknown> };
const operations = Object.entries(document.paths).map(([path, item]) => [path, (item as { get: Operation }).get] as const);

function pointer(ref: string): unknown {
  expect(ref.startsWith("#/"), ref).toBe(true);
  return ref
    .slice(2)
    .split("/")
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part.replaceAll("~1", "/").replaceAll("~0", "~")], document);
}

function refsIn(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) for (const child of node) refsIn(child, found);
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") found.push(value);
      else refsIn(value, found);
    }
  }
  return found;
}

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 with the server's public address, and says the rate limit", () => {
    expect(document.openapi).toMatch(/^3\.1\.\d+$/);
    expect(document.info).toMatchObject({ title: "OnRecord read API", version: "1.0.0" });
    expect(document.servers).toEqual([{ url: "https://news.example/api/v1" }]);
    expect(document.info.description).toContain("90 requests a minute");
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
  });

  it("documents the four endpoints and itself", () => {
    expect(Object.keys(document.paths).sort()).toEqual(["/claims", "/claims/{slug}", "/openapi.json", "/speakers", "/speakers/{slug}"]);
    const ids = operations.map(([, operation]) => (operation as unknown as { operationId: string }).operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("every $ref points at something in the document", () => {
    const refs = refsIn(document);
    expect(refs.length).toBeGreaterThan(30);
    for (const ref of refs) expect(pointer(ref), ref).toBeDefined();
  });

  it("every named zod shape is a component, without a per-schema dialect or $id", () => {
    expect(Object.keys(document.components.schemas).sort()).toEqual([...apiSchemasById.keys()].sort());
    for (const schema of Object.values(document.components.schemas)) {
      expect(schema).not.toHaveProperty("$schema");
      expect(schema).not.toHaveProperty("$id");
    }
  });

  it("leaves reply objects open to new fields, as the description promises", () => {
    expect(JSON.stringify(document.components.schemas)).not.toContain('"additionalProperties":false');
  });

  it("declares each path's template parameters as required path parameters", () => {
    for (const [path, operation] of operations) {
      const inTemplate = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      const declared = (operation.parameters ?? []).filter((parameter) => parameter.in === "path");
      expect(
        declared.map((parameter) => parameter.name),
        path,
      ).toEqual(inTemplate);
      for (const parameter of declared) expect(parameter.required).toBe(true);
    }
  });

  it("documents exactly the query parameters each list accepts, none required", () => {
    const query = (path: string) => operations.find(([p]) => p === path)![1].parameters.filter((parameter) => parameter.in === "query");
    expect(query("/claims").map((parameter) => parameter.name)).toEqual(Object.keys(claimsQuery.shape));
    expect(query("/speakers").map((parameter) => parameter.name)).toEqual(Object.keys(speakersQuery.shape));
    for (const parameter of [...query("/claims"), ...query("/speakers")]) expect(parameter.required).toBe(false);
    expect(query("/claims").find((parameter) => parameter.name === "limit")!.schema).toMatchObject({ type: "integer", minimum: 1, maximum: 100, default: 20 });
    expect(query("/claims").find((parameter) => parameter.name === "kind")!.schema).toMatchObject({ enum: ["statement", "prediction", "promise"] });
  });

  it("answers 200, 400, 429 and 500 on every endpoint, 404 on the single ones, 429 with Retry-After", () => {
    for (const [path, operation] of operations) {
      if (path === "/openapi.json") continue;
      const statuses = Object.keys(operation.responses).sort();
      expect(statuses, path).toEqual(path.includes("{slug}") ? ["200", "400", "404", "429", "500"] : ["200", "400", "429", "500"]);
    }
    const tooMany = document.components.responses.TooManyRequests;
    expect(Object.keys(tooMany.headers)).toContain("Retry-After");
    expect(pointer(tooMany.content["application/json"].schema.$ref)).toBe(document.components.schemas.Error);
  });

  it("every component is a JSON Schema a 2020-12 validator compiles", () => {
    const check = documentValidator(document);
    for (const id of Object.keys(document.components.schemas)) expect(() => check(id, {}), id).not.toThrow();
  });
});

// A published claim as the database gives it, with every optional part present.
const claimRow: ClaimDetailRow & { id: string } = {
  id: "cm1claim",
  slug: "talks-will-fail-k3x9",
  text: "The talks will produce only minor, temporary understandings.",
  quote: "only minor, temporary understandings",
  kind: "PREDICTION",
  madeAt: new Date("2026-05-31T20:30:00.000Z"),
  madeAtTimeZone: "Asia/Tehran",
  venue: "Opinion column",
  settleBy: new Date("2026-12-31T00:00:00.000Z"),
  settleCriteria: "Fails if a written agreement is signed.",
  context: "Written the day the round ended.",
  publishedAt: new Date("2026-06-02T09:00:00.000Z"),
  speaker: { slug: "columnist", name: "A columnist", title: null, affiliation: "Daily paper" },
  topics: [{ topic: { slug: "us-iran-talks", name: "US–Iran talks" } }, { topic: { slug: "diplomacy", name: "Diplomacy" } }],
  verdict: {
    summary: "Not yet due.",
    reasoning: "**Markdown** stays as written.",
    rating: { slug: "pending", label: "Pending", value: null, colour: "#475569" },
  },
  appearances: [{ url: "https://example.org/column", title: "The column", venue: "Newspaper", seenAt: new Date("2026-05-31T21:00:00.000Z"), isFirst: true }],
  evidence: [
    {
      stance: "CONTEXT",
      passage: "Yes at 38 cents.",
      note: null,
      source: {
        id: "s1",
        derivedFromId: null,
        type: "MARKET_ODDS",
        title: "Market on an agreement",
        publisher: "A market",
        url: "https://example.org/market",
        publishedAt: null,
        marketName: "Agreement in 2026",
        marketOutcome: "Yes",
        marketProbability: "0.3812",
        marketObservedAt: new Date("2026-05-31T18:00:00.000Z"),
        snapshots: [
          { fetchedAt: new Date("2026-06-01T00:00:00.000Z"), httpStatus: 200, sha256: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" },
        ],
      },
    },
    {
      stance: "CONTRADICTS",
      passage: null,
      note: "Wire copy.",
      source: {
        id: "s2",
        derivedFromId: null,
        type: "WIRE_REPORT",
        title: "Wire",
        publisher: null,
        url: null,
        publishedAt: new Date("2026-06-01T00:00:00.000Z"),
        marketName: null,
        marketOutcome: null,
        marketProbability: null,
        marketObservedAt: null,
        snapshots: [],
      },
    },
    {
      stance: "CONTRADICTS",
      passage: null,
      note: null,
      source: {
        id: "s3",
        derivedFromId: "s2",
        type: "NEWS_ARTICLE",
        title: "Syndicated copy",
        publisher: "Metro",
        url: null,
        publishedAt: null,
        marketName: null,
        marketOutcome: null,
        marketProbability: null,
        marketObservedAt: null,
        snapshots: [],
      },
    },
  ],
  corrections: [{ kind: "UPDATE", note: "Added the market odds.", publishedAt: new Date("2026-06-03T00:00:00.000Z") }],
};

describe("serialized claims against the document", () => {
  const check = documentValidator(document);

  it("a claim in a list: the day on the speaker's clock, the moment only when the time was given", () => {
    const summary = claimSummaryJson(claimRow);
    expect(summary).toMatchObject({
      saidOn: "2026-06-01",
      saidAt: "2026-05-31T20:30:00.000Z",
      timeZone: "Asia/Tehran",
      kind: "prediction",
      settleBy: "2026-12-31",
    });
    expect(summary.topics.map((topic) => topic.slug)).toEqual(["diplomacy", "us-iran-talks"]);
    expect(claimSummaryJson({ ...claimRow, madeAtTimeZone: null, madeAt: new Date("2026-05-31T00:00:00.000Z") })).toMatchObject({
      saidOn: "2026-05-31",
      saidAt: null,
      timeZone: null,
    });
    expect(check("ClaimSummary", summary)).toEqual([]);
    expect(apiSchemasById.get("ClaimSummary")!.parse(summary)).toEqual(summary);
  });

  it("a full claim: lowercase stances and types, market odds as a number, a syndicated copy counted once", () => {
    const detail = claimDetailJson(claimRow);
    expect(detail.record.map((item) => [item.stance, item.source.type])).toEqual([
      ["context", "market_odds"],
      ["contradicts", "wire_report"],
      ["contradicts", "news_article"],
    ]);
    expect(detail.record[0]!.source.market).toEqual({ name: "Agreement in 2026", outcome: "Yes", probability: 0.3812, observedAt: "2026-05-31T18:00:00.000Z" });
    expect(detail.record[1]!.source.market).toBeNull();
    expect(detail.independentSources).toEqual({ supports: 0, contradicts: 1, context: 1 });
    expect(detail.verdict).toMatchObject({ reasoning: "**Markdown** stays as written.", publishedAt: "2026-06-02T09:00:00.000Z" });
    expect(check("ClaimDetail", detail)).toEqual([]);
    expect(apiSchemasById.get("ClaimDetail")!.parse(detail)).toEqual(detail);
  });

  it("the document's schemas refuse what the API never sends", () => {
    const detail = claimDetailJson(claimRow);
    expect(check("ClaimDetail", { ...detail, kind: "PREDICTION" })).not.toEqual([]);
    expect(check("ClaimDetail", { ...detail, publishedAt: "2 June 2026" })).not.toEqual([]);
    const { verdict: _verdict, ...withoutVerdict } = detail;
    expect(check("ClaimDetail", withoutVerdict)).not.toEqual([]);
  });

  it("the reply shapes drop fields they do not name, so a desk-only column cannot leak", () => {
    const summary = { ...claimSummaryJson(claimRow), status: "PUBLISHED", assigneeId: "cm1user" };
    expect(apiSchemasById.get("ClaimSummary")!.parse(summary)).not.toHaveProperty("assigneeId");
  });
});
