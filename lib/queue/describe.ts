import { CLAIM_KIND_LABELS, CLAIM_STATUS_LABELS } from "@/lib/claims/labels";
import { formatDate } from "@/lib/dates";
import { type QueueFilters, startOfDay } from "@/lib/queue/schema";

// The filters in force, in words ("said by Maria Costa", "in review"), with
// the change that would drop each one: the empty queue says what to change.

export type FilterNames = {
  people: { id: string; name: string }[];
  speakers: { slug: string; name: string }[];
  topics: { slug: string; name: string }[];
  ratings: { slug: string; label: string }[];
};

export type ActiveFilter = { label: string; without: Partial<QueueFilters> };

const day = (value: string) => formatDate(startOfDay(value));
const or = (words: string[]) => (words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} or ${words.at(-1)}`);

export function describeFilters(filters: QueueFilters, names: FilterNames): ActiveFilter[] {
  const found: ActiveFilter[] = [];
  if (filters.q) found.push({ label: `matching “${filters.q}”`, without: { q: null } });
  if (filters.statuses.length) {
    found.push({ label: `in the state ${or(filters.statuses.map((status) => CLAIM_STATUS_LABELS[status].toLowerCase()))}`, without: { statuses: [] } });
  }
  if (filters.assignee === "none") found.push({ label: "assigned to nobody", without: { assignee: null } });
  else if (filters.assignee === "me") found.push({ label: "assigned to you", without: { assignee: null } });
  else if (filters.assignee) {
    const userId = filters.assignee.userId;
    found.push({
      label: `assigned to ${names.people.find((person) => person.id === userId)?.name ?? "someone no longer on the desk"}`,
      without: { assignee: null },
    });
  }
  if (filters.speaker) {
    found.push({
      label: `said by ${names.speakers.find((speaker) => speaker.slug === filters.speaker)?.name ?? `an unknown speaker (${filters.speaker})`}`,
      without: { speaker: null },
    });
  }
  if (filters.topic) {
    found.push({
      label: `on ${names.topics.find((topic) => topic.slug === filters.topic)?.name ?? `an unknown topic (${filters.topic})`}`,
      without: { topic: null },
    });
  }
  if (filters.kind) found.push({ label: `of the kind ${CLAIM_KIND_LABELS[filters.kind].toLowerCase()}`, without: { kind: null } });
  if (filters.rating === "none") found.push({ label: "with no verdict yet", without: { rating: null } });
  else if (filters.rating) {
    found.push({
      label: `rated ${names.ratings.find((rating) => rating.slug === filters.rating)?.label ?? `with an unknown rating (${filters.rating})`}`,
      without: { rating: null },
    });
  }
  if (filters.from && filters.to) found.push({ label: `said between ${day(filters.from)} and ${day(filters.to)}`, without: { from: null, to: null } });
  else if (filters.from) found.push({ label: `said on or after ${day(filters.from)}`, without: { from: null } });
  else if (filters.to) found.push({ label: `said on or before ${day(filters.to)}`, without: { to: null } });
  return found;
}
