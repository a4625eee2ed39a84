import { describe, expect, it } from "vitest";
import {
  DEFAULT_QUEUE_FILTERS,
  encodeCursor,
  hasActiveFilters,
  parseQueueFilters,
  type QueueFilters,
  queueExportHref,
  queueHref,
  queueSearchParams,
} from "@/lib/queue/schema";

// The queue's view lives in the URL, so a link shared by one editor shows
// another the same claims. A broken or stale link still shows a queue.

const parse = (query: string) => parseQueueFilters(new URLSearchParams(query));

describe("reading the queue's URL", () => {
  it("no parameters: every open claim, newest updated first, from the top", () => {
    expect(parse("")).toEqual(DEFAULT_QUEUE_FILTERS);
    expect(DEFAULT_QUEUE_FILTERS).toMatchObject({ statuses: [], sort: "updated", cursor: null });
    expect(hasActiveFilters(parse(""))).toBe(false);
  });

  it("reads every filter", () => {
    const filters = parse(
      "q=nuclear+restraint&status=DRAFT&status=in_review&assignee=me&speaker=abbas-araghchi&topic=nuclear-talks&kind=prediction&rating=came-true&from=2026-01-01&to=2026-05-31&sort=speaker",
    );
    expect(filters).toEqual({
      q: "nuclear restraint",
      statuses: ["DRAFT", "IN_REVIEW"],
      assignee: "me",
      speaker: "abbas-araghchi",
      topic: "nuclear-talks",
      kind: "PREDICTION",
      rating: "came-true",
      from: "2026-01-01",
      to: "2026-05-31",
      sort: "speaker",
      cursor: null,
    });
    expect(hasActiveFilters(filters)).toBe(true);
  });

  it("reads Next's searchParams object, repeated keys as arrays", () => {
    expect(parseQueueFilters({ status: ["PUBLISHED", "ARCHIVED"], assignee: "none", q: undefined })).toMatchObject({
      statuses: ["PUBLISHED", "ARCHIVED"],
      assignee: "none",
      q: null,
    });
    expect(parseQueueFilters({ assignee: "cm9user0001" }).assignee).toEqual({ userId: "cm9user0001" });
  });

  it("falls back to the default for each value it cannot read, keeping the rest", () => {
    const filters = parse(
      "status=DELETED&status=DRAFT&assignee=%3Cscript%3E&speaker=..%2Fadmin&topic=&kind=RUMOUR&rating=&from=2026-02-31&to=yesterday&sort=random&after=not-a-cursor",
    );
    expect(filters).toEqual({ ...DEFAULT_QUEUE_FILTERS, statuses: ["DRAFT"] });
  });

  it("never throws, whatever arrives", () => {
    for (const query of ["status=", "q=%E0%A4%A", "from=99999-01-01", "sort=&sort=speaker", "before=%7B%7D", "after=W10", "&&&=", "kind[]=x"]) {
      expect(() => parse(query)).not.toThrow();
    }
    expect(parseQueueFilters({ q: ["", "second"], status: [""] })).toMatchObject({ q: null, statuses: [] });
  });

  it("tidies the search text and caps its length", () => {
    expect(parse("q=%20%20border%20%20%20crossing%20").q).toBe("border crossing");
    expect(parse("q=%20%20%20").q).toBeNull();
    expect(parse(`q=${"a".repeat(500)}`).q).toHaveLength(200);
  });

  it("puts a date range the right way round", () => {
    expect(parse("from=2026-05-31&to=2026-01-01")).toMatchObject({ from: "2026-01-01", to: "2026-05-31" });
  });

  it("orders and de-duplicates the states", () => {
    expect(parse("status=ARCHIVED&status=draft&status=DRAFT").statuses).toEqual(["DRAFT", "ARCHIVED"]);
  });

  it("keeps a cursor only with the order it was made for", () => {
    const updated = encodeCursor("updated", "2026-05-31T12:00:00.000Z", "claim-1");
    expect(parse(`after=${updated}`).cursor).toEqual({ direction: "after", key: "2026-05-31T12:00:00.000Z", id: "claim-1" });
    expect(parse(`before=${updated}`).cursor).toEqual({ direction: "before", key: "2026-05-31T12:00:00.000Z", id: "claim-1" });
    expect(parse(`sort=speaker&after=${updated}`).cursor).toBeNull();
    // A date that is not an instant, and an id with characters no id has.
    expect(parse(`after=${encodeCursor("updated", "31 May", "claim-1")}`).cursor).toBeNull();
    expect(parse(`after=${encodeCursor("updated", "2026-05-31T12:00:00.000Z", "claim 1; drop")}`).cursor).toBeNull();
    expect(parse(`sort=speaker&after=${encodeCursor("speaker", "maria costa", "claim-9")}`).cursor).toMatchObject({ key: "maria costa" });
  });
});

describe("writing the queue's URL", () => {
  const every: QueueFilters = {
    q: "nuclear restraint",
    statuses: ["DRAFT", "IN_REVIEW"],
    assignee: { userId: "cm9user0001" },
    speaker: "abbas-araghchi",
    topic: "nuclear-talks",
    kind: "PROMISE",
    rating: "none",
    from: "2026-01-01",
    to: "2026-05-31",
    sort: "said-oldest",
    cursor: { direction: "before", key: "2026-03-04T10:00:00.000Z", id: "claim-7" },
  };

  it("round-trips every filter through the URL", () => {
    expect(parseQueueFilters(queueSearchParams(every))).toEqual(every);
    for (const assignee of ["none", "me"] as const) {
      expect(parseQueueFilters(queueSearchParams({ ...every, assignee })).assignee).toBe(assignee);
    }
    expect(parseQueueFilters(queueSearchParams(DEFAULT_QUEUE_FILTERS))).toEqual(DEFAULT_QUEUE_FILTERS);
  });

  it("round-trips a speaker cursor with any name in it", () => {
    const filters: QueueFilters = { ...DEFAULT_QUEUE_FILTERS, sort: "speaker", cursor: { direction: "after", key: "émile o'brien & co", id: "c1" } };
    expect(parseQueueFilters(queueSearchParams(filters))).toEqual(filters);
  });

  it("leaves defaults out, in a fixed order, so one view has one address", () => {
    expect(queueHref(DEFAULT_QUEUE_FILTERS)).toBe("/desk/claims");
    expect(queueHref({ ...DEFAULT_QUEUE_FILTERS, statuses: ["DRAFT"] })).toBe("/desk/claims?status=DRAFT");
    expect(queueSearchParams(every).toString()).toBe(
      `q=nuclear+restraint&status=DRAFT&status=IN_REVIEW&assignee=cm9user0001&speaker=abbas-araghchi&topic=nuclear-talks&kind=PROMISE&rating=none&from=2026-01-01&to=2026-05-31&sort=said-oldest&before=${encodeCursor("said-oldest", "2026-03-04T10:00:00.000Z", "claim-7")}`,
    );
  });

  it("a change of filter starts from the first page; a page link keeps the filters", () => {
    expect(queueHref(every, { kind: null })).not.toContain("before=");
    const next = queueHref(every, { cursor: { direction: "after", key: "2026-03-05T00:00:00.000Z", id: "claim-8" } });
    expect(parse(next.split("?")[1]!)).toEqual({ ...every, cursor: { direction: "after", key: "2026-03-05T00:00:00.000Z", id: "claim-8" } });
  });

  it("the CSV link carries the filters but not the order or the page", () => {
    const href = queueExportHref(every);
    expect(href.startsWith("/desk/claims/export?")).toBe(true);
    expect(parse(href.split("?")[1]!)).toEqual({ ...every, sort: "updated", cursor: null });
    expect(queueExportHref(DEFAULT_QUEUE_FILTERS)).toBe("/desk/claims/export");
  });

  // The queue page sends any other spelling of a view to its canonical
  // address; that address must then be left alone, or the page would
  // redirect for ever.
  it("the canonical address of any view is its own canonical address", () => {
    const messy = [
      "",
      "q=&status=&assignee=&speaker=&topic=&kind=&rating=&from=&to=&sort=updated",
      "status=in_review&status=draft&kind=promise&sort=speaker",
      `q=${encodeURIComponent(`${"word ".repeat(39)}abcd efgh`)}`,
      `q=${encodeURIComponent(`${"x".repeat(199)}😀😀`)}`,
      "q=%E0%A4%A&q=second&from=2026-05-31&to=2026-01-01",
      `sort=said-newest&after=${encodeCursor("said-newest", "2026-01-01T00:00:00.000Z", "claim-1")}&before=x`,
      "assignee=ME&rating=came-true&topic=Nuclear-Talks",
    ];
    for (const query of messy) {
      const once = queueSearchParams(parse(query)).toString();
      expect(queueSearchParams(parse(once)).toString(), query).toBe(once);
    }
  });
});
