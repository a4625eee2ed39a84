import Link from "next/link";
import { inputClass } from "@/components/ui/field";
import { CLAIM_KIND_LABELS, CLAIM_KINDS, CLAIM_STATUS_LABELS, CLAIM_STATUSES } from "@/lib/claims/labels";
import type { QueueChoices } from "@/lib/queue/queries";
import { QUEUE_PATH, QUEUE_SORT_LABELS, QUEUE_SORTS, type QueueFilters, queueSearchParams } from "@/lib/queue/schema";

// The queue's filters as a plain GET form: it works without JavaScript, and
// submitting it gives the view's URL, which can be shared. The fields come in
// the order of the canonical URL (lib/queue/schema.ts), so a submitted view
// is already at its own address. Sending the form starts from the first page.

const SCALE_GROUPS = [
  { appliesTo: "STATEMENT", label: "Statements" },
  { appliesTo: "FORECAST", label: "Predictions and promises" },
  { appliesTo: "ALL", label: "Any claim" },
] as const;

const labelClass = "block text-sm font-medium";

export function QueueFilterForm({ filters, choices }: { filters: QueueFilters; choices: QueueChoices }) {
  const assignee = filters.assignee === null ? "" : typeof filters.assignee === "string" ? filters.assignee : filters.assignee.userId;
  return (
    <form
      // A new view (a link followed on the page) draws the form afresh, so its
      // boxes and lists show that view and not what was ticked before.
      key={queueSearchParams(filters).toString()}
      method="get"
      action={QUEUE_PATH}
      aria-label="Filter the queue"
      className="mt-6 rounded border border-rule bg-slate-50 p-4"
    >
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <div className="space-y-1 sm:col-span-2">
          <label htmlFor="queue-q" className={labelClass}>
            Search claims
          </label>
          <input id="queue-q" name="q" type="search" defaultValue={filters.q ?? ""} maxLength={200} className={inputClass} aria-describedby="queue-q-hint" />
          <p id="queue-q-hint" className="text-sm text-muted">
            Words from the claim, its quote or context. Put a phrase in quotes; a minus sign leaves a word out.
          </p>
        </div>

        {/* Checkboxes, not a multiple select: several states take a click
            each, with no Ctrl or ⌘ to know about. Each ticked box sends
            status=…, as the select did, so old links still read the same. */}
        <fieldset className="space-y-1 sm:row-span-2" aria-describedby="queue-status-hint">
          <legend className={labelClass}>State</legend>
          <div className="flex flex-col gap-1 pt-1">
            {CLAIM_STATUSES.map((status) => (
              <label key={status} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="status" value={status} defaultChecked={filters.statuses.includes(status)} className="size-4" />
                {CLAIM_STATUS_LABELS[status]}
              </label>
            ))}
          </div>
          <p id="queue-status-hint" className="text-sm text-muted">
            With none ticked: every open claim (all but archived).
          </p>
        </fieldset>

        <div className="space-y-1">
          <label htmlFor="queue-assignee" className={labelClass}>
            Assignee
          </label>
          <select id="queue-assignee" name="assignee" defaultValue={assignee} className={inputClass}>
            <option value="">Anyone</option>
            <option value="me">Me</option>
            <option value="none">Nobody (unassigned)</option>
            <optgroup label="People">
              {choices.people.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
            </optgroup>
          </select>
        </div>

        <div className="space-y-1">
          <label htmlFor="queue-speaker" className={labelClass}>
            Speaker
          </label>
          <select id="queue-speaker" name="speaker" defaultValue={filters.speaker ?? ""} className={inputClass}>
            <option value="">Any speaker</option>
            {choices.speakers.map((speaker) => (
              <option key={speaker.slug} value={speaker.slug}>
                {speaker.name}
              </option>
            ))}
          </select>
        </div>

        <div className="space-y-1">
          <label htmlFor="queue-topic" className={labelClass}>
            Topic
          </label>
          <select id="queue-topic" name="topic" defaultValue={filters.topic ?? ""} className={inputClass}>
            <option value="">Any topic</option>
            {choices.topics.map((topic) => (
              <option key={topic.slug} value={topic.slug}>
                {topic.name}
              </option>
            ))}
          </select>
        </div>

        <div className="space-y-1">
          <label htmlFor="queue-kind" className={labelClass}>
            Kind
          </label>
          <select id="queue-kind" name="kind" defaultValue={filters.kind ?? ""} className={inputClass}>
            <option value="">Any kind</option>
            {CLAIM_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {CLAIM_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </div>

        <div className="space-y-1">
          <label htmlFor="queue-rating" className={labelClass}>
            Rating
          </label>
          <select id="queue-rating" name="rating" defaultValue={filters.rating ?? ""} className={inputClass}>
            <option value="">Any rating</option>
            <option value="none">No verdict yet</option>
            {SCALE_GROUPS.map((group) => {
              const ratings = choices.ratings.filter((rating) => rating.appliesTo === group.appliesTo);
              return ratings.length ? (
                <optgroup key={group.appliesTo} label={group.label}>
                  {ratings.map((rating) => (
                    <option key={rating.slug} value={rating.slug}>
                      {rating.label}
                    </option>
                  ))}
                </optgroup>
              ) : null;
            })}
          </select>
        </div>

        <div className="space-y-1">
          <label htmlFor="queue-from" className={labelClass}>
            Said from
          </label>
          <input id="queue-from" name="from" type="date" defaultValue={filters.from ?? ""} className={inputClass} />
        </div>

        <div className="space-y-1">
          <label htmlFor="queue-to" className={labelClass}>
            Said to
          </label>
          <input id="queue-to" name="to" type="date" defaultValue={filters.to ?? ""} className={inputClass} />
        </div>

        <div className="space-y-1">
          <label htmlFor="queue-sort" className={labelClass}>
            Sort by
          </label>
          <select id="queue-sort" name="sort" defaultValue={filters.sort} className={inputClass}>
            {QUEUE_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {QUEUE_SORT_LABELS[sort]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-blue-700 px-4 py-2 text-sm font-semibold text-white hover:bg-blue-800">
          Apply filters
        </button>
        <Link href={QUEUE_PATH} className="text-sm">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
