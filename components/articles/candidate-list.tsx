"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { CandidateCard, type SpeakerChoice } from "@/components/articles/candidate-card";
import { LogByHandLink } from "@/components/claims/log-by-hand-link";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { logTickedClaims } from "@/lib/articles/actions";
import type { ArticleRead } from "@/lib/articles/types";
import { fieldError, idle, submittedList } from "@/lib/form-state";

// The candidates found in one article, in the article's order (reporters
// read it top to bottom) or by score, each with its score, its reasons and
// what the desk already has like it. Each keeps its number from the article's
// order, whichever order is shown.
export function CandidateList({ article, speakers }: { article: ArticleRead; speakers: SpeakerChoice[] }) {
  const [state, log] = useActionState(logTickedClaims, idle);
  const [order, setOrder] = useState<"article" | "score">("article");
  const numbered = article.candidates.map((candidate, index) => ({ candidate, number: index + 1 }));
  const shown = order === "score" ? [...numbered].sort((a, b) => b.candidate.score - a.candidate.score || a.number - b.number) : numbered;
  const odds = article.odds ?? [];
  const unattached = odds.filter((item) => !item.concerns || !article.candidates.some((candidate) => candidate.id === item.concerns));
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
        <LogByHandLink articleSourceId={article.articleSourceId} articleUrl={article.articleUrl} publishedOn={article.publishedOn} />
      </section>
    );
  }
  return (
    <section aria-labelledby="candidates-heading">
      <h2 id="candidates-heading" className="text-xl font-semibold">
        {article.candidates.length} candidate {article.candidates.length === 1 ? "claim" : "claims"} in {article.words.toLocaleString("en")} words
      </h2>
      {article.articleTitle ? <p className="mt-1 text-sm text-muted">From “{article.articleTitle}”, archived to the source library.</p> : null}
      <p className="mt-1 text-sm text-muted">
        Tick the ones to check, adjust the wording, then log them together. Each is assigned to you to research, unless you untick “Assign the logged claims to
        me” below.
      </p>
      <LogByHandLink articleSourceId={article.articleSourceId} articleUrl={article.articleUrl} publishedOn={article.publishedOn} />
      <fieldset className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
        <legend className="float-left mr-2 font-medium">Order the candidates</legend>
        <label className="flex items-center gap-1">
          <input type="radio" name="candidateOrder" value="article" checked={order === "article"} onChange={() => setOrder("article")} /> As in the article
        </label>
        <label className="flex items-center gap-1">
          <input type="radio" name="candidateOrder" value="score" checked={order === "score"} onChange={() => setOrder("score")} /> Highest score first
        </label>
      </fieldset>
      {unattached.length > 0 ? (
        <div className="mt-3 rounded border-l-4 border-sky-700 bg-sky-50 px-3 py-2 text-sm">
          <p>Odds in the article, for a forecast you log by hand (market odds, not claims):</p>
          <ul className="mt-1 list-disc pl-5">
            {unattached.map((item) => (
              <li key={item.id}>
                {item.by ?? "A market"} at {item.percent}%: “{item.sentence}”
              </li>
            ))}
          </ul>
        </div>
      ) : null}
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
        <input type="hidden" name="articlePublishedOn" value={article.publishedOn} />
        <ol className="space-y-4">
          {shown.map(({ candidate, number }) => (
            <CandidateCard
              key={candidate.id}
              candidate={candidate}
              number={number}
              state={state}
              ticked={ticked.has(candidate.id)}
              publishedOn={article.publishedOn}
              speakers={speakers}
              odds={odds.filter((item) => item.concerns === candidate.id)}
            />
          ))}
        </ol>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="assignToMe" defaultChecked={submittedList(state, "assignToMe")?.includes("on") ?? true} /> Assign the logged claims to me
        </label>
        {article.articleSourceId ? (
          <p className="text-sm text-muted">Each logged claim gets the link as its first appearance and the archived article on its record, as context.</p>
        ) : null}
        <SubmitButton pendingLabel="Logging…">Log ticked claims</SubmitButton>
      </form>
    </section>
  );
}
