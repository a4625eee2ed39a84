import { readdir } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { signIn } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { withDatabase } from "./support/database";
import { E2E } from "./support/env";

// The admin's view of background jobs, on the app as `npm start` runs it,
// with its worker beside the web server: every job with its schedule, the
// worker heard from, and "Run now" reaching that worker. Reporters and
// editors have no way in.

const JOB_NAMES = ["deliver-mail", "send-digests", "recheck-sources", "coming-due", "backup", "clean-up", "purge-proxy"];

test("an admin sees every job and the worker, and a job run by hand completes on it", async ({ page }) => {
  await signIn(page, "admin");
  await page.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: "Jobs" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Background jobs" })).toBeVisible();
  for (const name of JOB_NAMES) await expect(page.getByTestId(`job-${name}`)).toBeVisible();
  await expect(page.getByTestId("job-clean-up")).toContainText("Next run");
  await expect(page.getByTestId("job-clean-up")).toContainText(/\d+ waiting, \d+ running, \d+ waiting to retry, \d+ failed(?!s)/);
  // The purge job runs on tags the app hands it: nothing to run by hand.
  await expect(page.getByTestId("job-purge-proxy")).toContainText("When the app asks for it");
  await expect(page.getByTestId("job-purge-proxy").getByRole("button")).toHaveCount(0);
  // The worker registers within a few seconds of the app's start.
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("workers").getByRole("listitem")).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expectNoAxeViolations(page);

  const completedBefore = await completedCleanUps();
  await page.getByRole("button", { name: "Run “clean-up” now" }).click();
  await expect(page.getByText('"clean-up" will run in a moment, on the next free worker.')).toBeVisible();
  await expect.poll(completedCleanUps, { timeout: 15_000 }).toBeGreaterThan(completedBefore);
  const audit = await withDatabase(
    async (db) => (await db.query(`SELECT details FROM "AuditEvent" WHERE action = 'job.run' ORDER BY "createdAt" DESC LIMIT 1`)).rows[0],
  );
  expect(audit.details).toMatchObject({ job: "clean-up" });
});

test("an admin runs the backup by hand: the app's own worker makes it in BACKUP_DIR, and /metrics tells its age", async ({ page, request }) => {
  await signIn(page, "admin");
  await page.goto("/desk/admin/jobs");
  await page.getByRole("button", { name: "Run “backup” now" }).click();
  await expect(page.getByText('"backup" will run in a moment, on the next free worker.')).toBeVisible();
  // A backup is a file and, once its test restore passed, the record beside it.
  await expect.poll(backupRecords, { timeout: 60_000 }).not.toEqual([]);
  const metrics = await (await request.get("/metrics", { headers: { authorization: `Bearer ${E2E.metricsToken}` } })).text();
  expect(metrics).toMatch(/onrecord_backup_age_seconds \d+/);
  expect(metrics).toContain("onrecord_backup_last_failed 0");
});

async function backupRecords(): Promise<string[]> {
  return (await readdir(E2E.backupDir).catch(() => [])).filter((name) => name.startsWith("onrecord-") && name.endsWith(".json"));
}

for (const role of ["reporter", "editor"] as const) {
  test(`${role === "editor" ? "an" : "a"} ${role} has no Jobs link and is refused the page`, async ({ page }) => {
    await signIn(page, role);
    await expect(page.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: "Jobs" })).toHaveCount(0);
    await page.goto("/desk/admin/jobs");
    await expect(page.getByText("Only admins can do this.")).toBeVisible();
    await expect(page.getByRole("button", { name: /Run/ })).toHaveCount(0);
  });
}

function completedCleanUps(): Promise<number> {
  return withDatabase(async (db) => Number((await db.query(`SELECT count(*) FROM pgboss.job WHERE name = 'clean-up' AND state = 'completed'`)).rows[0].count));
}
