import { describe, expect, it } from "vitest";
import { type ClaimDraft, CONFLICT_PARTS, conflictMessage, firstChoice, mergedValues, partDiffers } from "@/lib/claims/conflict";
import { PROPOSAL_PARTS } from "@/lib/verdicts/conflict";

// Rough edge 4 of issue 14: after a refused save the person chooses, part by
// part, between what they typed and what is stored, without retyping.

const opened: ClaimDraft = {
  id: "c1",
  version: 3,
  text: "The crossing reopened on schedule.",
  quote: "",
  context: "",
  madeAt: "2026-12-01",
  madeAtTime: "",
  timeZone: "Europe/London",
  venue: "",
  kind: "STATEMENT",
  settleBy: "",
  settleCriteria: "",
  speakerId: "s1",
  topicIds: ["t1"],
};
const stored: ClaimDraft = { ...opened, version: 4, text: "The crossing reopened two weeks late.", venue: "Geneva" };
const typed = { ...opened, version: "3", topicIds: ["t1"], context: "Asked about the closures.", venue: "Border post", reason: "Context." };
const part = (name: string) => CONFLICT_PARTS.find((item) => item.part === name)!;

describe("parts that differ", () => {
  it("lists only what differs between what was typed and what is stored", () => {
    expect(CONFLICT_PARTS.filter((item) => partDiffers(item, typed, stored)).map((item) => item.part)).toEqual(["text", "context", "venue"]);
  });

  it("does not count stray spaces or a lone ticked box as a difference", () => {
    expect(partDiffers(part("venue"), { venue: " Geneva " }, stored)).toBe(false);
    expect(partDiffers(part("topicIds"), { topicIds: "t1" }, stored)).toBe(false);
    expect(partDiffers(part("topicIds"), {}, stored)).toBe(true);
  });

  it("treats day, time and zone as one choice", () => {
    expect(part("said").fields).toEqual(["madeAt", "madeAtTime", "timeZone"]);
  });
});

describe("first choices", () => {
  it("starts an untouched part on the stored side and a changed one on the typed side", () => {
    expect(firstChoice(part("text"), typed, opened)).toBe("theirs");
    expect(firstChoice(part("venue"), typed, opened)).toBe("mine");
    expect(firstChoice(part("context"), typed, opened)).toBe("mine");
  });
});

describe("the merged save", () => {
  it("sends each part from the chosen side, every field filled", () => {
    const merged = mergedValues(typed, stored, { text: "theirs", venue: "theirs", context: "mine" });
    expect(merged).toMatchObject({ text: stored.text, venue: "Geneva", context: "Asked about the closures.", topicIds: ["t1"], kind: "STATEMENT" });
    expect(Object.keys(merged).sort()).toEqual(CONFLICT_PARTS.flatMap((item) => item.fields).sort());
  });

  it("keeps all of mine when asked", () => {
    const merged = mergedValues(typed, stored, { text: "mine", venue: "mine", context: "mine" });
    expect(merged).toMatchObject({ text: opened.text, venue: "Border post" });
  });
});

it("says who saved first, when, and that nothing typed is lost", () => {
  const message = conflictMessage({ draft: stored, what: "claim", savedBy: "Eli Editor", savedAt: "5 December 2026, 04:40", change: "Claim edited" });
  expect(message).toBe(
    "Eli Editor saved this claim (claim edited, 5 December 2026, 04:40) while you were editing. Nothing of yours is lost: choose below, field by field, what to keep, then save again.",
  );
});

describe("a verdict proposal's conflict", () => {
  it("offers rating, summary and reasoning, and mixes them as chosen", () => {
    const stored = { id: "c1", version: 5, ratingId: "r-false", summary: "The editor's summary.", reasoning: "The editor's reasoning." };
    const typed = { claimId: "c1", version: "4", ratingId: "r-misleading", summary: "The reporter's summary.", reasoning: "The reporter's reasoning." };
    expect(PROPOSAL_PARTS.filter((item) => partDiffers(item, typed, stored)).map((item) => item.label)).toEqual(["Rating", "One-line summary", "Reasoning"]);
    expect(mergedValues(typed, stored, { ratingId: "theirs", summary: "mine", reasoning: "mine" }, PROPOSAL_PARTS)).toEqual({
      ratingId: "r-false",
      summary: "The reporter's summary.",
      reasoning: "The reporter's reasoning.",
    });
  });
});
