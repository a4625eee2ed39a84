import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/ui/pagination";
import { publicCorrections } from "@/lib/corrections/queries";
import { CORRECTION_KIND_LABELS, correctionsPageQuery } from "@/lib/corrections/schema";
import { formatDate } from "@/lib/dates";

export const metadata: Metadata = {
  title: "Corrections",
  description: "Every correction, update and clarification made to a published verdict, newest first.",
};

export default async function CorrectionsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const { page } = correctionsPageQuery.parse(await searchParams);
  const { corrections, total, pages } = await publicCorrections(page);
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold">Corrections</h1>
      <p className="mt-3 text-muted">
        When we get something wrong, or the record changes, we say so on the verdict page and here. A correction fixes an error; an update adds what became
        known later; a clarification makes the wording plainer. See the <Link href="/methodology">methodology</Link> for how we work.
      </p>
      {total === 0 ? (
        <p className="mt-8 rounded border border-rule p-4">No corrections so far.</p>
      ) : (
        <ol className="mt-8 space-y-6">
          {corrections.map((correction) => (
            <li key={correction.id} className="border-b border-rule pb-6">
              <p className="text-sm text-muted">
                <strong className="text-ink">{CORRECTION_KIND_LABELS[correction.kind]}</strong> · {formatDate(correction.publishedAt)}
              </p>
              <h2 className="mt-1 text-lg font-semibold">
                <Link href={`/claims/${correction.claim.slug}`}>{correction.claim.text}</Link>
              </h2>
              <p className="text-sm text-muted">{correction.claim.speaker.name}</p>
              <p className="mt-2">{correction.note}</p>
            </li>
          ))}
        </ol>
      )}
      <Pagination page={page} pages={pages} href={(target) => (target > 1 ? `/corrections?page=${target}` : "/corrections")} />
    </div>
  );
}
