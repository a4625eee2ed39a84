// A plain GET form to /search: works without JavaScript, and the address of
// the results can be shared.
export function SearchBox({ id = "site-search", defaultValue = "" }: { id?: string; defaultValue?: string }) {
  return (
    <form action="/search" method="get" role="search" aria-label="Search verdicts" className="flex max-w-xl flex-wrap items-end gap-2">
      <div className="min-w-0 flex-1">
        <label htmlFor={id} className="block text-sm font-medium">
          Search claims, speakers and sources
        </label>
        <input
          id={id}
          name="q"
          type="search"
          defaultValue={defaultValue}
          placeholder='e.g. nuclear restraint, or "ceasefire" -Lebanon'
          className="mt-1 w-full rounded border border-gray-500 px-3 py-2"
        />
      </div>
      <button type="submit" className="rounded bg-accent px-4 py-2 font-semibold text-white">
        Search
      </button>
    </form>
  );
}
