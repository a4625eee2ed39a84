import type { Metadata } from "next";
import Link from "next/link";
import { DeliveryMode } from "@/components/mail/delivery-mode";
import { MailStatus } from "@/components/mail/mail-status";
import { OutboxRefused } from "@/components/mail/outbox-refused";
import { decide } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates";
import { MAIL_KIND_LABELS, MAIL_STATUS_LABELS } from "@/lib/mail/labels";
import { listOutbox } from "@/lib/mail/queries";

export const metadata: Metadata = { title: "Outbox" };

type Props = { searchParams: Promise<{ before?: string | string[] }> };

export default async function OutboxPage({ searchParams }: Props) {
  const actor = await requireActor();
  const decision = decide(actor, "outbox.read");
  if (!decision.allowed) return <OutboxRefused reason={decision.reason} />;
  const { before } = await searchParams;
  const { mail, older, counts } = await listOutbox(actor, { before: typeof before === "string" ? before : undefined });
  const summary = (["QUEUED", "FAILED", "HELD", "SENT"] as const)
    .filter((status) => counts[status])
    .map((status) => `${MAIL_STATUS_LABELS[status]}: ${counts[status]}`);
  return (
    <>
      <h1 className="text-2xl font-bold">Outbox</h1>
      <DeliveryMode />
      {summary.length > 0 ? <p className="mt-4 text-sm">{summary.join(" · ")}</p> : null}
      {mail.length === 0 ? (
        <p className="mt-6 rounded border border-rule p-4">
          {before ? "No older email." : "No email yet. Invitations, password resets and notice emails will be listed here, newest first."}
        </p>
      ) : (
        <table className="mt-6 w-full text-left text-sm">
          <caption className="sr-only">Email, newest first</caption>
          <thead>
            <tr className="border-b border-rule">
              <th scope="col" className="py-2 pr-3">
                Written
              </th>
              <th scope="col" className="py-2 pr-3">
                Kind
              </th>
              <th scope="col" className="py-2 pr-3">
                To
              </th>
              <th scope="col" className="py-2 pr-3">
                Subject
              </th>
              <th scope="col" className="py-2">
                Status
              </th>
            </tr>
          </thead>
          <tbody>
            {mail.map((row) => (
              <tr key={row.id} className="border-b border-rule align-top" data-testid={`mail-${row.id}`}>
                <td className="py-2 pr-3 whitespace-nowrap">{formatDateTime(row.createdAt)}</td>
                <td className="py-2 pr-3">{MAIL_KIND_LABELS[row.kind] ?? row.kind}</td>
                <td className="py-2 pr-3 break-all">{row.recipient}</td>
                <td className="py-2 pr-3">
                  <Link href={`/desk/admin/outbox/${row.id}`}>{row.subject || "(no subject)"}</Link>
                </td>
                <td className="py-2">
                  <MailStatus status={row.status} />
                  {row.status === "FAILED" || (row.status === "QUEUED" && row.lastError) ? <p className="mt-1 text-red-900">{row.lastError}</p> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav aria-label="Pages" className="mt-4 flex gap-4 text-sm">
        {before ? <Link href="/desk/admin/outbox">Newest</Link> : null}
        {older ? <Link href={`/desk/admin/outbox?before=${encodeURIComponent(older)}`}>Older email</Link> : null}
      </nav>
    </>
  );
}
