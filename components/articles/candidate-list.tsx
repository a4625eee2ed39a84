"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Select, TextArea, TextInput } from "@/components/claims/claim-form-fields";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { logTickedClaims } from "@/lib/articles/actions";
import type { ArticleRead, CandidateOnDesk } from "@/lib/articles/types";
import { CLAIM_KIND_LABELS, CLAIM_KINDS, CLAIM_STATUS_LABELS } from "@/lib/claims/labels";
import { type FormState, fieldError, idle, submittedList } from "@/lib/form-state";

type SpeakerChoice = { id: string; name: string; title: string | null };

// The candidates found in one article, in the article's order (reporters
// read it top to bottom), each with its score, its reasons and what the desk
// already has like it.
export function CandidateList({ article, speakers }: { article: ArticleRead; speakers: SpeakerChoice[] }) {
  const [state, log] = useActionState(logTickedClaims, idle);
  const ticked = new Set(submittedList(state, "pick") ?? []);
  // Which candidates (by their number on the page) a refusal is about.
  const needAttention =
    state.status === "invalid"
      ? article.candidates.flatMap((candidate, index) => (Object.keys(state.fieldErrors).some((key) => key.endsWith(`.${candidate.id}`)) ? [index + 1] : []))
      : [];
  if (article.candidates.length === 0) {
    return (
      <section aria-labelledby="candidates-heading">
        <h2 id="candidates-heading" className="text-xl font-semibold">
          No candidate claims found
        </h2>
        <p className="mt-2 text-muted">
          Nothing in this text is attributed to a speaker, forecast, promised or counted. Log a claim by hand from the{" "}
          <Link href="/desk/claims/new">log form</Link>.
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="candidates-heading">
      <h2 id="candidates-heading" className="text-xl font-semibold">
        {article.candidates.length} candidate {article.candidates.length === 1 ? "claim" : "claims"} in {article.words.toLocaleString("en")} words
      </h2>
      {article.articleTitle ? <p className="mt-1 text-sm text-muted">From “{article.articleTitle}”, archived to the source library.</p> : null}
      <p className="mt-1 text-sm text-muted">Tick the ones to check, adjust the wording, then log them together. Each is logged as a draft.</p>
      <form action={log} className="mt-4 space-y-4" noValidate>
        <FormMessage state={state} />
        {needAttention.length ? (
          <p className="text-sm font-medium text-red-700">
            Look at candidate{needAttention.length > 1 ? "s" : ""} {needAttention.join(", ")}: {needAttention.length > 1 ? "their" : "its"} details show what to
            fix.
          </p>
        ) : null}
        {fieldError(state, "pick") ? <p className="text-sm font-medium text-red-700">{fieldError(state, "pick")}</p> : null}
        {article.articleUrl ? <input type="hidden" name="articleUrl" value={article.articleUrl} /> : null}
        {article.articleSourceId ? <input type="hidden" name="articleSourceId" value={article.articleSourceId} /> : null}
        <ol className="space-y-4">
          {article.candidates.map((candidate, index) => (
            <CandidateCard
              key={candidate.id}
              candidate={candidate}
              number={index + 1}
              state={state}
              ticked={ticked.has(candidate.id)}
              publishedOn={article.publishedOn}
              speakers={speakers}
            />
          ))}
        </ol>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="assignToMe" defaultChecked={submittedList(state, "assignToMe")?.includes("on") ?? false} /> Assign the logged claims to
          me
        </label>
        {article.articleSourceId ? (
          <p className="text-sm text-muted">Each logged claim gets the link as its first appearance and the archived article on its record, as context.</p>
        ) : null}
        <SubmitButton pendingLabel="Logging…">Log ticked claims</SubmitButton>
      </form>
    </section>
  );
}

function CandidateCard({
  candidate,
  number,
  state,
  ticked,
  publishedOn,
  speakers,
}: {
  candidate: CandidateOnDesk;
  number: number;
  state: FormState;
  ticked: boolean;
  publishedOn: string;
  speakers: SpeakerChoice[];
}) {
  const id = candidate.id;
  const headingId = `candidate-${id}`;
  // Speakers that read like the guessed name come first; the rest follow.
  const known = new Set(candidate.knownSpeakers.map((speaker) => speaker.id));
  const speakerOptions = [...candidate.knownSpeakers, ...speakers.filter((speaker) => !known.has(speaker.id))].map((speaker) => ({
    value: speaker.id,
    label: speaker.title ? `${speaker.name} (${speaker.title})` : speaker.name,
  }));
  return (
    <li className="rounded border border-rule p-4" aria-labelledby={headingId}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h3 id={headingId} className="font-semibold">
          Candidate {number}: <span className="font-normal">{candidate.sentence}</span>
        </h3>
        <p className="shrink-0 rounded bg-gray-100 px-2 py-0.5 text-sm">Check-worthiness {candidate.score}/100</p>
      </div>
      <ul className="mt-1 list-disc pl-5 text-sm text-muted" aria-label={`Why candidate ${number} was picked`}>
        {candidate.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {candidate.alikeClaims.length > 0 ? (
        <div className="mt-2 rounded border-l-4 border-amber-600 bg-amber-50 px-3 py-2 text-sm">
          <p>Already on the desk, reading alike:</p>
          <ul className="mt-1">
            {candidate.alikeClaims.map((claim) => (
              <li key={claim.id}>
                <Link href={`/desk/claims/${claim.id}`} target="_blank">
                  {claim.text}
                  <span className="sr-only"> (opens in a new tab)</span>
                </Link>{" "}
                <span className="text-muted">
                  · {claim.speaker} · {CLAIM_STATUS_LABELS[claim.status]} · {Math.round(Math.min(claim.score, 1) * 100)}% alike
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <label className="mt-3 flex items-center gap-2 font-medium" key={`pick-${ticked}`}>
        <input type="checkbox" name="pick" value={id} defaultChecked={ticked} /> Log candidate {number}
      </label>
      <details className="mt-2" open={ticked || Object.keys(state.status === "invalid" ? state.fieldErrors : {}).some((key) => key.endsWith(`.${id}`))}>
        <summary className="cursor-pointer text-sm">Check the details for candidate {number}</summary>
        <div className="mt-3 space-y-3">
          <TextArea state={state} name={`text.${id}`} label="The claim in one short sentence" rows={2} defaultValue={candidate.claim} />
          {candidate.quote ? <TextArea state={state} name={`quote.${id}`} label="Verbatim quote" rows={2} defaultValue={candidate.quote} /> : null}
          <div className="grid gap-3 md:grid-cols-2">
            <Select
              state={state}
              name={`speakerId.${id}`}
              label="Speaker"
              placeholder="A new speaker, named beside"
              options={speakerOptions}
              defaultValue={candidate.knownSpeakers[0]?.id ?? ""}
              hint={candidate.knownSpeakers.length ? "Matched to a speaker already on the desk; change it if wrong." : undefined}
            />
            <TextInput
              state={state}
              name={`speaker.${id}`}
              label="New speaker's name"
              defaultValue={candidate.speaker?.name}
              hint="Used when no speaker is chosen in the list."
            />
            <TextInput state={state} name={`speakerTitle.${id}`} label="New speaker's title or role" defaultValue={candidate.speaker?.title} />
          </div>
          <div className="grid gap-3 md:grid-cols-3">
            <TextInput state={state} name={`madeAt.${id}`} label="Date it was said" type="date" defaultValue={candidate.madeOn ?? publishedOn} />
            <Select
              state={state}
              name={`kind.${id}`}
              label="Kind of claim"
              placeholder="Choose…"
              defaultValue={candidate.kind}
              options={CLAIM_KINDS.map((value) => ({ value, label: CLAIM_KIND_LABELS[value] }))}
            />
            <TextInput state={state} name={`settleBy.${id}`} label="Checkable by (predictions and promises)" type="date" defaultValue={candidate.settleBy} />
          </div>
          <TextInput
            state={state}
            name={`settleCriteria.${id}`}
            label="What would settle it (predictions and promises)"
            defaultValue={candidate.kind === "STATEMENT" ? undefined : "It happens as stated by the checkable-by date."}
          />
        </div>
      </details>
    </li>
  );
}
