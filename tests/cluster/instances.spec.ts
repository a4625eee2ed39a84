import { signIn } from "../e2e/support/accounts";
import { claimAwaitingEditor, claimBy } from "../e2e/support/factories";
import { expect, test } from "./support/cluster";

// Behind a load balancer one reader's requests land on any instance: a
// session made on one must hold on another, and a form one instance rendered
// must post to another.

test("a session made on instance A works on instance B", async ({ browser, cluster }) => {
  const { a, b } = cluster.instances;
  const context = await browser.newContext({ baseURL: a.url });
  const page = await context.newPage();
  await signIn(page, "editor");
  // Cookies belong to the host, not the port: the same browser now asks B.
  await page.goto(`${b.url}/desk`);
  await expect(page).toHaveURL(`${b.url}/desk`);
  await expect(page.getByRole("banner").getByText("Eli Editor")).toBeVisible();
  await context.close();
});

test("a form rendered by instance A posts to instance B, which carries out the action", async ({ browser, cluster }) => {
  const { a, b } = cluster.instances;
  const claim = await claimAwaitingEditor();
  const context = await browser.newContext({ baseURL: a.url });
  const page = await context.newPage();
  await signIn(page, "editor");
  await page.goto(`/desk/claims/${claim.id}`);
  // The page came from A; its posts now go to B, as a balancer would send
  // them, which tells B the public host the browser used.
  const posted: string[] = [];
  await page.route(`${a.url}/**`, async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    const target = new URL(route.request().url());
    posted.push(target.pathname);
    await route.continue({
      url: `${b.url}${target.pathname}${target.search}`,
      headers: { ...route.request().headers(), "x-forwarded-host": new URL(a.url).host },
    });
  });
  await page.getByRole("button", { name: "Publish verdict" }).click();
  await expect(page.getByText("Verdict published.")).toBeVisible();
  expect(posted.length).toBeGreaterThan(0);
  expect((await claimBy("id", claim.id)).status).toBe("PUBLISHED");
  await context.close();
});
