import { describe, expect, it } from "vitest";
import { pickedClaimsSchema, readArticleSchema } from "@/lib/articles/schema";

// The ticked candidates of an article, as the form sends them: one set of
// fields per candidate id. Each is held to the log form's rules, and a
// problem is reported on that candidate's own field.

const candidate = (id: string, fields: Record<string, string> = {}) => ({
  [`text.${id}`]: "The ministry says exports doubled last year.",
  [`speaker.${id}`]: "Ministry of Trade",
  [`speakerId.${id}`]: "",
  [`madeAt.${id}`]: "2026-05-02",
  [`kind.${id}`]: "STATEMENT",
  ...Object.fromEntries(Object.entries(fields).map(([key, value]) => [`${key}.${id}`, value])),
});

const issuesOf = (raw: Record<string, unknown>) => {
  const result = pickedClaimsSchema.safeParse(raw);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
};

describe("ticked candidates", () => {
  it("only the ticked ones become drafts, with the article's link as their appearance", () => {
    const result = pickedClaimsSchema.parse({
      pick: ["s2"],
      articleUrl: "https://example.org/story",
      ...candidate("s1"),
      ...candidate("s2", { speaker: "Lena Ortiz" }),
    });
    expect(result.drafts).toHaveLength(1);
    expect(result.drafts[0]).toMatchObject({ newSpeakerName: "Lena Ortiz", appearanceUrl: "https://example.org/story", kind: "STATEMENT", confirmedNew: true });
  });

  it("a speaker chosen from the list wins over the typed name", () => {
    const result = pickedClaimsSchema.parse({ pick: "s1", ...candidate("s1", { speakerId: "speaker-123" }) });
    expect(result.drafts[0]).toMatchObject({ speakerId: "speaker-123", newSpeakerName: undefined });
  });

  it("nothing ticked is refused with a sentence saying what to do", () => {
    expect(issuesOf({ ...candidate("s1") })).toEqual({ pick: "Tick at least one candidate to log it." });
  });

  it("each problem is reported on its candidate's field, and the good candidates do not hide it", () => {
    const issues = issuesOf({
      pick: ["s1", "s2", "s3"],
      ...candidate("s1"),
      ...candidate("s2", { text: "Short", speaker: "" }),
      ...candidate("s3", { kind: "PREDICTION" }),
    });
    expect(issues["text.s2"]).toMatch(/at least 10 characters/);
    expect(issues["speaker.s2"]).toMatch(/Choose who made the claim/);
    expect(issues["settleBy.s3"]).toMatch(/date by which/);
    expect(issues["settleCriteria.s3"]).toMatch(/what would settle/);
    expect(Object.keys(issues).some((key) => key.endsWith(".s1"))).toBe(false);
  });

  it("ids that are not candidate ids are ignored rather than trusted", () => {
    expect(issuesOf({ pick: ["../../etc", "<script>"], ...candidate("s1") })).toEqual({ pick: "Tick at least one candidate to log it." });
  });
});

describe("reading an article", () => {
  it("needs pasted text or a link", () => {
    const result = readArticleSchema.safeParse({ articleText: "  ", articleUrl: "" });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error.issues[0]).toMatchObject({ path: ["articleText"], message: expect.stringMatching(/Paste the article's text, or give its link/) });
  });

  it("refuses a link that is not a web address and a text longer than 100,000 characters", () => {
    expect(readArticleSchema.safeParse({ articleUrl: "file:///etc/passwd" }).success).toBe(false);
    const long = readArticleSchema.safeParse({ articleText: "a".repeat(100_001) });
    expect(long.success).toBe(false);
    if (!long.success) expect(long.error.issues[0]!.message).toMatch(/100,000/);
  });
});
