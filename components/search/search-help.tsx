import Link from "next/link";
import { EMPTY_SEARCH, type SearchChoice, type SearchSuggestions, searchHref } from "@/lib/search/schema";

// What /search shows before anything is asked: how to write a search, with
// examples to follow, and the speakers and topics most checked as a place to
// start.

const EXAMPLES = [
  { q: "nuclear agreement", says: "verdicts with both words, in any order and anywhere: the claim, the quote, the verdict or the sources" },
  { q: '"nuclear agreement"', says: "the words together, as a phrase" },
  { q: "sanctions -oil", says: "a minus sign leaves out verdicts that mention a word" },
  { q: "ceasefire or truce", says: "either word" },
];

export function SearchHelp({ suggestions }: { suggestions: SearchSuggestions }) {
  return (
    <section aria-labelledby="search-help-heading" className="mt-8">
      <h2 id="search-help-heading" className="text-xl font-semibold">
        How to search
      </h2>
      <p className="mt-2 max-w-3xl text-muted">
        Search looks through every published verdict: what was claimed and quoted, who said it, our summary and reasoning, and the sources on the record. Words
        are matched in all their forms (“sanction” finds “sanctions”).
      </p>
      <dl className="mt-4 grid max-w-3xl gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        {EXAMPLES.map((example) => (
          <div key={example.q} className="contents">
            <dt>
              <Link href={searchHref(EMPTY_SEARCH, { q: example.q })} className="font-mono">
                {example.q}
              </Link>
            </dt>
            <dd className="text-muted">{example.says}</dd>
          </div>
        ))}
      </dl>
      {suggestions.speakers.length || suggestions.topics.length ? (
        <>
          <h2 className="mt-8 text-xl font-semibold">Or start from a speaker or a topic</h2>
          <div className="mt-3 grid gap-6 sm:grid-cols-2">
            <Suggestions title="Speakers checked most" choices={suggestions.speakers} field="speaker" />
            <Suggestions title="Topics checked most" choices={suggestions.topics} field="topic" />
          </div>
        </>
      ) : null}
    </section>
  );
}

function Suggestions({ title, choices, field }: { title: string; choices: SearchChoice[]; field: "speaker" | "topic" }) {
  if (choices.length === 0) return null;
  return (
    <div>
      <h3 className="font-semibold">{title}</h3>
      <ul className="mt-2 space-y-1">
        {choices.map((choice) => (
          <li key={choice.slug}>
            <Link href={searchHref(EMPTY_SEARCH, { [field]: choice.slug })}>{choice.name}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
