import { describe, expect, it } from "vitest";
import { describeChange, describeChanges, wordRuns } from "@/lib/history/changes";
import { describeValue, emptyNameBook, fieldLabel, idsToName } from "@/lib/history/fields";
import { holdsAlready, offersRestore } from "@/lib/history/restore-schema";

// A claim's history reads in the newsroom's words: field names as on the
// claim form, ids as names, and text edits as the words that changed.

const names = { ...emptyNameBook(), speakers: { sp1: "Abbas Araghchi", sp2: "Steve Witkoff" }, users: { u1: "Dana Editor" } };
const text = (runs: { text: string }[]) => runs.map((run) => run.text).join("");

describe("field names", () => {
  it("names the claim's fields as the desk does", () => {
    expect(fieldLabel("text")).toBe("The claim");
    expect(fieldLabel("madeAt")).toBe("When it was said");
    expect(fieldLabel("madeAtTimeZone")).toBe("Time zone");
    expect(fieldLabel("settleBy")).toBe("Checkable by");
    expect(fieldLabel("speakerId")).toBe("Speaker");
    expect(fieldLabel("topics")).toBe("Topics");
    expect(fieldLabel("status")).toBe("State");
  });

  it("turns a field nobody named yet into words rather than showing code", () => {
    expect(fieldLabel("widgetsMoved")).toBe("Widgets moved");
    expect(fieldLabel("merged_from")).toBe("Merged from");
  });

  it("lists a revision's fields in the order of the claim form", () => {
    const changes = {
      topics: { from: [], to: ["Iran"] },
      madeAtTimeZone: { from: null, to: "Asia/Tehran" },
      text: { from: "a b", to: "a c" },
      madeAt: { from: "x", to: "y" },
    };
    expect(describeChanges(changes).map((change) => change.field)).toEqual(["text", "madeAt", "madeAtTimeZone", "topics"]);
  });
});

describe("values", () => {
  it("shows a speaker's name, not its id, and says when a speaker is gone", () => {
    expect(describeValue("speakerId", "sp1", names)).toBe("Abbas Araghchi");
    expect(describeValue("speakerId", "gone", names)).toBe("(no longer on file: gone)");
  });

  it("shows kinds and states as labelled, dates with the month spelt out, zones readably", () => {
    expect(describeValue("kind", "PREDICTION")).toBe("Prediction");
    expect(describeValue("status", "IN_REVIEW")).toBe("In review");
    expect(describeValue("settleBy", "2026-12-31T00:00:00.000Z")).toBe("31 December 2026");
    expect(describeValue("madeAt", "2026-05-31T00:00:00.000Z")).toBe("31 May 2026");
    expect(describeValue("madeAt", "2026-05-31T12:30:00.000Z")).toMatch(/31 May 2026.*12:30/);
    expect(describeValue("madeAtTimeZone", "America/New_York")).toBe("America/New York");
  });

  it("shows appearance and evidence entries as readable key: value text", () => {
    expect(describeValue("appearance", { url: "https://example.org/clip", first: true })).toBe("Link: https://example.org/clip; First appearance: yes");
    expect(describeValue("evidence", { stance: "CONTRADICTS", passage: "No deal was reached." })).toBe(
      "Stance: Contradicts the claim; Passage: No deal was reached.",
    );
  });

  it("treats null, missing and empty text as no value", () => {
    expect(describeValue("quote", null)).toBeNull();
    expect(describeValue("quote", "")).toBeNull();
    expect(describeValue("topics", [])).toBeNull();
    expect(describeValue("topics", ["Iran", "Sanctions"])).toBe("Iran, Sanctions");
  });

  it("collects every speaker and person id a page of revisions names, once each", () => {
    const ids = idsToName([
      { speakerId: { from: "sp1", to: "sp2" } },
      { speakerId: { from: "sp2", to: "sp1" }, assigneeId: { from: null, to: "u1" } },
      { text: { from: "sp9", to: "x" } },
      "not a change",
    ]);
    expect(ids.speakers.sort()).toEqual(["sp1", "sp2"]);
    expect(ids.users).toEqual(["u1"]);
    expect(ids.ratings).toEqual([]);
  });
});

describe("diff rendering", () => {
  it("marks only the words that changed in prose", () => {
    const runs = wordRuns("The border has been closed since March.", "The border has been closed since early March.");
    expect(runs.after.filter((run) => run.kind === "added").map((run) => run.text.trim())).toEqual(["early"]);
    expect(runs.before.filter((run) => run.kind === "removed")).toEqual([]);
    // Kept text appears on both sides; each side reads as the whole value.
    expect(text(runs.before)).toBe("The border has been closed since March.");
    expect(text(runs.after)).toBe("The border has been closed since early March.");
  });

  it("shows a replaced word as removed before and added after", () => {
    const change = describeChange("quote", "We have agreed to restraint.", "We have agreed to nothing.");
    expect(change.before.filter((run) => run.kind === "removed").map((run) => run.text)).toEqual(["restraint"]);
    expect(change.after.filter((run) => run.kind === "added").map((run) => run.text)).toEqual(["nothing"]);
  });

  it("replaces names, kinds and dates whole instead of diffing their letters", () => {
    const speaker = describeChange("speakerId", "sp1", "sp2", names);
    expect(speaker.label).toBe("Speaker");
    expect(speaker.before).toEqual([{ kind: "removed", text: "Abbas Araghchi" }]);
    expect(speaker.after).toEqual([{ kind: "added", text: "Steve Witkoff" }]);
    const when = describeChange("madeAt", "2026-05-31T00:00:00.000Z", "2026-06-01T00:00:00.000Z");
    expect(when.before).toEqual([{ kind: "removed", text: "31 May 2026" }]);
  });

  it("shows a value that was added or cleared against a visible (empty)", () => {
    const added = describeChange("quote", null, "We have agreed.");
    expect(added.before).toEqual([{ kind: "empty", text: "(empty)" }]);
    expect(added.after).toEqual([{ kind: "added", text: "We have agreed." }]);
    const cleared = describeChange("context", "Said at a press conference.", null);
    expect(cleared.after).toEqual([{ kind: "empty", text: "(empty)" }]);
  });

  it("keeps rows that are not shaped like a change instead of hiding them", () => {
    expect(describeChanges({ note: "hand-written" })).toEqual([expect.objectContaining({ field: "note", after: [{ kind: "added", text: "hand-written" }] })]);
    expect(describeChanges(null)).toEqual([]);
  });
});

describe("which rows offer a restore", () => {
  it("offers the claim form's fields, not topics or workflow state", () => {
    expect(offersRestore("quote", "Earlier quote", ["quote"])).toBe(true);
    expect(offersRestore("quote", null, ["quote"])).toBe(true);
    expect(offersRestore("topics", [], ["topics"])).toBe(false);
    expect(offersRestore("status", "DRAFT", ["status"])).toBe(false);
  });

  it("has nothing to restore where a required field was first set", () => {
    expect(offersRestore("text", null, ["text", "status"])).toBe(false);
  });

  it("offers the time and its zone once, on the time, when a change moved both", () => {
    expect(offersRestore("madeAt", "2026-05-31T00:00:00.000Z", ["madeAt", "madeAtTimeZone"])).toBe(true);
    expect(offersRestore("madeAtTimeZone", null, ["madeAt", "madeAtTimeZone"])).toBe(false);
    expect(offersRestore("madeAtTimeZone", "UTC", ["madeAtTimeZone"])).toBe(true);
  });

  it("knows when the claim already holds the earlier value", () => {
    expect(holdsAlready("quote", "Same", { quote: "Same" })).toBe(true);
    expect(holdsAlready("quote", null, { quote: null })).toBe(true);
    expect(holdsAlready("settleBy", "2026-12-31T00:00:00.000Z", { settleBy: new Date("2026-12-31T00:00:00Z") })).toBe(true);
    expect(holdsAlready("quote", "Earlier", { quote: "Now" })).toBe(false);
    // The kind brings its settle terms with it, so it is never judged alone.
    expect(holdsAlready("kind", "STATEMENT", { kind: "STATEMENT" })).toBe(false);
  });
});
