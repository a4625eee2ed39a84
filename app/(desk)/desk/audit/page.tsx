import type { Metadata } from "next";
import { AuditFiltersForm } from "@/components/history/audit-filters-form";
import { AuditTable } from "@/components/history/audit-table";
import { PageLinks } from "@/components/history/page-links";
import { decide } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { auditLog, auditPeople } from "@/lib/history/audit";
import { auditFilterSchema, auditHref } from "@/lib/history/audit-schema";
import { pageRequest } from "@/lib/history/pages";

export const metadata: Metadata = { title: "Audit log" };

// Read-only: sign-ins, role changes, assignments, publications and the rest,
// as the mutations wrote them. The query checks the permission again.
export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const decision = decide(actor, "audit.read");
  if (!decision.allowed) {
    return (
      <>
        <h1 className="text-2xl font-bold">Audit log</h1>
        <p className="mt-4">{decision.reason}</p>
      </>
    );
  }
  const params = await searchParams;
  const filters = auditFilterSchema.parse(params);
  const [log, people] = await Promise.all([auditLog(actor, filters, pageRequest(params)), auditPeople(actor)]);
  if (!log) return null;
  return (
    <>
      <h1 className="text-2xl font-bold">Audit log</h1>
      <p className="mt-2 text-sm text-muted">
        Every sign-in, role change, assignment, publication and merge, newest first. Times are in UTC. Nothing here can be changed.
      </p>
      <AuditFiltersForm filters={filters} people={people} />
      <AuditTable events={log.events} names={log.names} />
      <PageLinks links={log.links} href={(target) => auditHref(filters, target)} label="Pages of the audit log" />
    </>
  );
}
