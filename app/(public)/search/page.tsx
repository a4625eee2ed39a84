import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SearchForm } from "@/components/search/search-form";
import { SearchHelp } from "@/components/search/search-help";
import { SearchResults } from "@/components/search/search-results";
import { searchChoices, searchSuggestions, searchVerdicts } from "@/lib/search/queries";
import { canonicalRedirect, checkChoices, isEmptySearch, parseSearchParams, SEARCH_PATH } from "@/lib/search/schema";

// Rendered for every request: each search is its own page. The results are
// read straight from the database (they are quick, and caching every search
// anyone types would fill the cache with one-off entries); the filters'
// choices and the suggestions come from the cached lists of published
// verdicts, which a publication expires.
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { filters } = parseSearchParams(await searchParams);
  return {
    title: filters.q ? `“${filters.q}”: search` : "Search verdicts",
    description: "Search every published verdict: what was claimed, who said it, our reasoning and the sources on the record.",
    alternates: { canonical: SEARCH_PATH },
    // Result pages are endless rearrangements of the verdict pages, which are
    // what search engines should list; the links on them are still followed.
    robots: isEmptySearch(filters) ? undefined : { index: false, follow: true },
  };
}

export default async function SearchPage({ searchParams }: Props) {
  const raw = await searchParams;
  const parsed = parseSearchParams(raw);
  // One address per search (the form also sends its empty fields), so a
  // search typed into the form and the same search from a link look alike.
  const canonical = canonicalRedirect(raw, parsed);
  if (canonical) redirect(canonical);
  const choices = await searchChoices();
  const { filters, problems } = checkChoices(parsed, choices);
  const empty = isEmptySearch(filters);
  const [results, suggestions] = await Promise.all([empty ? null : searchVerdicts(filters), empty ? searchSuggestions() : null]);

  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Search verdicts</h1>
      <SearchForm filters={filters} choices={choices} problems={problems} />
      {problems
        .filter((problem) => problem.field === "page")
        .map((problem) => (
          <p key={problem.message} className="mt-4 font-medium text-red-700">
            {problem.message}
          </p>
        ))}
      {suggestions ? <SearchHelp suggestions={suggestions} /> : null}
      {results ? <SearchResults results={results} filters={filters} choices={choices} /> : null}
    </>
  );
}
