import { describe, expect, it } from "vitest";
import { loggedHref, loggedNotice, MAX_LOGGED_IN_NOTICE, parseQueueFilters } from "@/lib/queue/schema";

// After logging from an article the queue's address names the claims logged,
// so the notice can link to exactly those (issue 14, rough edge 3).

describe("the logged claims in the queue's address", () => {
  it("are one logged=… per claim, and read back in the same order", () => {
    const href = loggedHref(["claim-b", "claim-a"]);
    expect(href).toBe("/desk/claims?logged=claim-b&logged=claim-a");
    const params = new URL(href, "http://desk").searchParams;
    expect(loggedNotice.parse(params.getAll("logged"))).toEqual(["claim-b", "claim-a"]);
  });

  it("take a single value as well as a list, drop repeats and anything that is not an id", () => {
    expect(loggedNotice.parse("claim-a")).toEqual(["claim-a"]);
    expect(loggedNotice.parse(["claim-a", "claim-a", "<script>", "", 7, "../x"])).toEqual(["claim-a"]);
    expect(loggedNotice.parse(undefined)).toEqual([]);
    expect(loggedNotice.parse({ not: "a list" })).toEqual([]);
  });

  it("are capped, so a hand-made address cannot ask for the whole desk", () => {
    const many = Array.from({ length: MAX_LOGGED_IN_NOTICE + 20 }, (_, index) => `claim-${index}`);
    expect(loggedNotice.parse(many)).toHaveLength(MAX_LOGGED_IN_NOTICE);
  });

  it("do not change the queue's filters", () => {
    expect(parseQueueFilters({ logged: ["claim-a"], status: "DRAFT" }).statuses).toEqual(["DRAFT"]);
  });
});
