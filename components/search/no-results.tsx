import Link from "next/link";
import { formatDate } from "@/lib/dates";
import { type SearchChoices, type SearchFilters, searchHref } from "@/lib/search/schema";

// Nothing matched: say what to change. Each filter in force is offered as a
// link that drops just that one; then the words themselves.

type Props = { filters: SearchFilters; choices: SearchChoices; onlyCommonWords: boolean };

const nameOf = (list: { slug: string; name: string }[], slug: string) => list.find((choice) => choice.slug === slug)?.name ?? slug;
const day = (value: string) => formatDate(new Date(`${value}T00:00:00Z`));

function droppable(filters: SearchFilters, choices: SearchChoices) {
  const drops: { label: string; href: string }[] = [];
  if (filters.rating) drops.push({ label: `any rating, not only “${nameOf(choices.ratings, filters.rating)}”`, href: searchHref(filters, { rating: null }) });
  if (filters.speaker)
    drops.push({ label: `any speaker, not only ${nameOf(choices.speakers, filters.speaker)}`, href: searchHref(filters, { speaker: null }) });
  if (filters.topic) drops.push({ label: `any topic, not only “${nameOf(choices.topics, filters.topic)}”`, href: searchHref(filters, { topic: null }) });
  if (filters.from || filters.to) {
    const range =
      filters.from && filters.to
        ? `between ${day(filters.from)} and ${day(filters.to)}`
        : filters.from
          ? `from ${day(filters.from)}`
          : `until ${day(filters.to!)}`;
    drops.push({ label: `any date, not only claims said ${range}`, href: searchHref(filters, { from: null, to: null }) });
  }
  return drops;
}

export function NoResults({ filters, choices, onlyCommonWords }: Props) {
  const drops = droppable(filters, choices);
  const quoted = filters.q?.includes('"') ?? false;
  return (
    <div className="mt-2 max-w-3xl space-y-3">
      {onlyCommonWords ? (
        <p>Your search has only very common words (such as “the” or “will”), which are not searched on their own. Add a more specific word.</p>
      ) : null}
      {drops.length ? (
        <div>
          <p>Try again with fewer filters:</p>
          <ul className="mt-1 list-disc pl-6">
            {drops.map((drop) => (
              <li key={drop.href}>
                <Link href={drop.href}>{drop.label}</Link>
              </li>
            ))}
            {drops.length > 1 && filters.q ? (
              <li>
                <Link href={searchHref({ ...filters, rating: null, speaker: null, topic: null, from: null, to: null })}>no filters at all</Link>
              </li>
            ) : null}
          </ul>
        </div>
      ) : null}
      {filters.q ? (
        <p>
          Check the spelling, or use fewer words: every word must appear in a verdict unless you put <strong>or</strong> between them.
          {quoted ? " Words in quotes must appear together, in that order; without the quotes they may appear anywhere." : ""}
        </p>
      ) : null}
      <p>
        Or browse the <Link href="/">latest verdicts</Link>.
      </p>
    </div>
  );
}
