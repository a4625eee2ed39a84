import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/history/record";
import type { MailKind } from "./outbox";
import { SINGLE_USE_LINK } from "./single-use";

// An admin who opens an email still holding someone's invitation, reset or
// confirmation link could use it: that reading is in the audit log, with
// whose link it was, so the newsroom can see it. Other mail (notices, sent
// mail whose link was blanked) is read without a trace.
export async function noteOutboxReading(actor: Actor, mail: { id: string; kind: MailKind; recipient: string; status: string }) {
  if (!SINGLE_USE_LINK.has(mail.kind) || mail.status === "SENT") return;
  await prisma.$transaction((tx) =>
    recordAudit(tx, {
      actorId: actor.id,
      action: "mail.read",
      targetType: "MailMessage",
      targetId: mail.id,
      details: { kind: mail.kind, recipient: mail.recipient },
    }),
  );
}
