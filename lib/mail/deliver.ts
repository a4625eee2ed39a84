import "server-only";
import type { Logger } from "pino";
import { prisma } from "@/lib/db";
import { log as appLog } from "@/lib/observability/log";
import { settings } from "@/lib/settings";
import { mailSender } from "./sender";
import { SINGLE_USE_LINK } from "./single-use";
import { describeSmtpFailure } from "./smtp-failure";
import { openTransport } from "./transport";

// Sends the queued mail, oldest first, a bounded batch per run (the job runs
// every minute and on demand). Each message is claimed before it is sent, so
// two runs at once never send the same one; a run that dies mid-send leaves
// its claim to lapse and the message is tried again.

/** Tries before a message is marked failed for admins to see. */
export const MAX_ATTEMPTS = 5;
export const BATCH_SIZE = 50;
const CLAIM_MINUTES = 10;

// A single-use link, once the mail server has it, must not stay readable to
// anyone who can read the table.
export const BLANKED_BODY = "(Removed once sent: this email held a single-use link.)";

/** Minutes before the next try after `attempts` failed ones: 2, 4, 8, 16. */
export const retryDelayMinutes = (attempts: number) => 2 ** attempts;

const minutesAfter = (time: Date, minutes: number) => new Date(time.getTime() + minutes * 60_000);

export type DeliveryReport = { sent: number; retrying: number; failed: number; held: number };

export async function deliverQueuedMail(options: { now?: Date; limit?: number; log?: Logger; signal?: AbortSignal } = {}): Promise<DeliveryReport> {
  const now = options.now ?? new Date();
  const log = options.log ?? appLog();
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0, held: 0 };
  const { SMTP_URL } = settings();

  // No mail server configured (any more): what is queued goes to the outbox.
  if (!SMTP_URL) {
    const { count } = await prisma.mailMessage.updateMany({ where: { status: "QUEUED" }, data: { status: "HELD" } });
    report.held = count;
    return report;
  }

  const claimed = await claimBatch(now, options.limit ?? BATCH_SIZE);
  if (claimed.length === 0) return report;

  const transport = openTransport(SMTP_URL);
  const from = mailSender();
  try {
    for (const [index, mail] of claimed.entries()) {
      if (options.signal?.aborted) {
        await release(
          claimed.slice(index).map((rest) => rest.id),
          now,
        );
        break;
      }
      const attempts = mail.attempts + 1;
      try {
        await transport.sendMail({ from, to: mail.recipient, subject: mail.subject, text: mail.text, ...(mail.html ? { html: mail.html } : {}) });
        await prisma.mailMessage.update({
          where: { id: mail.id },
          data: {
            status: "SENT",
            sentAt: new Date(),
            attempts,
            lastError: null,
            ...(SINGLE_USE_LINK.has(mail.kind) ? { text: BLANKED_BODY, html: null } : {}),
          },
        });
        report.sent += 1;
      } catch (error) {
        const failure = describeSmtpFailure(error);
        const givingUp = failure.permanent || attempts >= MAX_ATTEMPTS;
        log.warn({ source: "mail", mailId: mail.id, kind: mail.kind, attempts, err: error }, givingUp ? "mail failed for good" : "mail not sent; will retry");
        await prisma.mailMessage.update({
          where: { id: mail.id },
          data: {
            status: givingUp ? "FAILED" : "QUEUED",
            attempts,
            lastError: givingUp && !failure.permanent ? `${failure.words} Gave up after ${attempts} tries.` : failure.words,
            nextAttemptAt: minutesAfter(now, retryDelayMinutes(attempts)),
          },
        });
        if (givingUp) report.failed += 1;
        else report.retrying += 1;
        // The server itself is unreachable or refusing OnRecord: the rest of
        // the batch would fail the same way, so it waits for the next run
        // without counting a try against each message.
        if (!isAboutThisMessage(error)) {
          await release(
            claimed.slice(index + 1).map((rest) => rest.id),
            minutesAfter(now, retryDelayMinutes(1)),
          );
          break;
        }
      }
    }
  } finally {
    transport.close();
  }
  return report;
}

const isAboutThisMessage = (error: unknown) => ["EENVELOPE", "EMESSAGE"].includes((error as { code?: string })?.code ?? "");

// A message is claimed by moving its next try past the run's end; only the
// run whose update matched it sends it.
async function claimBatch(now: Date, limit: number) {
  const due = await prisma.mailMessage.findMany({
    where: { status: "QUEUED", nextAttemptAt: { lte: now } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true, nextAttemptAt: true },
  });
  const claimedIds: string[] = [];
  for (const mail of due) {
    const { count } = await prisma.mailMessage.updateMany({
      where: { id: mail.id, status: "QUEUED", nextAttemptAt: mail.nextAttemptAt },
      data: { nextAttemptAt: minutesAfter(now, CLAIM_MINUTES) },
    });
    if (count === 1) claimedIds.push(mail.id);
  }
  const rows = await prisma.mailMessage.findMany({
    where: { id: { in: claimedIds } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, recipient: true, kind: true, subject: true, text: true, html: true, attempts: true },
  });
  return rows;
}

async function release(ids: string[], at: Date) {
  if (ids.length === 0) return;
  await prisma.mailMessage.updateMany({ where: { id: { in: ids }, status: "QUEUED" }, data: { nextAttemptAt: at } });
}
