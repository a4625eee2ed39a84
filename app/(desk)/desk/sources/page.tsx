import type { Metadata } from "next";
import { AddSourceForm } from "@/components/sources/add-source-form";
import { inputClass } from "@/components/ui/field";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/session";
import { SOURCE_TYPE_LABELS } from "@/lib/claims/labels";
import { formatDate } from "@/lib/dates";
import { listSources, sourceChoices } from "@/lib/sources/queries";
import { libraryQuery } from "@/lib/sources/schema";

export const metadata: Metadata = { title: "Source library" };

export default async function SourceLibraryPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireActor();
  const { q, page } = libraryQuery.parse(await searchParams);
  const [library, originals] = await Promise.all([listSources(actor, { query: q, page }), sourceChoices(actor)]);
  const href = (target: number) => {
    const params = new URLSearchParams();
    if (q) params.set("q", q);
    if (target > 1) params.set("page", String(target));
    const query = params.toString();
    return `/desk/sources${query ? `?${query}` : ""}`;
  };
  return (
    <>
      <h1 className="text-2xl font-bold">Source library</h1>
      <p className="mt-2 text-muted">Every item of the record, reusable across claims.</p>

      <form role="search" action="/desk/sources" className="mt-6 flex max-w-xl items-end gap-2">
        <label className="flex-1 text-sm font-medium">
          Search the library
          <input name="q" type="search" defaultValue={q} className={`${inputClass} mt-1`} placeholder="Title, outlet or address" />
        </label>
        <button type="submit" className="rounded border border-gray-500 bg-white px-4 py-2 text-sm font-semibold">
          Search
        </button>
      </form>

      <p className="mt-4 text-sm text-muted">
        {library.total} {library.total === 1 ? "source" : "sources"}
        {q ? ` matching “${q}”` : ""}
      </p>
      {library.sources.length === 0 ? (
        <p className="mt-2 rounded border border-rule p-4 text-muted">
          {q ? "No source matches. Try fewer words." : "The library is empty. Add the first source below."}
        </p>
      ) : (
        <ul className="mt-2 divide-y divide-rule border-y border-rule">
          {library.sources.map((source) => (
            <li key={source.id} className="py-3">
              <p className="font-medium">
                {source.url ? (
                  <a href={source.url} rel="nofollow noopener noreferrer">
                    {source.title}
                  </a>
                ) : (
                  source.title
                )}
              </p>
              <p className="text-sm text-muted">
                {SOURCE_TYPE_LABELS[source.type]}
                {source.publisher ? ` · ${source.publisher}` : ""}
                {source.publishedAt ? ` · ${formatDate(source.publishedAt)}` : ""}
                {` · on ${source._count.evidence} ${source._count.evidence === 1 ? "claim" : "claims"}`}
                {source.derivedFrom ? ` · a copy of “${source.derivedFrom.title}”` : ""}
                {source.snapshots[0] ? ` · last archived ${formatDate(source.snapshots[0].fetchedAt)}` : " · not archived"}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={library.page} pages={library.pages} href={href} />

      <section aria-labelledby="add-source-heading" className="mt-10 max-w-3xl">
        <h2 id="add-source-heading" className="text-lg font-semibold">
          Add a source
        </h2>
        <div className="mt-3">
          <AddSourceForm originals={originals} />
        </div>
      </section>
    </>
  );
}
