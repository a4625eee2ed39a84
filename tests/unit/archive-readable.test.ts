import { describe, expect, it } from "vitest";
import { readablePage } from "@/lib/archive/readable";
import { hasForbiddenCharacter } from "@/lib/input-rules";

// An archived page is someone else's text: a NUL in it made PostgreSQL refuse
// the whole snapshot, and a direction override would reach the desk as typed.
describe("the readable copy of an archived page", () => {
  it("drops characters no stored text may hold and keeps the words", () => {
    const html = "<html><head><title>Talks\u0000 end \u202Etoday</title></head><body><p>The ministry\u0007 said\u0000 the talks ended.</p></body></html>";
    const page = readablePage(Buffer.from(html), "text/html; charset=utf-8");
    expect(page.title).toBe("Talks end today");
    expect(page.text).toContain("The ministry said the talks ended.");
    expect(hasForbiddenCharacter(`${page.title}${page.text}`)).toBe(false);
  });

  it("does the same for plain text", () => {
    const page = readablePage(Buffer.from("Line one\u0000\r\nLine \u2066two"), "text/plain");
    expect(page.text).toBe("Line one\nLine two");
  });
});
