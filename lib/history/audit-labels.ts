import { ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { formatDateTime } from "@/lib/dates";
import { fieldLabel, humanise, ISO_INSTANT, isRecord } from "@/lib/history/fields";

// How each audit event reads in the audit log, in the order the action filter
// lists them. tests/unit/history-audit-labels.test.ts reads the source for
// every action written with recordAudit and fails if one is missing here, or
// if one listed here is written nowhere (the action filter offers only real
// events).
// Importable from client code.
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  "auth.signin": "Signed in",
  "auth.signin_failed": "Sign-in failed",
  "auth.signin_throttled": "Sign-ins paused after repeated failures",
  "auth.signout": "Signed out",
  "user.created": "Account created",
  "user.role_changed": "Role changed",
  "user.disabled": "Account disabled",
  "user.enabled": "Account enabled again",
  "user.invited": "Colleague invited",
  "user.invitation_resent": "Invitation sent again",
  "user.invitation_revoked": "Invitation revoked",
  "user.joined": "Invitation accepted, password chosen",
  "auth.password_reset_requested": "Password reset link sent",
  "auth.password_reset": "Password reset from an emailed link",
  "user.password_changed": "Own password changed",
  "user.renamed": "Own name changed",
  "user.email_change_requested": "Email change asked for (waiting for confirmation)",
  "user.email_changed": "Email changed (confirmed from the new address)",
  "claim.created": "Claim logged",
  "claims.imported": "Claims imported",
  "claim.updated": "Claim edited",
  "claim.restored": "Earlier value restored",
  "claim.assigned": "Claim assigned",
  "appearance.added": "Appearance added",
  "appearance.removed": "Appearance removed",
  "source.created": "Source added",
  "source.archived": "Source archived",
  "source.rechecked": "Source re-archived: changed or vanished",
  "settlement.proposed": "Settlement of a prediction proposed",
  "settlement.published": "Settlement approved and published",
  "settlement.sent_back": "Settlement sent back",
  "evidence.added": "Source added to a claim's record",
  "evidence.changed": "Item of the record changed",
  "evidence.removed": "Source removed from a record",
  "verdict.proposed": "Verdict proposed for review",
  "verdict.sent_back": "Verdict sent back",
  "claim.published": "Verdict published",
  "claim.corrected": "Correction published",
  "claim.unpublished": "Verdict unpublished",
  "claim.archived": "Claim archived",
  "claim.merged": "Claims merged",
  "claim.reopened": "Claim reopened",
  "rating.created": "Rating added to the scale",
  "rating.updated": "Rating changed",
  "rating.reordered": "Scale reordered",
  "rating.retired": "Rating retired",
  "rating.restored": "Rating brought back",
  "rating.deleted": "Rating deleted",
  "job.run": "Background job run by hand",
  "job.retried": "Failed background job sent back for more tries",
  "job.dismissed": "Failed background job dismissed",
  "mail.read": "Email holding an account link read in the outbox",
  "mail.resent": "Email sent again from the outbox",
  "demo.seeded": "Demo data loaded",
};

export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_LABELS);

export const auditActionLabel = (action: string) => AUDIT_ACTION_LABELS[action] ?? action;

// An event's details as short "Key: value" text. Long values are cut: the log
// is for finding an event, the claim or account page for reading it whole.
const DETAIL_LIMIT = 80;

export function describeDetails(details: unknown, people: Record<string, string> = {}): string {
  if (!isRecord(details)) return "";
  return Object.entries(details)
    .map(([key, value]) => {
      const text = detailValue(key, value, people);
      return text === null ? null : `${detailLabel(key)}: ${shorten(text)}`;
    })
    .filter((part): part is string => part !== null)
    .join(" · ");
}

const DETAIL_LABELS: Record<string, string> = { fields: "Fields", assigneeId: "Assigned to", from: "From", to: "To", count: "Claims" };
const detailLabel = (key: string) => DETAIL_LABELS[key] ?? humanise(key);

function detailValue(key: string, value: unknown, people: Record<string, string>): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "string" && people[value]) return people[value];
  if (key === "fields" && Array.isArray(value)) return value.map((field) => fieldLabel(String(field))).join(", ");
  if (typeof value === "string" && value in ROLE_LABELS) return ROLE_LABELS[value as Role];
  if (typeof value === "string" && ISO_INSTANT.test(value)) return formatDateTime(new Date(value));
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "string" || typeof value === "number") return String(value);
  if (Array.isArray(value))
    return value
      .map((item) => detailValue(key, item, people) ?? "")
      .filter(Boolean)
      .join(", ");
  if (isRecord(value)) {
    // A change stored as { from, to } reads "before → after".
    if ("from" in value && "to" in value && Object.keys(value).length === 2) {
      return `${detailValue(key, value.from, people) ?? "(none)"} → ${detailValue(key, value.to, people) ?? "(none)"}`;
    }
    return Object.entries(value)
      .map(([inner, innerValue]) => `${detailLabel(inner)}: ${detailValue(inner, innerValue, people) ?? "(none)"}`)
      .join("; ");
  }
  return String(value);
}

const shorten = (text: string) => (text.length > DETAIL_LIMIT ? `${text.slice(0, DETAIL_LIMIT - 1)}…` : text);

// Ids of people a page of events names in its details (an assignee, the
// person before and after a reassignment), for one lookup. Any id-shaped
// string is a candidate; only the ones that are accounts get a name.
const ID_SHAPED = /^c[a-z0-9]{20,31}$/;

export function peopleInDetails(detailsList: unknown[]): string[] {
  const ids = new Set<string>();
  for (const details of detailsList) {
    if (!isRecord(details)) continue;
    for (const value of Object.values(details)) if (typeof value === "string" && ID_SHAPED.test(value)) ids.add(value);
  }
  return [...ids];
}
