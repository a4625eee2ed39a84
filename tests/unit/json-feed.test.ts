import { describe, expect, it } from "vitest";
import { asJsonFeed11 } from "@/lib/feeds/published";

// The feed library writes JSON Feed 1; readers of 1.1 expect `authors` lists.

describe("JSON Feed 1.1", () => {
  it("names the version, the language and authors as lists, at the top and on every item", () => {
    const json1 = JSON.stringify({
      version: "https://jsonfeed.org/version/1",
      title: "Latest verdicts",
      author: { name: "Newsroom" },
      items: [
        { id: "a", url: "https://example.org/claims/a", title: "False: a claim", author: { name: "Newsroom" } },
        { id: "b", url: "https://example.org/claims/b", title: "b" },
      ],
    });
    const feed = JSON.parse(asJsonFeed11(json1));
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.language).toBe("en");
    expect(feed.authors).toEqual([{ name: "Newsroom" }]);
    expect(feed.author).toBeUndefined();
    expect(feed.items[0].authors).toEqual([{ name: "Newsroom" }]);
    expect(feed.items[0].author).toBeUndefined();
    expect(feed.items[1].authors).toBeUndefined();
    expect(feed.items.map((item: { title: string }) => item.title)).toEqual(["False: a claim", "b"]);
  });
});
