import { FAMILIAR_FOR_MS } from "@/lib/auth/throttle";
import { prisma } from "@/lib/db";
import type { JobDefinition } from "./job";

// Daily removal of rows that have served their purpose, so tables that grow
// with every sign-in, API call and email stay small.

/** Mail sent, held or failed more than this long ago is deleted. */
export const MAIL_KEPT_DAYS = 30;
// Failed sign-ins count for at most 15 minutes (lib/auth/throttle.ts); a day
// is kept so an operator can still look into last night's attack.
const FAILED_SIGN_INS_KEPT_MS = 24 * 60 * 60_000;

const before = (now: Date, ms: number) => new Date(now.getTime() - ms);

export async function cleanUp(now = new Date()) {
  const mailCutoff = before(now, MAIL_KEPT_DAYS * 24 * 60 * 60_000);
  const mail = await prisma.mailMessage.deleteMany({
    where: {
      OR: [
        { status: "SENT", sentAt: { lt: mailCutoff } },
        // The outbox of a newsroom without a mail server, and mail admins
        // were shown as failed for a month: by now any link in it has expired.
        { status: { in: ["HELD", "FAILED"] }, createdAt: { lt: mailCutoff } },
      ],
    },
  });
  const signIns = await prisma.loginAttempt.deleteMany({
    where: {
      OR: [
        { succeeded: false, createdAt: { lt: before(now, FAILED_SIGN_INS_KEPT_MS) } },
        // A success keeps its address familiar to the account for this long.
        { succeeded: true, createdAt: { lt: before(now, FAMILIAR_FOR_MS) } },
      ],
    },
  });
  // The API's and the reset form's counters: a window that has ended counts nothing.
  const counters = await prisma.$executeRaw`DELETE FROM "ApiRateLimit" WHERE "expire" < ${now.getTime()}`;
  // Links past their time can no longer be followed (lib/accounts/tokens.ts).
  const tokens = await prisma.accountToken.deleteMany({ where: { expiresAt: { lt: now } } });
  return { mail: mail.count, signIns: signIns.count, counters, tokens: tokens.count };
}

export const cleanUpJob: JobDefinition = {
  name: "clean-up",
  description: "Deletes old email, sign-in attempts past their use, ended rate-limit windows and expired account links.",
  schedule: "30 3 * * *",
  run: () => cleanUp(),
};
