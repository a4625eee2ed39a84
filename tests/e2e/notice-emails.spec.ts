import { expect, type Page, test } from "@playwright/test";
import { ACCOUNTS, signedInPage, signIn } from "./support/accounts";
import { withDatabase } from "./support/database";
import { makeAccount, makeClaim, userId } from "./support/factories";
import { linkIn, waitForMail } from "./support/mailbox";

// Desk notices by email, through the suite's SMTP server: a reporter who
// keeps the default hears at once, with a link that opens the claim on the
// desk; one who turns notice emails off gets none, the notice staying on the desk.

async function assignAs(page: Page, claimId: string, name: string) {
  await page.goto(`/desk/claims/${claimId}`);
  const form = page.getByRole("form", { name: "Assign" });
  await form.getByLabel("Assigned to").selectOption({ label: name });
  await form.getByRole("button", { name: "Save assignment" }).click();
  await expect(page.getByRole("status")).toHaveText("Assignment saved.");
}

const mailRows = (userId: string) =>
  withDatabase(async (db) => (await db.query(`SELECT kind FROM "MailMessage" WHERE "userId" = $1`, [userId])).rows.map((row) => row.kind));

test("an assignment reaches the reporter by email at once, with the claim's link; with notice emails off, nothing is sent", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const reporter = await makeAccount("REPORTER");
  const adminId = await userId(ACCOUNTS.admin.email);
  const first = await makeClaim({ createdById: adminId, status: "DRAFT", assigneeId: null });

  await signIn(page, "editor");
  await assignAs(page, first.id, reporter.name);

  // The worker sends it with its next minute; an admin's "Run now" asks at once.
  const admin = await signedInPage(browser, "admin");
  await admin.goto("/desk/admin/jobs");
  await admin.getByRole("button", { name: "Run “deliver-mail” now" }).click();
  const mail = await waitForMail((mail) => mail.envelopeTo.includes(reporter.email));
  expect(mail.subject).toBe(`Assigned to you: ${first.text}`);
  expect(mail.text).toContain("Eli Editor assigned this claim to you.");

  const researcher = await signedInPage(browser, reporter);
  await researcher.goto(linkIn(mail));
  await expect(researcher.getByRole("heading", { level: 1, name: first.text })).toBeVisible();

  await researcher.goto("/desk/account");
  await researcher.getByRole("radio", { name: /^Off/ }).check();
  await researcher.getByRole("button", { name: "Save notice emails" }).click();
  await expect(researcher.getByText("Notice emails are off.")).toBeVisible();

  const second = await makeClaim({ createdById: adminId, status: "DRAFT", assigneeId: null });
  await assignAs(page, second.id, reporter.name);
  // The notice and any mail are written in the same transaction as the assignment.
  const notices = await withDatabase(
    async (db) => (await db.query(`SELECT "claimId" FROM "Notification" WHERE "recipientId" = $1 ORDER BY "createdAt"`, [reporter.id])).rows,
  );
  expect(notices.map((notice) => notice.claimId)).toEqual([first.id, second.id]);
  expect(await mailRows(reporter.id)).toEqual(["NOTICE"]);

  await admin.context().close();
  await researcher.context().close();
});
