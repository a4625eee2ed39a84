import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { signIn } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { E2E } from "./support/env";
import { claimBy, makeAccount, makeClaim } from "./support/factories";
import { servePageForArchiving } from "./support/page-server";
import { correctVerdict, publishVerdict, unpublishVerdict } from "./support/verdict-desk";

// A verdict as other sites carry it: the embeddable card, the oEmbed answer
// that hands out its <iframe>, and the share image social networks show.

const DEMO = "nuclear-restraint-demo";
const DEMO_TEXT = "Iran has agreed to nuclear restraint.";
const IN_REVIEW = "talks-breakthrough-demo";
const partnerSite = servePageForArchiving();

const oembedFor = (request: APIRequestContext, slug: string, query = "") =>
  request.get(`/api/oembed?url=${encodeURIComponent(`${E2E.baseURL}/claims/${slug}`)}&format=json${query}`);

// The share image's address as the verdict page announces it.
async function shareImagePath(page: Page, slug: string): Promise<string> {
  await page.goto(`/claims/${slug}`);
  return new URL((await page.locator('meta[property="og:image"]').getAttribute("content"))!).pathname;
}

// Width and height from the PNG's IHDR chunk, as an image decoder reads them.
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(0, 8).toString("hex"), "PNG signature").toBe("89504e470d0a1a0a");
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test("the embed card shows the verdict, without the site's header, and links to the full verdict in a new tab", async ({ page }) => {
  const response = await page.goto(`/embed/claims/${DEMO}`);
  expect(response?.status()).toBe(200);
  const card = page.getByRole("main");
  await expect(card.getByRole("heading", { level: 1 })).toHaveText(DEMO_TEXT);
  await expect(card.getByText(/^Donald Trump, President of the United States · said 31 May 2026$/)).toBeVisible();
  // The rating is a word in the scale's colour, not a colour alone.
  const badge = card.getByText("Unsupported", { exact: true });
  await expect(badge).toBeVisible();
  await expect(badge).toHaveCSS("background-color", "rgb(194, 65, 12)");
  await expect(card.getByText(/^No record we found shows Iran agreeing/)).toBeVisible();
  await expect(card.getByText("OnRecord newsroom")).toBeVisible();
  const readMore = card.getByRole("link", { name: "Read the full verdict on OnRecord (opens in a new tab)" });
  await expect(readMore).toHaveAttribute("href", `${E2E.baseURL}/claims/${DEMO}`);
  await expect(readMore).toHaveAttribute("target", "_blank");
  await expect(readMore).toHaveAttribute("rel", /noopener/);

  // None of the site's chrome: no header, navigation or site footer.
  await expect(page.getByRole("banner")).toHaveCount(0);
  await expect(page.getByRole("navigation")).toHaveCount(0);
  await expect(page.getByRole("contentinfo")).toHaveCount(0);
  // Search engines index the verdict page, not its card.
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${E2E.baseURL}/claims/${DEMO}`);
  await expectNoAxeViolations(page);

  // In the narrowest column it is made for, nothing spills sideways and the
  // link stays in view.
  await page.setViewportSize({ width: 320, height: 300 });
  await expect(readMore).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test("any site may frame the card; the verdict page itself refuses to be framed", async ({ request }) => {
  const embed = (await request.get(`/embed/claims/${DEMO}`)).headers();
  expect(embed["x-frame-options"]).toBeUndefined();
  expect(embed["content-security-policy"]).toMatch(/frame-ancestors \*(;|$)/);
  const verdictPage = (await request.get(`/claims/${DEMO}`)).headers();
  expect(verdictPage["x-frame-options"]).toBe("DENY");
  expect(verdictPage["content-security-policy"]).toContain("frame-ancestors 'none'");
});

const partnerPage = (content: string) =>
  `<!doctype html><html lang="en"><head><title>Partner newsroom</title></head><body><h1>Our report on the talks</h1>${content}</body></html>`;

test("another newsroom's page shows the card from the oEmbed code, and its link opens the verdict", async ({ page, request }) => {
  const answer = await (await oembedFor(request, DEMO)).json();
  partnerSite.body = partnerPage(answer.html);
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  await page.goto(`http://127.0.0.1:${E2E.archivePort}/`);
  const card = page.frameLocator(`iframe[src="${E2E.baseURL}/embed/claims/${DEMO}"]`);
  await expect(card.getByRole("heading", { level: 1 })).toHaveText(DEMO_TEXT);
  await expect(card.getByText("Unsupported", { exact: true })).toBeVisible();
  // The card leaves nothing in the partner's console for its developers to chase.
  await page.waitForLoadState("load");
  expect(consoleErrors).toEqual([]);

  // The sandbox lets the card's link open the verdict in a new tab.
  const [verdictTab] = await Promise.all([page.context().waitForEvent("page"), card.getByRole("link", { name: /Read the full verdict/ }).click()]);
  await expect(verdictTab).toHaveURL(`${E2E.baseURL}/claims/${DEMO}`);
  await expect(verdictTab.getByRole("heading", { level: 1 })).toHaveText(DEMO_TEXT);
  await verdictTab.close();

  // The verdict page itself is not drawn inside the partner's page: the
  // browser puts its own error page in that frame instead.
  partnerSite.body = partnerPage(`<iframe title="Verdict page" src="${E2E.baseURL}/claims/${DEMO}" width="560" height="240"></iframe>`);
  await page.goto(`http://127.0.0.1:${E2E.archivePort}/`);
  await page.waitForLoadState("load");
  const framed = await (await page.getByTitle("Verdict page").elementHandle())!.contentFrame();
  expect(await framed!.locator("h1", { hasText: DEMO_TEXT }).count()).toBe(0);
  expect(consoleErrors.join("\n")).toMatch(/frame-ancestors 'none'.*blocked|X-Frame-Options/);
});

test("oEmbed describes the demo verdict for any origin, and the verdict page points to it and to a 1200 × 630 share image", async ({ page, request }) => {
  const response = await oembedFor(request, DEMO, "&maxwidth=400");
  expect(response.status()).toBe(200);
  expect(response.headers()["access-control-allow-origin"]).toBe("*");
  const answer = await response.json();
  expect(answer).toMatchObject({
    version: "1.0",
    type: "rich",
    provider_name: "OnRecord",
    author_name: "Donald Trump",
    title: `Unsupported: ${DEMO_TEXT}`,
    width: 400,
  });
  expect(answer.html).toMatch(new RegExp(`^<iframe src="${E2E.baseURL}/embed/claims/${DEMO}" [^<]*width="400"[^<]*></iframe>$`));

  const imagePath = await shareImagePath(page, DEMO);
  expect(new URL(answer.thumbnail_url).pathname).toBe(imagePath);
  await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute("content", "1200");
  await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute("content", "630");
  await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute("content", /.+/);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  const image = await request.get(imagePath);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");
  expect(pngSize(await image.body())).toEqual({ width: 1200, height: 630 });

  // oEmbed discovery from the verdict page.
  const discovery = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute("href");
  expect(new URL(discovery!).searchParams.get("url")).toBe(`${E2E.baseURL}/claims/${DEMO}`);
  expect((await (await request.get(discovery!)).json()).title).toBe(`Unsupported: ${DEMO_TEXT}`);
});

test("a claim still in review has no card, no oEmbed answer and no share image", async ({ page, request }) => {
  const imagePath = (await shareImagePath(page, DEMO)).replace(DEMO, IN_REVIEW);
  const embed = await page.goto(`/embed/claims/${IN_REVIEW}`);
  expect(embed?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This verdict is not available");
  await expect(page.getByRole("banner")).toHaveCount(0);
  await expect(page.getByText("The previous round of talks")).toHaveCount(0);
  await expectNoAxeViolations(page);

  const oembed = await oembedFor(request, IN_REVIEW);
  expect(oembed.status()).toBe(404);
  expect(await oembed.text()).not.toContain("breakthrough.");
  expect((await request.get(imagePath)).status()).toBe(404);
});

test("the card, the oEmbed answer and the share image follow publication, correction and unpublication, and are cached between", async ({ page, request }) => {
  test.setTimeout(120_000);
  const reporter = await makeAccount("REPORTER");
  const claim = await makeClaim({ createdById: reporter.id, status: "IN_REVIEW", assigneeId: reporter.id, proposedById: reporter.id });
  const imagePath = (await shareImagePath(page, DEMO)).replace(DEMO, claim.slug);
  const embedPath = `/embed/claims/${claim.slug}`;
  const imageBytes = async () => {
    const image = await request.get(imagePath);
    expect(image.status()).toBe(200);
    return { body: await image.body(), cache: image.headers()["x-nextjs-cache"] };
  };

  // Asked for before publication: nothing, and that answer is not kept.
  expect((await request.get(embedPath)).status()).toBe(404);
  expect((await request.get(imagePath)).status()).toBe(404);
  expect((await oembedFor(request, claim.slug)).status()).toBe(404);

  await signIn(page, "editor");
  await publishVerdict(page, claim.id);

  await page.goto(embedPath);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(claim.text);
  await expect(page.getByText("Misleading", { exact: true })).toBeVisible();
  expect((await (await oembedFor(request, claim.slug)).json()).title).toBe(`Misleading: ${claim.text}`);
  const published = await imageBytes();
  // Drawn once, then served from the cache.
  const again = await imageBytes();
  expect(again.cache).toBe("HIT");
  expect(again.body.equals(published.body)).toBe(true);

  await correctVerdict(page, claim.id, { note: "The agency's own notice settles it: the crossing stayed shut.", rating: "False" });

  await page.goto(embedPath);
  await expect(page.getByText("False", { exact: true })).toBeVisible();
  await expect(page.getByText("Misleading", { exact: true })).toHaveCount(0);
  expect((await (await oembedFor(request, claim.slug)).json()).title).toBe(`False: ${claim.text}`);
  expect((await imageBytes()).body.equals(published.body), "the share image shows the new rating").toBe(false);

  await unpublishVerdict(page, claim.id, "Withdrawn while the agency reviews its notice.");
  expect((await claimBy("id", claim.id)).status).not.toBe("PUBLISHED");

  expect((await request.get(embedPath)).status()).toBe(404);
  expect((await request.get(imagePath)).status()).toBe(404);
  expect((await oembedFor(request, claim.slug)).status()).toBe(404);
});

test("the share panel, where the verdict page has one, copies the link and the embed code from the keyboard", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: E2E.baseURL });
  await page.goto(`/claims/${DEMO}`);
  const panel = page.getByRole("region", { name: "Share this verdict" });
  test.skip((await panel.count()) === 0, "the verdict page does not show the share panel yet");

  await expect(panel.getByLabel("Link to this verdict")).toHaveValue(`${E2E.baseURL}/claims/${DEMO}`);
  const code = await panel.getByLabel("Embed this verdict on your site").inputValue();
  expect(code).toMatch(new RegExp(`^<iframe src="${E2E.baseURL}/embed/claims/${DEMO}" `));
  await expect(panel.getByRole("link", { name: "Share by email" })).toHaveAttribute("href", /^mailto:\?subject=.+&body=.*nuclear-restraint-demo/);

  for (const [button, copied] of [
    ["Copy link", `${E2E.baseURL}/claims/${DEMO}`],
    ["Copy embed code", code],
  ] as const) {
    await panel.getByRole("button", { name: button }).focus();
    await page.keyboard.press("Enter");
    await expect(panel.getByText("Copied")).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(copied);
    await expect(panel.getByText("Copied")).toHaveCount(0, { timeout: 6_000 });
  }
  await expectNoAxeViolations(page);
});
