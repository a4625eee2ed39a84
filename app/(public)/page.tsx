import Link from "next/link";
import { RatingBadge } from "@/components/verdicts/rating-badge";
import { ForecastsComingDue } from "@/components/site/forecasts-coming-due";
import { SearchBox } from "@/components/site/search-box";
import { listForecastsComingDue, listLatestVerdicts } from "@/lib/claims/queries";
import { formatDateIn } from "@/lib/dates";

// Rendered per request rather than at build time (the build must not need a
// database), from the cached list of latest verdicts, which a publication
// expires (lib/publishing/revalidate.ts).
export const dynamic = "force-dynamic";

export default async function LatestVerdictsPage() {
  const [claims, forecasts] = await Promise.all([listLatestVerdicts(20), listForecastsComingDue(5)]);
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Latest verdicts</h1>
      <p className="mt-2 max-w-2xl text-muted">
        What officials said, checked against the record: wire reports, official readouts, documents and more.
      </p>
      <div className="mt-6">
        <SearchBox id="home-search" />
      </div>
      {claims.length === 0 ? (
        <p className="mt-8 rounded border border-rule p-6 text-muted">
          No verdicts have been published yet. Checked claims will appear here as soon as an editor publishes them.
        </p>
      ) : (
        <ol className="mt-8 divide-y divide-rule border-y border-rule">
          {claims.map((claim) => (
            <li key={claim.slug} className="py-5">
              <article>
                <p className="text-sm text-muted">
                  {claim.speaker.name} · said {formatDateIn(claim.madeAt, claim.madeAtTimeZone)}
                </p>
                <h2 className="mt-1 text-lg font-semibold">
                  <Link href={`/claims/${claim.slug}`}>{claim.text}</Link>
                </h2>
                {claim.verdict ? (
                  <p className="mt-2 flex flex-wrap items-center gap-3">
                    <RatingBadge label={claim.verdict.rating.label} colour={claim.verdict.rating.colour} />
                    <span>{claim.verdict.summary}</span>
                  </p>
                ) : null}
              </article>
            </li>
          ))}
        </ol>
      )}
      <p className="mt-4 text-sm">
        Older verdicts: browse by <Link href="/speakers">speaker</Link> or <Link href="/topics">topic</Link>, or <Link href="/search">search</Link>.
      </p>
      <ForecastsComingDue forecasts={forecasts} now={new Date()} />
    </>
  );
}
