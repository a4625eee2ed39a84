import { readFile } from "node:fs/promises";
import { signIn } from "../e2e/support/accounts";
import { expect, test } from "./support/cluster";

// Scaled out, the web instances run with JOBS_IN_APP=false and jobs run in a
// worker of their own (`npm run worker`): a job an admin asks for on either
// instance is run there, and the jobs page, whichever instance renders it,
// lists that one worker.

test("a job asked for on instance B runs on the separate worker, which both instances list", async ({ browser, cluster }) => {
  const { a, b } = cluster.instances;
  const context = await browser.newContext({ baseURL: b.url });
  const page = await context.newPage();
  await signIn(page, "admin");

  for (const instance of [a, b]) {
    await page.goto(`${instance.url}/desk/admin/jobs`);
    await expect(page.getByTestId("workers").getByRole("listitem")).toHaveCount(1);
    await expect(page.getByTestId("workers")).toContainText(`process ${cluster.worker.pid}`);
  }

  await page.goto(`${b.url}/desk/admin/jobs`);
  await page.getByRole("button", { name: "Run “clean-up” now" }).click();
  await expect(page.getByText('"clean-up" will run in a moment')).toBeVisible();
  await expect
    .poll(async () => (await readFile(cluster.worker.log, "utf8")).split("\n").some((line) => line.includes('"job":"clean-up"') && line.includes("job done")), {
      timeout: 15_000,
    })
    .toBe(true);
  // Neither web instance ran it.
  for (const instance of [a, b]) expect(await readFile(instance.log, "utf8")).not.toContain('"job":"clean-up"');
  await context.close();
});
