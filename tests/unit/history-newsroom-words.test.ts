import { describe, expect, it } from "vitest";
import { describeRevision, revisionTitle, showsAChange } from "@/lib/history/changes";
import { describeValue, emptyNameBook, fieldLabel, idsToName } from "@/lib/history/fields";

// Rough edge 7 of issue 14: every field a revision records reads in the
// newsroom's words, and changes nobody could see are left out.

const names = { ...emptyNameBook(), ratings: { r1: "Misleading", r2: "False" }, users: { u1: "Rana Reporter", u2: "Eli Editor" } };
const text = (runs: { text: string }[]) => runs.map((run) => run.text).join("");

describe("the fields the desk's steps record", () => {
  it("has a newsroom name for each, never the stored key", () => {
    const recorded = [
      "ratingId",
      "summary",
      "reasoning",
      "correction",
      "settlement",
      "assignee",
      "duplicateOf",
      "mergedFrom",
      "appearancesMoved",
      "evidenceMoved",
      "source",
      "stance",
      "passage",
      "note",
      "proposedById",
      "approvedById",
      "settlementRatingId",
    ];
    for (const field of recorded) expect(fieldLabel(field), field).not.toMatch(/Id$| id$|^[a-z]+[A-Z]/);
    expect(fieldLabel("ratingId")).toBe("Rating");
    expect(fieldLabel("correction")).toBe("Note to readers");
    expect(fieldLabel("proposedById")).toBe("Proposed by");
  });

  it("names ratings by label and people by name, the settlement's rating too", () => {
    expect(describeValue("ratingId", "r2", names)).toBe("False");
    expect(describeValue("settlementRatingId", "r1", names)).toBe("Misleading");
    expect(describeValue("proposedById", "u2", names)).toBe("Eli Editor");
    expect(idsToName([{ settlementRatingId: { from: null, to: "r1" } }]).ratings).toEqual(["r1"]);
  });

  it("reads a correction's kind as the desk says it", () => {
    expect(describeValue("correction", { kind: "CORRECTION", note: "We misread the date." })).toBe("Kind: Correction; Note: We misread the date.");
    expect(describeValue("correction", { kind: "CLARIFICATION", note: "x" })).toBe("Kind: Clarification; Note: x");
    // A claim's own kind is still a claim kind.
    expect(describeValue("kind", "PREDICTION")).not.toBe("PREDICTION");
  });
});

describe("changes nobody could see", () => {
  it("leaves out empty to empty and a blank saved as nothing", () => {
    const revision = describeRevision({ quote: { from: null, to: "" }, assignee: { from: null, to: null }, status: { from: "RESEARCHING", to: "DRAFT" } });
    expect(revision.changes.map((change) => change.field)).toEqual(["status"]);
    expect(revision.about).toEqual([]);
  });

  it("shows a value the same on both sides as what the change was about, not as a change", () => {
    const revision = describeRevision({ source: { from: "Agency notice", to: "Agency notice" }, stance: { from: "SUPPORTS", to: "CONTRADICTS" } });
    expect(revision.changes.map((change) => change.label)).toEqual(["Stance"]);
    expect(revision.about).toEqual([{ field: "source", label: "Source", text: "Agency notice" }]);
  });

  it("leaves out a date moved within the same day when the history shows it as that day", () => {
    const revision = describeRevision({ settleBy: { from: "2026-12-01T00:00:00.000Z", to: "2026-12-01T09:30:00.000Z" } });
    expect(revision.changes).toEqual([]);
  });

  it("keeps real changes in words", () => {
    const revision = describeRevision({ ratingId: { from: "r1", to: "r2" } }, names);
    expect(text(revision.changes[0]!.before)).toBe("Misleading");
    expect(text(revision.changes[0]!.after)).toBe("False");
  });

  it("hides a revision whose every change is invisible, keeps one that recorded no fields", () => {
    expect(showsAChange({ quote: { from: null, to: "" } })).toBe(false);
    expect(showsAChange({})).toBe(true);
    expect(showsAChange({ text: { from: "a", to: "b" } })).toBe(true);
  });
});

describe("a revision's heading", () => {
  const label = (action: string) => (action === "claim.corrected" ? "Correction, update or clarification published" : "Claim edited");
  it("says which kind of note a correction was published as", () => {
    expect(revisionTitle("claim.corrected", { correction: { from: null, to: { kind: "UPDATE", note: "x" } } }, label)).toBe("Update published");
    expect(revisionTitle("claim.corrected", { correction: { from: null, to: { kind: "CORRECTION", note: "x" } } }, label)).toBe("Correction published");
  });

  it("falls back to the step's name", () => {
    expect(revisionTitle("claim.corrected", {}, label)).toBe("Correction, update or clarification published");
    expect(revisionTitle("claim.updated", { text: { from: "a", to: "b" } }, label)).toBe("Claim edited");
  });
});
