import Link from "next/link";
import { ForecastsComingDue } from "@/components/site/forecasts-coming-due";
import { SearchBox } from "@/components/site/search-box";
import { VerdictList } from "@/components/verdicts/verdict-list";
import { listForecastsComingDue, listLatestVerdicts } from "@/lib/claims/queries";

// Rendered per request rather than at build time (the build must not need a
// database), from the cached list of latest verdicts, which a publication
// expires (lib/caching/refresh-public-pages.ts).
export const dynamic = "force-dynamic";

export default async function LatestVerdictsPage() {
  const [claims, forecasts] = await Promise.all([listLatestVerdicts(20), listForecastsComingDue(5)]);
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Latest verdicts</h1>
      <p className="mt-2 max-w-2xl text-muted">What officials said, checked against the record: wire reports, official readouts, documents and more.</p>
      <div className="mt-6">
        <SearchBox id="home-search" />
      </div>
      {claims.length === 0 ? (
        <p className="mt-8 rounded border border-rule p-6 text-muted">
          No verdicts have been published yet. Checked claims will appear here as soon as an editor publishes them.
        </p>
      ) : (
        <VerdictList claims={claims} headingLevel={2} byline="speaker" />
      )}
      <p className="mt-4 text-sm">
        Older verdicts: browse by{" "}
        <Link href="/speakers" prefetch={false}>
          speaker
        </Link>{" "}
        or{" "}
        <Link href="/topics" prefetch={false}>
          topic
        </Link>
        , or{" "}
        <Link href="/search" prefetch={false}>
          search
        </Link>
        .
      </p>
      <ForecastsComingDue forecasts={forecasts} now={new Date()} />
    </>
  );
}
