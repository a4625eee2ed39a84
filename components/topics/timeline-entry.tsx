import Link from "next/link";
import { StanceMark } from "@/components/topics/stance-mark";
import { RatingBadge } from "@/components/verdicts/rating-badge";
import { CLAIM_KIND_LABELS, type Stance } from "@/lib/claims/labels";
import { EVENT_KIND_LABELS, formatDay, relativeToClaim } from "@/lib/timeline/wording";
import type { ContradictingSource, Divergence, TopicClaimEvent, TopicRecordEvent } from "@/lib/topics/timeline";

function When({ day, kind, symbol }: { day: string; kind: string; symbol: string }) {
  return (
    <p className="text-xs font-semibold uppercase tracking-wide text-muted">
      <time dateTime={day || undefined}>{formatDay(day)}</time> · <span aria-hidden="true">{symbol} </span>
      {kind}
    </p>
  );
}

// One claim on the axis, with its verdict; where the record contradicts it,
// the contradicting sources stand beside it.
export function ClaimEntry({ event }: { event: TopicClaimEvent }) {
  const { claim, divergence } = event;
  const tally = (stance: Stance) => claim.evidence.filter((item) => item.stance === stance).length;
  return (
    <div className={divergence ? "grid gap-4 md:grid-cols-2" : undefined}>
      <article className={`rounded border p-4 ${divergence ? "border-contradicts border-l-4" : "border-rule"}`}>
        <When day={event.day} symbol="◆" kind={`${EVENT_KIND_LABELS.said} · ${CLAIM_KIND_LABELS[claim.kind]}`} />
        <h4 className="mt-1 font-semibold">
          <Link href={`/claims/${claim.slug}`}>{claim.text}</Link>
        </h4>
        <p className="mt-1 text-sm">
          <Link href={`/speakers/${claim.speaker.slug}`}>{claim.speaker.name}</Link>
        </p>
        {claim.verdict ? (
          <p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
            <RatingBadge label={claim.verdict.rating.label} colour={claim.verdict.rating.colour} />
            <span>{claim.verdict.summary}</span>
          </p>
        ) : null}
        <p className="mt-2 text-sm">
          On its record:{" "}
          <span className="text-supports">
            <span aria-hidden="true">✓ </span>
            {tally("SUPPORTS")} supporting
          </span>
          {" · "}
          <span className="text-contradicts">
            <span aria-hidden="true">✗ </span>
            {tally("CONTRADICTS")} contradicting
          </span>
          {" · "}
          <span aria-hidden="true">○ </span>
          {tally("CONTEXT")} context
        </p>
      </article>
      {divergence ? (
        <DivergenceNote
          divergence={divergence}
          claimText={claim.text}
          label={claim.verdict?.rating.value === null ? null : (claim.verdict?.rating.label ?? null)}
        />
      ) : null}
    </div>
  );
}

// Each note is a landmark of its own, so its name says which claim it is
// about: a topic with several contradicted claims has several of them.
function DivergenceNote({ divergence, claimText, label }: { divergence: Divergence; claimText: string; label: string | null }) {
  const { contradicting, independent } = divergence;
  return (
    <aside aria-label={`Where the record diverges from: ${claimText}`} className="rounded border-2 border-contradicts p-4">
      <p className="font-semibold text-contradicts">
        <span aria-hidden="true">✗ </span>The record contradicts this claim
      </p>
      <p className="mt-1 text-sm">
        {label ? `Our verdict: ${label}. ` : "Not settled yet. "}
        {divergence.reason === "record" ? "Sources from around the same time say otherwise. " : ""}
        {contradicting.length
          ? `${independent} independent ${independent === 1 ? "source contradicts" : "sources contradict"} it:`
          : "No single source contradicts it outright, and nothing on the record bears it out."}
      </p>
      {contradicting.length ? (
        <ul className="mt-2 space-y-2 text-sm">
          {contradicting.map((source) => (
            <li key={source.id}>
              <ContradictingLine source={source} />
            </li>
          ))}
        </ul>
      ) : null}
    </aside>
  );
}

function ContradictingLine({ source }: { source: ContradictingSource }) {
  const when = relativeToClaim(source.daysFromClaim) ?? "undated";
  return (
    <>
      {source.url ? (
        <a href={source.url} rel="nofollow noopener noreferrer">
          {source.title}
        </a>
      ) : (
        source.title
      )}
      <span className="text-muted">
        {source.publisher ? ` · ${source.publisher}` : ""}
        {source.day ? ` · ${formatDay(source.day)}` : ""} ({when})
      </span>
    </>
  );
}

// One dated item of the record, with how it stands against each claim of
// the topic that cites it.
export function RecordEntry({ event }: { event: TopicRecordEvent }) {
  return (
    <article className="rounded border border-rule bg-gray-50 p-4">
      <When day={event.day} symbol="▪" kind={EVENT_KIND_LABELS[event.kind]} />
      <h4 className="mt-1 font-medium">
        {event.url ? (
          <a href={event.url} rel="nofollow noopener noreferrer">
            {event.title}
          </a>
        ) : (
          event.title
        )}
      </h4>
      {event.detail ? <p className="mt-1 text-sm">{event.detail}</p> : null}
      {event.correctionOf ? (
        <p className="mt-1 text-sm">
          On the verdict: <Link href={`/claims/${event.correctionOf.slug}`}>{event.correctionOf.text}</Link>
        </p>
      ) : null}
      {event.stances.length ? (
        <ul className="mt-2 space-y-1 text-sm">
          {event.stances.map((note) => (
            <li key={`${note.stance}:${note.claimSlug}`}>
              <StanceMark stance={note.stance} />: <Link href={`/claims/${note.claimSlug}`}>{note.claimText}</Link>
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}
