import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/public-pages/markdown";

// Verdict reasoning is written by the desk and shown to the public: whatever
// is typed into it, no script may run on a reader's page.

describe("renderMarkdown", () => {
  it("renders the Markdown the desk writes", () => {
    const html = renderMarkdown("The talks ended **without a final agreement**.\n\n- Wire report\n- Readout\n\n> quoted passage");
    expect(html).toContain("<strong>without a final agreement</strong>");
    expect(html).toMatch(/<ul>\s*<li>Wire report<\/li>\s*<li>Readout<\/li>\s*<\/ul>/);
    expect(html).toContain("<blockquote>");
  });

  it("strips script tags and their content", () => {
    const html = renderMarkdown("Before <script>alert(document.cookie)</script> after");
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain("alert(document.cookie)");
    expect(html).toContain("Before");
    expect(html).toContain("after");
  });

  it("strips event handlers such as onerror", () => {
    const html = renderMarkdown('<img src="x" onerror="alert(1)"> <a href="https://example.org" onclick="steal()">link</a> <p onmouseover="x()">p</p>');
    expect(html).not.toMatch(/onerror|onclick|onmouseover/i);
    expect(html).not.toMatch(/<img/i);
  });

  it.each([
    "[click me](javascript:alert(1))",
    "[click me](JAVASCRIPT:alert(1))",
    '<a href="javascript:alert(1)">click me</a>',
    '<a href="  javascript:alert(1)">click me</a>',
    "[click me](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[click me](vbscript:msgbox(1))",
  ])("removes a dangerous link: %s", (markdown) => {
    const html = renderMarkdown(markdown);
    expect(html).not.toMatch(/javascript:|data:|vbscript:/i);
    expect(html).toContain("click me");
  });

  it("keeps http(s) links only, and makes them open safely", () => {
    const html = renderMarkdown("[the readout](https://example.org/readout), [the old page](http://example.org/old) or [write to us](mailto:desk@example.org)");
    expect(html).toContain('href="https://example.org/readout"');
    expect(html).toContain('href="http://example.org/old"');
    expect(html).not.toContain("mailto:");
    expect(html).toContain("write to us");
    for (const anchor of html.match(/<a [^>]*>/g) ?? []) expect(anchor).toContain('rel="nofollow noopener noreferrer"');
  });

  it("drops styles, iframes, forms and other markup a reader should not get", () => {
    const html = renderMarkdown(
      '<style>body{display:none}</style><iframe src="https://evil.example"></iframe><form action="https://evil.example"><input name="p"></form><span style="color:red">text</span>',
    );
    expect(html).not.toMatch(/<style|<iframe|<form|<input|style=/i);
    expect(html).toContain("text");
  });

  it("turns a top-level heading into h2, since the page already has its h1", () => {
    expect(renderMarkdown("# Our reasoning")).toMatch(/^<h2>Our reasoning<\/h2>/);
  });

  it("renders nothing for empty reasoning", () => {
    expect(renderMarkdown("").trim()).toBe("");
  });
});
