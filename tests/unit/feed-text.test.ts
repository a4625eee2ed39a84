import { Feed } from "feed";
import { DOMParser } from "linkedom";
import { describe, expect, it } from "vitest";
import { feedText } from "@/lib/feeds/feed-text";

// A claim or summary typed on the desk cannot break out of the RSS feed's
// CDATA sections or make the feed unreadable.

const hostile = 'a]]>b]]><x:script xmlns:x="http://www.w3.org/1999/xhtml">alert(document.domain)</x:script><![CDATA[ end';

function rssWith(title: string) {
  const feed = new Feed({ title: "Verdicts", id: "https://onrecord.example/", link: "https://onrecord.example/", copyright: "OnRecord" });
  feed.addItem({
    title,
    id: "https://onrecord.example/claims/x",
    link: "https://onrecord.example/claims/x",
    description: title,
    date: new Date("2026-06-01T00:00:00Z"),
  });
  return feed.rss2();
}

describe("feedText", () => {
  it("keeps every CDATA section closed where the library closes it, whatever the text", () => {
    const document = new DOMParser().parseFromString(rssWith(feedText(hostile)), "text/xml");
    expect(document.getElementsByTagName("x:script").length).toBe(0);
    expect(document.querySelectorAll("item").length).toBe(1);
    expect(document.querySelector("item > title")?.textContent).toBe(feedText(hostile));
    expect(feedText(hostile)).toContain("alert(document.domain)"); // shown as text, not run
  });

  it("is needed: without it, the library lets the second ]]> end the section", () => {
    const document = new DOMParser().parseFromString(rssWith(hostile), "text/xml");
    expect(document.getElementsByTagName("x:script").length).toBeGreaterThan(0);
  });

  it("drops characters XML forbids and leaves ordinary text alone", () => {
    expect(feedText("Tab\tand\nnew line\u0001\u001F\uFFFF")).toBe("Tab\tand\nnew line");
    expect(feedText("Iran “agreed” – 5 > 3 & 2 < 4")).toBe("Iran “agreed” – 5 > 3 & 2 < 4");
  });
});
