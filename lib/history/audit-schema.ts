import { z } from "zod";
import { isDay } from "@/lib/input-rules";

// The audit log's filters, read from the URL. A filter that cannot be read is
// dropped rather than refused: the log is read-only, and a hand-edited link
// should still show something. Importable from client code.

// The person filter's value for events nobody signed in caused (failed
// sign-ins, pauses, command-line accounts).
export const SYSTEM_ACTOR = "system";

const blankIsMissing = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(isDay)
  .optional();

// A claim's id, or its desk address pasted whole.
const claimId = z
  .string()
  .trim()
  .transform((value) => /\/desk\/claims\/([^/?#\s]+)/.exec(value)?.[1] ?? value)
  .pipe(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/))
  .optional();

export const auditFilterSchema = z.object({
  action: z
    .preprocess(
      blankIsMissing,
      z
        .string()
        .trim()
        .regex(/^[a-z_]+(\.[a-z_]+)+$/)
        .max(100)
        .optional(),
    )
    .catch(undefined),
  person: z
    .preprocess(
      blankIsMissing,
      z
        .string()
        .trim()
        .regex(/^[A-Za-z0-9_-]{1,64}$/)
        .optional(),
    )
    .catch(undefined),
  from: z.preprocess(blankIsMissing, day).catch(undefined),
  to: z.preprocess(blankIsMissing, day).catch(undefined),
  claim: z.preprocess(blankIsMissing, claimId).catch(undefined),
});

export type AuditFilters = z.output<typeof auditFilterSchema>;

const DAY_MS = 24 * 60 * 60 * 1000;

// Days are whole UTC days, as every date on the desk is shown in UTC; "To" is
// inclusive, so one day in both boxes shows that day.
export function auditWhere(filters: AuditFilters) {
  const createdAt = {
    ...(filters.from ? { gte: new Date(`${filters.from}T00:00:00Z`) } : {}),
    ...(filters.to ? { lt: new Date(Date.parse(`${filters.to}T00:00:00Z`) + DAY_MS) } : {}),
  };
  return {
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.person ? { actorId: filters.person === SYSTEM_ACTOR ? null : filters.person } : {}),
    ...(filters.from || filters.to ? { createdAt } : {}),
    ...(filters.claim ? { targetType: "Claim", targetId: filters.claim } : {}),
  };
}

// The URL of the log with these filters and page.
export function auditHref(filters: AuditFilters, page: { after?: string; before?: string } = {}): string {
  const params = new URLSearchParams();
  for (const key of ["action", "person", "from", "to", "claim"] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (page.after) params.set("after", page.after);
  if (page.before) params.set("before", page.before);
  const query = params.toString();
  return `/desk/audit${query ? `?${query}` : ""}`;
}
