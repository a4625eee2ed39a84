import { describe, expect, it } from "vitest";
import { encodeCursor } from "@/lib/api/cursor";
import { claimsQuery, noQuery, slugPath, speakersQuery } from "@/lib/api/params-schema";
import { readPath, readQuery } from "@/lib/api/request";
import { DomainError } from "@/lib/errors";

// What the read API accepts in its query strings and paths: the typed value,
// or a 400 whose issues name each parameter that is wrong and say how to fix it.

const claims = (query: string) => readQuery(new Request(`https://onrecord.test/api/v1/claims${query}`), claimsQuery);

function refusal(read: () => unknown): DomainError {
  try {
    read();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("expected the request to be refused");
}

describe("/claims query", () => {
  it("defaults to the first page of 20", () => {
    expect(claims("")).toEqual({ limit: 20 });
  });

  it("reads every filter", () => {
    const cursor = encodeCursor("claims", { key: "2026-06-01T08:30:00.000Z", id: "cm1claim" });
    expect(
      claims(
        `?speaker=ana-ministra&topic=iran-talks&rating=misleading&kind=prediction&from=2026-05-01&to=2026-05-31&publishedSince=2026-06-01T10:00:00%2B02:00&limit=100&cursor=${cursor}`,
      ),
    ).toEqual({
      speaker: "ana-ministra",
      topic: "iran-talks",
      rating: "misleading",
      kind: "prediction",
      from: "2026-05-01",
      to: "2026-05-31",
      publishedSince: "2026-06-01T10:00:00+02:00",
      limit: 100,
      cursor: { key: "2026-06-01T08:30:00.000Z", id: "cm1claim" },
    });
    expect(claims("?publishedSince=2026-06-01").publishedSince).toBe("2026-06-01");
  });

  it("refuses a limit outside 1 to 100, or not a whole number, saying the range", () => {
    for (const limit of ["0", "101", "2.5", "ten", "", "-1"]) {
      const error = refusal(() => claims(`?limit=${limit}`));
      expect(error.status, limit).toBe(400);
      expect(error.issues).toEqual([{ parameter: "limit", message: "limit must be a whole number from 1 to 100." }]);
    }
  });

  it("refuses a tampered cursor with a message that says what to do", () => {
    const error = refusal(() => claims("?cursor=bm90LWEtY3Vyc29y"));
    expect(error.code).toBe("invalid"); // written "invalid_request" in the reply (read-api.test.ts)
    expect(error.issues).toEqual([{ parameter: "cursor", message: expect.stringMatching(/not one this endpoint gave out.*nextCursor.*start again/) }]);
    const speakersCursor = encodeCursor("speakers", { key: "ana", id: "cm1" });
    expect(refusal(() => claims(`?cursor=${speakersCursor}`)).issues?.[0]?.parameter).toBe("cursor");
  });

  it("refuses unknown parameters by name, listing the ones it takes", () => {
    const error = refusal(() => claims("?speakers=ana&q=iran"));
    expect(error.issues?.map((issue) => issue.parameter).sort()).toEqual(["q", "speakers"]);
    expect(error.issues?.[0]?.message).toMatch(
      /^Unknown query parameter "(speakers|q)"\. This endpoint takes speaker, topic, rating, kind, from, to, publishedSince, limit, cursor\.$/,
    );
    expect(error.message).toMatch(/^2 problems with the request/);
  });

  it("treats names like __proto__ and constructor as the unknown parameters they are", () => {
    expect(
      refusal(() => claims("?__proto__=x&constructor=y"))
        .issues?.map((issue) => issue.parameter)
        .sort(),
    ).toEqual(["__proto__", "constructor"]);
  });

  it("refuses a parameter given twice", () => {
    expect(refusal(() => claims("?speaker=a&speaker=b")).issues).toEqual([{ parameter: "speaker", message: "Give speaker only once." }]);
  });

  it("refuses impossible days, a range the wrong way round, and unknown kinds", () => {
    expect(refusal(() => claims("?from=2026-02-30")).issues).toEqual([{ parameter: "from", message: "from must be a real day written YYYY-MM-DD." }]);
    expect(refusal(() => claims("?from=2026-06-02&to=2026-06-01")).issues).toEqual([{ parameter: "to", message: "to must be the same day as from or later." }]);
    expect(claims("?from=2026-06-01&to=2026-06-01")).toMatchObject({ from: "2026-06-01", to: "2026-06-01" });
    expect(refusal(() => claims("?kind=rumour")).issues).toEqual([{ parameter: "kind", message: "kind must be one of statement, prediction, promise." }]);
    expect(refusal(() => claims("?publishedSince=yesterday")).issues?.[0]?.parameter).toBe("publishedSince");
  });

  it("refuses slugs the site could not have made", () => {
    for (const slug of ["Ana", "ana ministra", "../etc", "-ana", "a".repeat(201)]) {
      expect(refusal(() => claims(`?speaker=${encodeURIComponent(slug)}`)).issues?.[0]?.parameter, slug).toBe("speaker");
    }
  });

  it("lists every problem at once", () => {
    expect(
      refusal(() => claims("?limit=0&kind=x&from=tomorrow"))
        .issues?.map((issue) => issue.parameter)
        .sort(),
    ).toEqual(["from", "kind", "limit"]);
  });
});

describe("/speakers query and single-record addresses", () => {
  it("/speakers takes a limit and its own cursor only", () => {
    const read = (query: string) => readQuery(new Request(`https://onrecord.test/api/v1/speakers${query}`), speakersQuery);
    expect(read("?limit=5")).toEqual({ limit: 5 });
    expect(refusal(() => read("?speaker=ana")).issues?.[0]?.message).toBe('Unknown query parameter "speaker". This endpoint takes limit, cursor.');
  });

  it("one claim or speaker takes no query parameters", () => {
    const error = refusal(() => readQuery(new Request("https://onrecord.test/api/v1/claims/x?fields=all"), noQuery));
    expect(error.issues).toEqual([{ parameter: "fields", message: 'Unknown query parameter "fields". This endpoint takes no query parameters.' }]);
  });

  it("a slug in the path is checked before any database read", () => {
    expect(readPath(slugPath("claim"), { slug: "iran-agreed-k3x9" })).toEqual({ slug: "iran-agreed-k3x9" });
    expect(refusal(() => readPath(slugPath("claim"), { slug: "%00" })).issues?.[0]).toEqual({
      parameter: "slug",
      message: 'slug must be a slug: lowercase letters, digits and "-", up to 200 characters.',
    });
  });
});
