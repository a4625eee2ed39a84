import { describe, expect, it } from "vitest";
import { logFormHref, readLogFormQuery } from "@/lib/claims/log-form-query";

// The article reader opens the log form with what it knows of the article
// (issue 14, rough edge 6); the form reads back only what reads right.

const TODAY = "2026-06-12";

describe("the log form's address from the article reader", () => {
  it("names the archived article and the day, or the pasted article's link and the day", () => {
    expect(logFormHref({ articleSourceId: "src-1", articleUrl: "https://example.org/a", publishedOn: "2026-06-10" })).toBe(
      "/desk/claims/new?article=src-1&on=2026-06-10",
    );
    expect(logFormHref({ articleUrl: "https://example.org/a?b=c", publishedOn: "2026-06-10" })).toBe(
      "/desk/claims/new?link=https%3A%2F%2Fexample.org%2Fa%3Fb%3Dc&on=2026-06-10",
    );
    expect(logFormHref({})).toBe("/desk/claims/new");
  });

  it("reads back what it wrote", () => {
    const href = logFormHref({ articleUrl: "https://example.org/a?b=c", publishedOn: "2026-06-10" });
    const raw = Object.fromEntries(new URL(href, "http://desk").searchParams);
    expect(readLogFormQuery(raw, TODAY)).toEqual({ link: "https://example.org/a?b=c", on: "2026-06-10" });
  });

  it("drops what does not read right, and keeps the rest", () => {
    expect(readLogFormQuery({ article: "../x", link: "javascript:alert(1)", on: "2026-02-31" }, TODAY)).toEqual({});
    expect(readLogFormQuery({ article: ["src-1", "src-2"], link: "https://user:pw@example.org/", on: "yesterday" }, TODAY)).toEqual({ article: "src-1" });
  });

  it("does not start the form on a day still to come", () => {
    expect(readLogFormQuery({ on: "2026-06-13" }, TODAY)).toEqual({});
    expect(readLogFormQuery({ on: TODAY }, TODAY)).toEqual({ on: TODAY });
  });
});
