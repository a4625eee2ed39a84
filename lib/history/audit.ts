import "server-only";
import { decide } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db";
import { peopleInDetails } from "@/lib/history/audit-labels";
import { type AuditFilters, auditWhere } from "@/lib/history/audit-schema";
import { keyset, type PageRequest, pageOf } from "@/lib/history/pages";

// The audit log: editors and admins only. The check is here as well as on the
// page, so no other caller can read the log by forgetting it.

// Fifty rows is a screenful to scan; the cursor keeps every page as fast as
// the first however long the log grows.
export const AUDIT_PAGE_SIZE = 50;

export async function auditLog(actor: Actor | null, filters: AuditFilters, request: PageRequest = {}) {
  if (!decide(actor, "audit.read").allowed) return null;
  const page = keyset(request, AUDIT_PAGE_SIZE);
  const fetched = await prisma.auditEvent.findMany({
    where: { AND: [auditWhere(filters), page.where] },
    orderBy: page.orderBy,
    take: page.take,
    select: {
      id: true,
      action: true,
      targetType: true,
      targetId: true,
      ip: true,
      details: true,
      createdAt: true,
      actor: { select: { name: true } },
    },
  });
  const { rows: events, links } = pageOf(fetched, request, AUDIT_PAGE_SIZE);
  return { events, links, names: await targetNames(events) };
}

export type AuditLogPage = NonNullable<Awaited<ReturnType<typeof auditLog>>>;
export type AuditLogEvent = AuditLogPage["events"][number];

// What each event points at, named: claims by their sentence, accounts and
// people in the details by name, sources by title. One query per kind.
async function targetNames(events: { targetType: string | null; targetId: string | null; details: unknown }[]) {
  const idsOf = (type: string) => [...new Set(events.filter((event) => event.targetType === type && event.targetId).map((event) => event.targetId!))];
  const claimIds = idsOf("Claim");
  const sourceIds = idsOf("Source");
  const userIds = [...new Set([...idsOf("User"), ...peopleInDetails(events.map((event) => event.details))])];
  const [claims, users, sources] = await Promise.all([
    claimIds.length ? prisma.claim.findMany({ where: { id: { in: claimIds } }, select: { id: true, text: true } }) : [],
    userIds.length ? prisma.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }) : [],
    sourceIds.length ? prisma.source.findMany({ where: { id: { in: sourceIds } }, select: { id: true, title: true } }) : [],
  ]);
  return {
    claims: Object.fromEntries(claims.map((claim) => [claim.id, claim.text])) as Record<string, string>,
    users: Object.fromEntries(users.map((user) => [user.id, user.name])) as Record<string, string>,
    sources: Object.fromEntries(sources.map((source) => [source.id, source.title])) as Record<string, string>,
  };
}

// Everyone who can appear in the log, for the person filter.
export async function auditPeople(actor: Actor | null) {
  if (!decide(actor, "audit.read").allowed) return [];
  return prisma.user.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true } });
}
