import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MailStatus } from "@/components/mail/mail-status";
import { OutboxRefused } from "@/components/mail/outbox-refused";
import { SendAgainButton } from "@/components/mail/send-again-button";
import { decide } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates";
import { MAIL_KIND_LABELS } from "@/lib/mail/labels";
import { noteOutboxReading } from "@/lib/mail/outbox-reading";
import { readOutboxMail } from "@/lib/mail/queries";
import { settings } from "@/lib/settings";

export const metadata: Metadata = { title: "Email in the outbox" };

type Props = { params: Promise<{ id: string }> };

export default async function OutboxMailPage({ params }: Props) {
  const actor = await requireActor();
  const decision = decide(actor, "outbox.read");
  if (!decision.allowed) return <OutboxRefused reason={decision.reason} />;
  const { id } = await params;
  const mail = await readOutboxMail(actor, id);
  if (!mail) notFound();
  await noteOutboxReading(actor, mail);
  // Failed mail once its cause is fixed, held mail once a mail server is set up.
  const mayResend = Boolean(settings().SMTP_URL) && decide(actor, "outbox.send").allowed;
  return (
    <>
      <p className="text-sm">
        <Link href="/desk/admin/outbox">← Outbox</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold break-words">{mail.subject || "(no subject)"}</h1>
      <dl className="mt-4 grid max-w-3xl grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-semibold">To</dt>
        <dd className="break-all">
          {mail.recipient}
          {mail.user ? <span className="text-muted"> ({mail.user.name})</span> : null}
        </dd>
        <dt className="font-semibold">Kind</dt>
        <dd>{MAIL_KIND_LABELS[mail.kind] ?? mail.kind}</dd>
        <dt className="font-semibold">Written</dt>
        <dd>{formatDateTime(mail.createdAt)}</dd>
        <dt className="font-semibold">Status</dt>
        <dd>
          <MailStatus status={mail.status} />
          {mail.sentAt ? <span> {formatDateTime(mail.sentAt)}</span> : null}
          {mail.status === "QUEUED" && mail.attempts > 0 ? <span> · next try {formatDateTime(mail.nextAttemptAt)}</span> : null}
        </dd>
        <dt className="font-semibold">Tries</dt>
        <dd>{mail.attempts}</dd>
        {mail.lastError ? (
          <>
            <dt className="font-semibold">Last failure</dt>
            <dd className="text-red-900">{mail.lastError}</dd>
          </>
        ) : null}
      </dl>
      {mayResend ? <SendAgainButton mailId={mail.id} available={mail.status === "FAILED" || mail.status === "HELD"} /> : null}
      <h2 className="mt-8 text-lg font-semibold">Message</h2>
      <pre className="mt-2 max-w-3xl whitespace-pre-wrap break-words rounded border border-rule bg-slate-50 p-4 font-sans text-sm" data-testid="mail-body">
        {mail.text}
      </pre>
    </>
  );
}
