import { describe, expect, it } from "vitest";
import { visitPolitely } from "@/lib/archive/host-pacing";
import { changeSinceReliedOn, pageState, reliedOnSnapshot, sameRecord } from "@/lib/archive/recheck-compare";
import { pageTextDiff } from "@/lib/archive/text-diff";

// The rules the re-archiving job and the pages that show a change share: what
// counts as a vanished page, what counts as the same page, which copy a claim
// relied on, and what changed since.

const day = (n: number) => new Date(Date.UTC(2026, 10, n));
const published = (n: number) => ({ at: day(n), inProgress: false });
const copy = (n: number, text: string | null, more: { httpStatus?: number | null; error?: string | null; sha256?: string | null } = {}) => ({
  fetchedAt: day(n),
  httpStatus: more.httpStatus === undefined ? 200 : more.httpStatus,
  error: more.error ?? null,
  sha256: more.sha256 ?? `sha-${n}`,
  text,
});

describe("how a snapshot stands for the record", () => {
  it("404, 410 and 451, a refused connection and a name that is gone are a vanished page; 5xx, 403, 429 and timeouts tell nothing", () => {
    for (const status of [404, 410, 451]) expect(pageState({ httpStatus: status, error: null })).toBe("vanished");
    for (const error of ["The site refused the connection.", "The site's name could not be found."])
      expect(pageState({ httpStatus: null, error })).toBe("vanished");
    for (const status of [500, 503, 403, 429, 401]) expect(pageState({ httpStatus: status, error: null })).toBe("unreachable");
    expect(pageState({ httpStatus: null, error: "The server took longer than 15 seconds to answer." })).toBe("unreachable");
    expect(pageState({ httpStatus: 200, error: null })).toBe("readable");
  });

  it("the same readable text is the same page whatever its bytes; without text, the bytes decide", () => {
    expect(sameRecord(copy(1, "Talks resume  on\nTuesday."), copy(2, "Talks resume on Tuesday."))).toBe(true);
    expect(sameRecord(copy(1, "Talks resume on Tuesday."), copy(2, "Talks resume on Thursday."))).toBe(false);
    expect(sameRecord(copy(1, null, { sha256: "x" }), copy(2, null, { sha256: "x" }))).toBe(true);
    expect(sameRecord(copy(1, null, { sha256: "x" }), copy(2, null, { sha256: "y" }))).toBe(false);
    expect(sameRecord(copy(1, "Text"), copy(2, null, { httpStatus: 404 }))).toBe(false);
  });
});

describe("the copy a claim relied on, and what changed since", () => {
  const history = [copy(1, "First."), copy(5, null, { httpStatus: 503 }), copy(8, "Second."), copy(12, "Third.")];

  it("is the last readable copy taken by the moment the claim relied on it, else the first one after", () => {
    expect(reliedOnSnapshot(history, published(6))?.text).toBe("First.");
    expect(reliedOnSnapshot(history, published(9))?.text).toBe("Second.");
    expect(reliedOnSnapshot(history.slice(2), published(2))?.text).toBe("Second.");
    expect(reliedOnSnapshot([copy(3, null, { httpStatus: 404 })], published(4))).toBeNull();
  });

  it("while a claim is in progress, the newsroom's own latest copy: archiving a changed page again accepts it", () => {
    const byReporter = { ...copy(1, "First."), takenById: "reporter" };
    const byJob = { ...copy(8, "Second."), takenById: null };
    expect(reliedOnSnapshot([byReporter, byJob], { at: day(9), inProgress: true })?.text).toBe("First.");
    expect(changeSinceReliedOn([byReporter, byJob], { at: day(9), inProgress: true })?.kind).toBe("changed");
    const archivedAgain = { ...copy(10, "Second."), takenById: "reporter" };
    expect(changeSinceReliedOn([byReporter, byJob, archivedAgain], { at: day(9), inProgress: true })).toBeNull();
    // Published on the 9th: the copy relied on is the one of that day, whoever took it.
    expect(reliedOnSnapshot([byReporter, byJob], published(9))?.text).toBe("Second.");
  });

  it("reports the latest state when it differs from the relied-on copy, noticed when the difference began", () => {
    expect(changeSinceReliedOn(history, published(6))).toMatchObject({ kind: "changed", noticedAt: day(8), latest: { text: "Third." } });
    expect(changeSinceReliedOn(history, published(13))).toBeNull();
    const gone = [...history, copy(14, null, { httpStatus: 404 }), copy(15, null, { error: "The site did not answer in time." })];
    expect(changeSinceReliedOn(gone, published(13))).toMatchObject({ kind: "vanished", noticedAt: day(14) });
    // Back as it was: nothing to say.
    expect(changeSinceReliedOn([...gone, copy(16, "Third.")], published(13))).toBeNull();
  });
});

describe("the difference shown on the desk", () => {
  it("marks the removed and added words and shortens long unchanged stretches", () => {
    const filler = "The delegations will consult their capitals. ".repeat(30);
    const runs = pageTextDiff(`${filler}Talks resume on Tuesday.`, `${filler}Talks resume on Thursday.`);
    expect(runs).toContainEqual({ kind: "removed", text: "Tuesday" });
    expect(runs).toContainEqual({ kind: "added", text: "Thursday" });
    expect(runs[0]?.text).toMatch(/characters unchanged/);
  });
});

describe("visiting hosts politely", () => {
  it("one lane per host visits its pages in turn, hosts side by side, and a stop leaves the rest unstarted", async () => {
    const pages = ["http://a.example/1", "http://a.example/2", "http://a.example/3", "http://b.example/1"].map((url) => ({ url }));
    const visits: string[] = [];
    let busy = 0;
    let mostAtOnceOnA = 0;
    const { notStarted } = await visitPolitely(
      pages,
      { perHost: 1, pauseMs: 0, hostsAtOnce: 4 },
      async (page) => {
        if (page.url.includes("a.example")) busy += 1;
        mostAtOnceOnA = Math.max(mostAtOnceOnA, busy);
        await new Promise((resolve) => setTimeout(resolve, 5));
        if (page.url.includes("a.example")) busy -= 1;
        visits.push(page.url);
      },
      // Asked to stop once the first page of a.example is done.
      () => visits.includes("http://a.example/1"),
    );
    expect(mostAtOnceOnA).toBe(1);
    expect(visits).toHaveLength(2);
    expect(notStarted.map((page) => page.url).sort()).toEqual(["http://a.example/2", "http://a.example/3"]);
  });
});
