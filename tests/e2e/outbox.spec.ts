import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { signIn } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { withDatabase } from "./support/database";
import { waitForMail } from "./support/mailbox";

// The outbox on the desk, with the app delivering to the suite's SMTP server
// (tests/e2e/support/mail-receiver.ts): an admin sees what went out and what
// failed and reads each email; reporters and editors have no way in.

const id = () => `e2e${randomBytes(8).toString("hex")}`;

// A row as queueMail writes it (lib/mail/outbox.ts), for the app's worker to send.
async function writeMail(row: { to: string; subject: string; text: string; kind?: string; status?: string; lastError?: string | null; attempts?: number }) {
  const mailId = id();
  await withDatabase((db) =>
    db.query(
      `INSERT INTO "MailMessage" (id, recipient, kind, subject, text, status, attempts, "lastError", "nextAttemptAt", "createdAt")
       VALUES ($1, $2, $3::"MailKind", $4, $5, $6::"MailStatus", $7, $8, $9::timestamp, $9::timestamp)`,
      [mailId, row.to, row.kind ?? "NOTICE", row.subject, row.text, row.status ?? "QUEUED", row.attempts ?? 0, row.lastError ?? null, new Date().toISOString()],
    ),
  );
  return mailId;
}

const statusOf = (mailId: string) =>
  withDatabase(async (db) => (await db.query(`SELECT status FROM "MailMessage" WHERE id = $1`, [mailId])).rows[0]?.status as string | undefined);

test("an admin sees mail delivered through the mail server, opens it, and sees a failure in plain words", async ({ page }) => {
  const to = `${id()}@newsroom.test`;
  const subject = `Sent back: the border claim ${id()}`;
  const sentId = await writeMail({ to, subject, text: "Eli Editor sent this claim back.\nSee the desk." });
  const failedSubject = `Invitation ${id()}`;
  const failedId = await writeMail({
    to: `${id()}@nowhere.test`,
    subject: failedSubject,
    text: "Join us",
    kind: "INVITATION",
    status: "FAILED",
    attempts: 1,
    lastError: "The mail server refused this message for good (550). Check the recipient's address.",
  });

  await signIn(page, "admin");
  // The worker beside the app sends it; "Run now" asks it at once rather than at the minute.
  await page.goto("/desk/admin/jobs");
  await page.getByRole("button", { name: "Run “deliver-mail” now" }).click();
  const mail = await waitForMail((mail) => mail.envelopeTo.includes(to));
  expect(mail.subject).toBe(subject);
  expect(mail.from).toBe('"OnRecord e2e desk" <desk@onrecord.test>');
  expect(mail.text).toContain("Eli Editor sent this claim back.");
  // The worker records it as sent just after the server has it.
  await expect.poll(() => statusOf(sentId)).toBe("SENT");

  await page.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: "Outbox" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Outbox" })).toBeVisible();
  await expect(page.getByTestId("outbox-mode")).toContainText("Email is sent through 127.0.0.1");
  const sentRow = page.getByRole("row").filter({ hasText: subject });
  await expect(sentRow).toContainText("Sent");
  await expect(sentRow).toContainText(to);
  await expect(sentRow).toContainText("Notice");
  const failedRow = page.getByRole("row").filter({ hasText: failedSubject });
  await expect(failedRow).toContainText("Failed");
  await expect(failedRow).toContainText("The mail server refused this message for good (550). Check the recipient's address.");
  await expectNoAxeViolations(page);

  // Only what failed, when asked.
  await page
    .getByRole("navigation", { name: "Email by status" })
    .getByRole("link", { name: /^Failed: \d+$/ })
    .click();
  await expect(page.getByRole("row").filter({ hasText: failedSubject })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: subject })).toHaveCount(0);
  await page.getByRole("navigation", { name: "Email by status" }).getByRole("link", { name: "All" }).click();

  await sentRow.getByRole("link", { name: subject }).click();
  await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible();
  await expect(page.getByTestId("mail-body")).toHaveText("Eli Editor sent this claim back.\nSee the desk.");
  // Sent mail cannot be sent again.
  await expect(page.getByRole("button", { name: "Send again" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The failed one, once its cause is fixed, goes out again at the admin's word.
  await page.getByRole("link", { name: "← Outbox" }).click();
  await page.getByRole("link", { name: failedSubject }).click();
  await page.getByRole("button", { name: "Send again" }).click();
  await expect(page.getByTestId("form-message")).toContainText("is back in the queue and will be sent in a moment.");
  const resent = await waitForMail((mail) => mail.subject === failedSubject);
  expect(resent.text.trim()).toBe("Join us");
  await expect.poll(() => statusOf(failedId)).toBe("SENT");
  await page.reload();
  await expect(page.getByText("Sent", { exact: true })).toBeVisible();
});

for (const [role, who] of [
  ["reporter", "a reporter"],
  ["editor", "an editor"],
] as const) {
  test(`${who} has no Outbox link and is refused the outbox and its emails`, async ({ page }) => {
    const secret = `reset-token-${id()}`;
    const mailId = await writeMail({
      to: `${id()}@newsroom.test`,
      subject: "Reset your password",
      text: `https://example.test/reset/${secret}`,
      status: "HELD",
    });
    await signIn(page, role);
    await expect(page.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: "Outbox" })).toHaveCount(0);
    await page.goto("/desk/admin/outbox");
    await expect(page.getByText("Only admins can read the outbox.")).toBeVisible();
    await page.goto(`/desk/admin/outbox/${mailId}`);
    await expect(page.getByText("Only admins can read the outbox.")).toBeVisible();
    await expect(page.getByText(secret)).toHaveCount(0);
  });
}
