import Link from "next/link";
import { Field, inputClass } from "@/components/ui/field";
import { MAX_QUERY_LENGTH, SEARCH_PATH, type SearchChoice, type SearchChoices, type SearchFilters, type SearchProblem } from "@/lib/search/schema";

// The search as a plain GET form: it works without JavaScript, Enter in any
// field submits it, and the results' address can be shared. Fields come in
// the order of the canonical address (lib/search/schema.ts searchHref).
// Anything in the address that could not be used is named beside its field.

type Props = { filters: SearchFilters; choices: SearchChoices; problems: SearchProblem[] };

function ChoiceField(props: {
  field: "rating" | "speaker" | "topic";
  label: string;
  anyLabel: string;
  value: string | null;
  choices: SearchChoice[];
  error?: string;
}) {
  const id = `search-${props.field}`;
  return (
    <Field id={id} label={props.label} error={props.error}>
      {(describedBy, invalid) => (
        <select
          id={id}
          name={props.field}
          defaultValue={props.value ?? ""}
          className={inputClass}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
        >
          <option value="">{props.anyLabel}</option>
          {props.choices.map((choice) => (
            <option key={choice.slug} value={choice.slug}>
              {choice.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function DateField(props: { field: "from" | "to"; label: string; value: string | null; error?: string }) {
  const id = `search-${props.field}`;
  return (
    <Field id={id} label={props.label} error={props.error}>
      {(describedBy, invalid) => (
        <input
          id={id}
          name={props.field}
          type="date"
          defaultValue={props.value ?? ""}
          className={inputClass}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
        />
      )}
    </Field>
  );
}

export function SearchForm({ filters, choices, problems }: Props) {
  const errorFor = (field: SearchProblem["field"]) =>
    problems
      .filter((problem) => problem.field === field)
      .map((problem) => problem.message)
      .join(" ") || undefined;
  return (
    <form method="get" action={SEARCH_PATH} role="search" aria-label="Search verdicts" className="mt-6 rounded border border-rule bg-slate-50 p-4">
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1">
          <Field
            id="search-q"
            label="Search claims, speakers, verdicts and sources"
            hint={`Put a phrase in "quotes", use -word to leave a word out, and or between alternatives.`}
            error={errorFor("q")}
          >
            {(describedBy, invalid) => (
              <input
                id="search-q"
                name="q"
                type="search"
                defaultValue={filters.q ?? ""}
                maxLength={MAX_QUERY_LENGTH}
                className={inputClass}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
              />
            )}
          </Field>
        </div>
        <button type="submit" className="rounded bg-accent px-5 py-2 font-semibold text-white">
          Search
        </button>
      </div>
      <fieldset className="mt-4">
        <legend className="text-sm font-semibold">Narrow the results</legend>
        <div className="mt-2 grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
          <ChoiceField field="rating" label="Rating" anyLabel="Any rating" value={filters.rating} choices={choices.ratings} error={errorFor("rating")} />
          <ChoiceField field="speaker" label="Speaker" anyLabel="Any speaker" value={filters.speaker} choices={choices.speakers} error={errorFor("speaker")} />
          <ChoiceField field="topic" label="Topic" anyLabel="Any topic" value={filters.topic} choices={choices.topics} error={errorFor("topic")} />
          <DateField field="from" label="Said from" value={filters.from} error={errorFor("from")} />
          <DateField field="to" label="Said until" value={filters.to} error={errorFor("to")} />
        </div>
      </fieldset>
      <p className="mt-4 text-sm">
        <Link href={SEARCH_PATH}>Start a new search</Link>
      </p>
    </form>
  );
}
