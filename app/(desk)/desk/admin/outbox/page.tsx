import type { Metadata } from "next";
import Link from "next/link";
import { DeliveryMode } from "@/components/mail/delivery-mode";
import { MailStatus } from "@/components/mail/mail-status";
import { OutboxRefused } from "@/components/mail/outbox-refused";
import { decide } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates";
import { MAIL_KIND_LABELS, MAIL_STATUS_LABELS } from "@/lib/mail/labels";
import { listOutbox, MAIL_STATUSES, readOutboxStatus } from "@/lib/mail/queries";

export const metadata: Metadata = { title: "Outbox" };

type Props = { searchParams: Promise<{ before?: string | string[]; status?: string | string[] }> };

export default async function OutboxPage({ searchParams }: Props) {
  const actor = await requireActor();
  const decision = decide(actor, "outbox.read");
  if (!decision.allowed) return <OutboxRefused reason={decision.reason} />;
  const query = await searchParams;
  const before = typeof query.before === "string" ? query.before : undefined;
  const status = readOutboxStatus(query.status);
  const { mail, older, counts } = await listOutbox(actor, { before, status });
  const shown = MAIL_STATUSES.filter((each) => counts[each]);
  const olderLink = older ? `/desk/admin/outbox?${new URLSearchParams({ ...(status ? { status: status.toLowerCase() } : {}), before: older })}` : null;
  return (
    <>
      <h1 className="text-2xl font-bold">Outbox</h1>
      <DeliveryMode />
      {shown.length > 0 ? (
        <nav aria-label="Email by status" className="mt-4 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <Link href="/desk/admin/outbox" aria-current={status ? undefined : "page"} className={status ? "" : "font-semibold no-underline"}>
            All
          </Link>
          {shown.map((each) => (
            <Link
              key={each}
              href={`/desk/admin/outbox?status=${each.toLowerCase()}`}
              aria-current={status === each ? "page" : undefined}
              className={status === each ? "font-semibold no-underline" : ""}
            >
              {MAIL_STATUS_LABELS[each]}: {counts[each]}
            </Link>
          ))}
        </nav>
      ) : null}
      {mail.length === 0 ? (
        <p className="mt-6 rounded border border-rule p-4">
          {before
            ? "No older email."
            : status
              ? `No email is ${MAIL_STATUS_LABELS[status]!.toLowerCase()}.`
              : "No email yet. Invitations, password resets and notice emails will be listed here, newest first."}
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
        {before ? <Link href={status ? `/desk/admin/outbox?status=${status.toLowerCase()}` : "/desk/admin/outbox"}>Newest</Link> : null}
        {olderLink ? <Link href={olderLink}>Older email</Link> : null}
      </nav>
    </>
  );
}
