import Link from "next/link";
import { formatDateTime, isoInstant } from "@/lib/dates";
import type { AuditLogPage } from "@/lib/history/audit";
import { auditActionLabel, describeDetails } from "@/lib/history/audit-labels";

const TARGET_LIMIT = 90;
const shorten = (text: string) => (text.length > TARGET_LIMIT ? `${text.slice(0, TARGET_LIMIT - 1)}…` : text);

export function AuditTable({ events, names }: Pick<AuditLogPage, "events" | "names">) {
  if (events.length === 0) return <p className="mt-4 rounded border border-rule p-4 text-muted">No audit events match these filters.</p>;
  return (
    <div className="mt-4 overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">Audit events, newest first</caption>
        <thead>
          <tr className="border-b-2 border-rule">
            <th scope="col" className="py-2 pr-3">
              When
            </th>
            <th scope="col" className="py-2 pr-3">
              Who
            </th>
            <th scope="col" className="py-2 pr-3">
              Action
            </th>
            <th scope="col" className="py-2 pr-3">
              Target
            </th>
            <th scope="col" className="py-2 pr-3">
              IP
            </th>
            <th scope="col" className="py-2">
              Details
            </th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id} className="border-b border-rule align-top">
              <td className="whitespace-nowrap py-2 pr-3">
                <time dateTime={isoInstant(event.createdAt)}>{formatDateTime(event.createdAt)}</time>
              </td>
              <td className="py-2 pr-3">{event.actor?.name ?? <abbr title="No one was signed in: the system">—</abbr>}</td>
              <td className="py-2 pr-3">{auditActionLabel(event.action)}</td>
              <td className="py-2 pr-3">
                <Target event={event} names={names} />
              </td>
              <td className="py-2 pr-3 font-mono text-xs">{event.ip ?? "—"}</td>
              <td className="break-words py-2">{describeDetails(event.details, names.users) || "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Target({ event, names }: { event: AuditLogPage["events"][number]; names: AuditLogPage["names"] }) {
  const { targetType, targetId } = event;
  if (!targetType || !targetId) return <>—</>;
  switch (targetType) {
    case "Claim":
      return <Link href={`/desk/claims/${targetId}`}>{shorten(names.claims[targetId] ?? `Claim ${targetId}`)}</Link>;
    case "User":
      return <>Account: {names.users[targetId] ?? targetId}</>;
    case "Source":
      return <>Source: {shorten(names.sources[targetId] ?? targetId)}</>;
    default:
      return (
        <>
          {targetType} {targetId}
        </>
      );
  }
}
