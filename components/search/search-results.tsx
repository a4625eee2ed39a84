import Link from "next/link";
import { NoResults } from "@/components/search/no-results";
import { SearchPages } from "@/components/search/search-pages";
import { SearchResult } from "@/components/search/search-result";
import type { SearchResults as Results } from "@/lib/search/queries";
import { SEARCH_MAX_PAGE, SEARCH_RANKED_MATCHES, type SearchChoices, type SearchFilters, searchHref } from "@/lib/search/schema";

// The answer to a search: how many verdicts match, one page of them, the
// pages, or what to change when nothing matched.

const verdicts = (count: number) => `${count.toLocaleString("en-GB")} ${count === 1 ? "verdict matches" : "verdicts match"}`;

export function SearchResults({ results, filters, choices }: { results: Results; filters: SearchFilters; choices: SearchChoices }) {
  const lastPage = Math.min(results.pages, SEARCH_MAX_PAGE);
  return (
    <section aria-labelledby="results-heading" className="mt-8">
      <h2 id="results-heading" className="text-xl font-semibold">
        {results.total === 0 ? "No verdicts match" : verdicts(results.total)}
        {filters.q ? ` “${filters.q}”` : ""}
        {lastPage > 1 && results.hits.length > 0 ? (
          <span className="font-normal text-muted">
            {" "}
            · page {results.page} of {lastPage}
          </span>
        ) : null}
      </h2>
      {results.total === 0 ? <NoResults filters={filters} choices={choices} onlyCommonWords={results.onlyCommonWords} /> : null}
      {results.total > 0 && results.hits.length === 0 ? (
        <p className="mt-2">
          There {lastPage === 1 ? "is only 1 page" : `are only ${lastPage} pages`} of results.{" "}
          <Link href={searchHref(filters, { page: lastPage })}>Go to the last page</Link>.
        </p>
      ) : null}
      {results.hits.length > 0 ? (
        <ol className="mt-4 divide-y divide-rule border-y border-rule">
          {results.hits.map((hit) => (
            <li key={hit.slug} className="py-5">
              <SearchResult hit={hit} searched={filters.q !== null} />
            </li>
          ))}
        </ol>
      ) : null}
      <SearchPages page={results.page} pages={lastPage} href={(page) => searchHref(filters, { page })} />
      {results.total > SEARCH_RANKED_MATCHES ? (
        <p className="mt-3 text-sm text-muted">
          So many verdicts match that the {SEARCH_RANKED_MATCHES.toLocaleString("en-GB")} most recent are ranked and shown here. Add a word or a filter to reach
          older ones.
        </p>
      ) : null}
    </section>
  );
}
