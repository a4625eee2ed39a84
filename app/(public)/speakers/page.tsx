import type { Metadata } from "next";
import Link from "next/link";
import { SpeakerDirectoryList } from "@/components/speakers/speaker-directory";
import { Pagination } from "@/components/ui/pagination";
import { pageAlternates } from "@/lib/feeds/alternates";
import { speakerDirectory } from "@/lib/speakers/directory";
import { type SpeakerSort, speakerIndexQuery } from "@/lib/speakers/schema";

// Rendered per request (the build needs no database) from the cached list of
// published verdicts, which every publication expires.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Speakers",
  description: "Everyone whose claims we have checked, with how many published verdicts each has and how they were rated.",
  alternates: pageAlternates("/speakers"),
};

const SORTS: { sort: SpeakerSort; label: string }[] = [
  { sort: "recent", label: "Most recent verdict" },
  { sort: "name", label: "Name" },
];

const address = (sort: SpeakerSort, page: number) => {
  const query = new URLSearchParams();
  if (sort !== "recent") query.set("sort", sort);
  if (page > 1) query.set("page", String(page));
  const search = query.toString();
  return search ? `/speakers?${search}` : "/speakers";
};

export default async function SpeakersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { sort, page } = speakerIndexQuery.parse(await searchParams);
  const directory = await speakerDirectory(sort, page);
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Speakers</h1>
      <p className="mt-2 max-w-2xl text-muted">
        Everyone whose claims we have checked and published, with their track record. Choose a speaker to see every verdict and their forecasts.
      </p>
      {directory.total === 0 ? (
        <p className="mt-8 rounded border border-rule p-6 text-muted">
          No verdicts have been published yet, so no speaker is listed. Speakers appear here with their first published verdict; until then, see{" "}
          <Link href="/methodology">how we check claims</Link>.
        </p>
      ) : (
        <>
          <nav aria-label="Sort speakers" className="mt-6 flex flex-wrap gap-3 text-sm">
            <span>Sort by:</span>
            {SORTS.map((option) => (
              <Link
                key={option.sort}
                href={address(option.sort, 1)}
                aria-current={option.sort === sort ? "true" : undefined}
                className={option.sort === sort ? "font-semibold text-ink no-underline" : undefined}
              >
                {option.label}
              </Link>
            ))}
          </nav>
          <p className="mt-2 text-sm text-muted">
            {directory.total} {directory.total === 1 ? "speaker" : "speakers"} with published verdicts.
          </p>
          {directory.speakers.length === 0 ? (
            <p className="mt-6 rounded border border-rule p-6">
              There is no page {page} of this list. <Link href={address(sort, 1)}>Go to the first page</Link>.
            </p>
          ) : (
            <SpeakerDirectoryList speakers={directory.speakers} />
          )}
          <Pagination page={Math.min(page, directory.pages)} pages={directory.pages} href={(target) => address(sort, target)} />
        </>
      )}
    </>
  );
}
