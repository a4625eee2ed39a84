import "server-only";
import type { Transaction } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// Revisions and audit events are append-only (the database refuses UPDATE and
// DELETE on them). Mutations write them inside their own transaction, so a
// change and its history are committed together or not at all.

export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

export function diff<T extends Record<string, unknown>>(before: T, after: Partial<T>): FieldChanges {
  const changes: FieldChanges = {};
  for (const key of Object.keys(after) as (keyof T & string)[]) {
    const from = normalise(before[key]);
    const to = normalise(after[key]);
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[key] = { from, to };
  }
  return changes;
}

function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  return value ?? null;
}

export async function recordRevision(
  tx: Transaction,
  entry: { claimId: string; authorId: string; action: string; changes?: FieldChanges; reason?: string | null },
) {
  await tx.revision.create({
    data: {
      claimId: entry.claimId,
      authorId: entry.authorId,
      action: entry.action,
      changes: (entry.changes ?? {}) as Prisma.InputJsonValue,
      reason: entry.reason ?? null,
    },
  });
}

export async function recordAudit(
  tx: Transaction,
  entry: {
    actorId: string | null;
    action: string;
    targetType?: string;
    targetId?: string;
    ip?: string | null;
    details?: Record<string, unknown>;
  },
) {
  await tx.auditEvent.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      ip: entry.ip ?? null,
      details: (entry.details ?? {}) as Prisma.InputJsonValue,
    },
  });
}
