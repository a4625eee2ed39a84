import Link from "next/link";
import { inputClass } from "@/components/ui/field";
import { AUDIT_ACTIONS, auditActionLabel } from "@/lib/history/audit-labels";
import { type AuditFilters, SYSTEM_ACTOR } from "@/lib/history/audit-schema";

// Filters travel in the URL (a GET form), so a filtered view can be shared
// and the back button works; nothing here changes anything.
export function AuditFiltersForm({ filters, people }: { filters: AuditFilters; people: { id: string; name: string }[] }) {
  return (
    <form method="get" action="/desk/audit" className="mt-4 grid gap-4 rounded border border-rule p-4 md:grid-cols-3" aria-label="Filter the audit log">
      <div className="space-y-1">
        <label htmlFor="audit-action" className="block text-sm font-medium">
          Action
        </label>
        <select id="audit-action" name="action" defaultValue={filters.action ?? ""} className={inputClass}>
          <option value="">Any action</option>
          {AUDIT_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {auditActionLabel(action)}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="audit-person" className="block text-sm font-medium">
          Person
        </label>
        <select id="audit-person" name="person" defaultValue={filters.person ?? ""} className={inputClass}>
          <option value="">Anyone</option>
          <option value={SYSTEM_ACTOR}>No one signed in (system)</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="audit-claim" className="block text-sm font-medium">
          Claim
        </label>
        <p id="audit-claim-hint" className="text-sm text-muted">
          The claim&apos;s id or its desk address.
        </p>
        <input id="audit-claim" name="claim" type="text" defaultValue={filters.claim ?? ""} className={inputClass} aria-describedby="audit-claim-hint" />
      </div>
      <div className="space-y-1">
        <label htmlFor="audit-from" className="block text-sm font-medium">
          From
        </label>
        <input id="audit-from" name="from" type="date" defaultValue={filters.from ?? ""} className={inputClass} aria-describedby="audit-dates-hint" />
      </div>
      <div className="space-y-1">
        <label htmlFor="audit-to" className="block text-sm font-medium">
          To
        </label>
        <input id="audit-to" name="to" type="date" defaultValue={filters.to ?? ""} className={inputClass} aria-describedby="audit-dates-hint" />
      </div>
      <p id="audit-dates-hint" className="self-end text-sm text-muted">
        Days run midnight to midnight UTC, both days included.
      </p>
      <div className="flex items-center gap-4 md:col-span-3">
        <button type="submit" className="rounded bg-blue-700 px-4 py-2 text-sm font-semibold text-white hover:bg-blue-800">
          Apply filters
        </button>
        <Link href="/desk/audit" className="text-sm">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
