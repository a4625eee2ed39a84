import "server-only";
import { decide } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import { decodeKeysetCursor, encodeKeysetCursor, isIsoInstant } from "@/lib/keyset-cursor";

// The outbox admins read at /desk/admin/outbox: every email OnRecord wrote,
// newest first. Only admins: it holds other people's invitation and reset
// links while they are held (no mail server) or waiting to be sent.

export const OUTBOX_PAGE = 50;
const SCOPE = "outbox";

function refuseUnlessAllowed(actor: Actor | null) {
  const decision = decide(actor, "outbox.read");
  if (!decision.allowed) throw forbidden(decision.reason);
}

/** An "older" cursor from the address; anything that is not one of ours reads as the first page. */
export function readOutboxCursor(token: string | undefined) {
  const position = token ? decodeKeysetCursor(token, SCOPE) : null;
  return position && isIsoInstant(position.key) ? { createdAt: new Date(position.key), id: position.id } : null;
}

export const MAIL_STATUSES = ["QUEUED", "FAILED", "HELD", "SENT"] as const;
export type MailStatusName = (typeof MAIL_STATUSES)[number];

/** A status from the address, or none (every email) for anything else. */
export const readOutboxStatus = (value: unknown): MailStatusName | undefined =>
  MAIL_STATUSES.find((status) => typeof value === "string" && status === value.toUpperCase());

export async function listOutbox(actor: Actor | null, options: { before?: string; status?: MailStatusName } = {}) {
  refuseUnlessAllowed(actor);
  const after = readOutboxCursor(options.before);
  const rows = await prisma.mailMessage.findMany({
    where: {
      ...(options.status ? { status: options.status } : {}),
      ...(after ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: OUTBOX_PAGE + 1,
    select: { id: true, kind: true, recipient: true, subject: true, status: true, attempts: true, lastError: true, createdAt: true, sentAt: true },
  });
  const mail = rows.slice(0, OUTBOX_PAGE);
  const last = mail.at(-1);
  const older = rows.length > OUTBOX_PAGE && last ? encodeKeysetCursor(SCOPE, { key: last.createdAt.toISOString(), id: last.id }) : null;
  const counts = await prisma.mailMessage.groupBy({ by: ["status"], _count: { _all: true } });
  const byStatus = Object.fromEntries(counts.map((row) => [row.status, row._count._all])) as Partial<Record<string, number>>;
  return { mail, older, counts: byStatus };
}

/** One email, or null when there is no such one (an id that cannot be one is not looked up). */
export async function readOutboxMail(actor: Actor | null, id: string) {
  refuseUnlessAllowed(actor);
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) return null;
  return prisma.mailMessage.findUnique({
    where: { id },
    select: {
      id: true,
      kind: true,
      recipient: true,
      subject: true,
      text: true,
      status: true,
      attempts: true,
      lastError: true,
      nextAttemptAt: true,
      createdAt: true,
      sentAt: true,
      user: { select: { name: true } },
    },
  });
}
