"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { TextArea, TextInput } from "@/components/claims/claim-form-fields";
import { Field, inputClass } from "@/components/ui/field";
import type { CandidateOnDesk } from "@/lib/articles/types";
import { CLAIM_KIND_LABELS, CLAIM_KINDS, CLAIM_STATUS_LABELS } from "@/lib/claims/labels";
import type { MarketOdds } from "@/lib/extract";
import { type FormState, fieldError, submittedValue } from "@/lib/form-state";

export type SpeakerChoice = { id: string; name: string; title: string | null };

// "4 March 2026" for a YYYY-MM-DD day, whatever the browser's time zone.
const dayLabel = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

const isForecast = (kind: string) => kind === "PREDICTION" || kind === "PROMISE";

// One candidate claim: what it says, who said it, what kind of claim it is and
// its dates at a glance; ticking it opens the details to check before logging.
export function CandidateCard({
  candidate,
  number,
  state,
  ticked,
  publishedOn,
  speakers,
  odds,
}: {
  candidate: CandidateOnDesk;
  number: number;
  state: FormState;
  ticked: boolean;
  publishedOn: string;
  speakers: SpeakerChoice[];
  /** Odds in the article about this candidate, offered as market-odds evidence. */
  odds: MarketOdds[];
}) {
  const id = candidate.id;
  const headingId = `candidate-${id}`;
  const hasErrors = state.status === "invalid" && Object.keys(state.fieldErrors).some((key) => key.endsWith(`.${id}`));
  // What the form was sent with after a refusal, else the reader's guesses.
  const sent = {
    speakerId: submittedValue(state, `speakerId.${id}`) ?? candidate.knownSpeakers[0]?.id ?? "",
    kind: submittedValue(state, `kind.${id}`) ?? candidate.kind,
    settleBy: submittedValue(state, `settleBy.${id}`) ?? candidate.settleBy ?? "",
  };
  const [picked, setPicked] = useState(ticked);
  const [open, setOpen] = useState(ticked || hasErrors);
  const [speakerId, setSpeakerId] = useState(sent.speakerId);
  const [kind, setKind] = useState<string>(sent.kind);
  const [settleBy, setSettleBy] = useState(sent.settleBy);
  // React resets the form's fields after each action; the fields below are
  // keyed by what was sent, so they come back as sent, and the card follows.
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    setPicked(ticked);
    setSpeakerId(sent.speakerId);
    setKind(sent.kind);
    setSettleBy(sent.settleBy);
  }
  const settleByInput = useRef<HTMLInputElement>(null);
  const [askedForDate, setAskedForDate] = useState(false);
  const needsDate = isForecast(kind) && !settleBy;

  // A refusal opens the cards it is about.
  useEffect(() => {
    if (hasErrors) setOpen(true);
  }, [hasErrors]);
  // Ticking a forecast with no checkable-by date takes the reporter to the date.
  useEffect(() => {
    if (askedForDate) settleByInput.current?.focus();
  }, [askedForDate]);

  // Speakers that read like the guessed name come first; the rest follow.
  const known = new Set(candidate.knownSpeakers.map((speaker) => speaker.id));
  const speakerOptions = [...candidate.knownSpeakers, ...speakers.filter((speaker) => !known.has(speaker.id))].map((speaker) => ({
    value: speaker.id,
    label: speaker.title ? `${speaker.name} (${speaker.title})` : speaker.name,
  }));
  const chosenSpeaker = speakerOptions.find((option) => option.value === speakerId);
  const guessed = candidate.speaker ? (candidate.speaker.title ? `${candidate.speaker.name} (${candidate.speaker.title})` : candidate.speaker.name) : undefined;
  const speakerError = fieldError(state, `speaker.${id}`);

  const tick = (checked: boolean) => {
    setPicked(checked);
    if (checked) setOpen(true);
    setAskedForDate(checked && needsDate);
  };

  return (
    <li className="rounded border border-rule p-4" aria-labelledby={headingId}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h3 id={headingId} className="font-semibold">
          Candidate {number}: <span className="font-normal">{candidate.sentence}</span>
        </h3>
        <p className="shrink-0 rounded bg-gray-100 px-2 py-0.5 text-sm">Check-worthiness {candidate.score}/100</p>
      </div>
      <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]" aria-label={`What candidate ${number} is`}>
        <dt className="font-medium">Speaker</dt>
        <dd>
          {chosenSpeaker ? (
            <>
              {chosenSpeaker.label} <span className="text-muted">(on the desk)</span>
            </>
          ) : guessed ? (
            <>
              {guessed} <span className="text-muted">(new to the desk)</span>
            </>
          ) : (
            <span className="text-amber-800">None found: name one in the details</span>
          )}
        </dd>
        <dt className="font-medium">Kind</dt>
        <dd>{CLAIM_KIND_LABELS[kind as keyof typeof CLAIM_KIND_LABELS] ?? kind}</dd>
        <dt className="font-medium">Said on</dt>
        <dd>{dayLabel(candidate.madeOn ?? publishedOn)}</dd>
        {isForecast(kind) ? (
          <>
            <dt className="font-medium">Checkable by</dt>
            <dd>{settleBy ? dayLabel(settleBy) : <span className="font-medium text-amber-800">Not named in the article: give a date before logging</span>}</dd>
          </>
        ) : null}
      </dl>
      <ul className="mt-2 list-disc pl-5 text-sm text-muted" aria-label={`Why candidate ${number} was picked`}>
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
      {odds.length > 0 ? (
        <fieldset className="mt-2 rounded border-l-4 border-sky-700 bg-sky-50 px-3 py-2 text-sm">
          <legend className="sr-only">Market odds for candidate {number}</legend>
          <p>Odds in the article about this:</p>
          {odds.map((item) => (
            <label key={item.id} className="mt-1 flex items-start gap-2">
              <input type="checkbox" name={`odds.${id}`} value={item.id} defaultChecked />
              <input type="hidden" name={`oddsBy.${item.id}`} value={item.by ?? "A market quoted in the article"} />
              <input type="hidden" name={`oddsPercent.${item.id}`} value={item.percent} />
              <input type="hidden" name={`oddsSentence.${item.id}`} value={item.sentence} />
              <span>
                Attach as market-odds evidence: {item.by ?? "a market"} at {item.percent}% (“{item.sentence}”)
              </span>
            </label>
          ))}
        </fieldset>
      ) : null}
      <label className="mt-3 flex items-center gap-2 font-medium">
        <input key={`pick-${ticked}`} type="checkbox" name="pick" value={id} defaultChecked={ticked} onChange={(event) => tick(event.target.checked)} /> Log
        candidate {number}
      </label>
      {picked && needsDate ? (
        <p className="mt-1 text-sm font-medium text-amber-800" role="status">
          A {kind === "PROMISE" ? "promise" : "prediction"} needs the date by which it can be checked: give it under “Checkable by” before logging.
        </p>
      ) : null}
      <details className="mt-2" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary className="cursor-pointer text-sm">Check the details for candidate {number}</summary>
        <div className="mt-3 space-y-3">
          <TextArea state={state} name={`text.${id}`} label="The claim in one short sentence" rows={2} defaultValue={candidate.claim} />
          <TextArea
            state={state}
            name={`quote.${id}`}
            label="Verbatim quote"
            rows={2}
            defaultValue={candidate.quote ?? ""}
            hint={
              candidate.quote
                ? "The words inside quotation marks in the article."
                : "No quotation marks around this claim in the article; paste the exact words if you have them."
            }
          />
          <div className="grid gap-3 md:grid-cols-2">
            <Field
              id={`speakerId.${id}`}
              label="Speaker"
              hint={candidate.knownSpeakers.length ? "Matched to a speaker already on the desk; change it if wrong." : undefined}
              error={speakerId ? speakerError : undefined}
            >
              {(describedBy, invalid) => (
                <select
                  key={`speaker-${sent.speakerId}`}
                  id={`speakerId.${id}`}
                  name={`speakerId.${id}`}
                  className={inputClass}
                  defaultValue={sent.speakerId}
                  onChange={(event) => setSpeakerId(event.target.value)}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                >
                  <option value="">A new speaker, named here</option>
                  {speakerOptions.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {speakerId ? (
              // One speaker at a time: a new name is asked for only when no desk speaker is chosen.
              <p className="self-end text-sm text-muted">Logged under the speaker chosen. To name someone new, choose “A new speaker, named here”.</p>
            ) : (
              <div className="space-y-3">
                <TextInput state={state} name={`speaker.${id}`} label="New speaker's name" defaultValue={candidate.speaker?.name} />
                <TextInput state={state} name={`speakerTitle.${id}`} label="New speaker's title or role" defaultValue={candidate.speaker?.title} />
              </div>
            )}
          </div>
          <div className="grid gap-3 md:grid-cols-3">
            <TextInput state={state} name={`madeAt.${id}`} label="Date it was said" type="date" defaultValue={candidate.madeOn ?? publishedOn} />
            <Field id={`kind.${id}`} label="Kind of claim" error={fieldError(state, `kind.${id}`)}>
              {(describedBy, invalid) => (
                <select
                  key={`kind-${sent.kind}`}
                  id={`kind.${id}`}
                  name={`kind.${id}`}
                  className={inputClass}
                  defaultValue={sent.kind}
                  onChange={(event) => setKind(event.target.value)}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                >
                  {CLAIM_KINDS.map((value) => (
                    <option key={value} value={value}>
                      {CLAIM_KIND_LABELS[value]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field
              id={`settleBy.${id}`}
              label="Checkable by (predictions and promises)"
              required={isForecast(kind)}
              hint={isForecast(kind) && !candidate.settleBy ? "The article names no date: give the one by which it can be checked." : undefined}
              error={fieldError(state, `settleBy.${id}`)}
            >
              {(describedBy, invalid) => (
                <input
                  key={`settle-${sent.settleBy}`}
                  ref={settleByInput}
                  id={`settleBy.${id}`}
                  name={`settleBy.${id}`}
                  type="date"
                  className={inputClass}
                  defaultValue={sent.settleBy}
                  onChange={(event) => setSettleBy(event.target.value)}
                  required={isForecast(kind)}
                  aria-describedby={describedBy}
                  aria-invalid={invalid || (picked && needsDate)}
                />
              )}
            </Field>
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
