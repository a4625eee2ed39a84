"use client";

import { useActionState } from "react";
import { CandidateList } from "@/components/articles/candidate-list";
import { TextArea, TextInput } from "@/components/claims/claim-form-fields";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { findClaimsInArticle } from "@/lib/articles/actions";
import type { ReadArticleState } from "@/lib/articles/types";
import { type FormState, idle } from "@/lib/form-state";

// Paste an article (or give its link), then pick the claims worth checking.
export function FindClaimsForm({ today, speakers }: { today: string; speakers: { id: string; name: string; title: string | null }[] }) {
  const [state, read] = useActionState<ReadArticleState, FormData>(findClaimsInArticle, idle);
  const formState: FormState = state.status === "read" ? idle : state;
  // After a reading, the form keeps what was sent, to adjust and read again.
  const sent = state.status === "read" ? state.submitted : undefined;
  return (
    <div className="space-y-10">
      <form action={read} className="space-y-4" noValidate>
        <FormMessage state={formState} />
        <TextArea
          state={formState}
          name="articleText"
          label="Article text"
          rows={10}
          defaultValue={sent?.articleText}
          hint="Paste the whole article: the desk finds attributed statements, forecasts, promises and figures in it. Nothing leaves this server."
        />
        <TextInput
          state={formState}
          name="articleUrl"
          label="Or the article's link"
          type="url"
          defaultValue={sent?.articleUrl}
          hint="Used when no text is pasted: the page is archived first, then read."
        />
        <TextInput
          state={formState}
          name="publishedOn"
          label="Published on"
          type="date"
          defaultValue={sent?.publishedOn || today}
          hint="Anchors dates such as “on Tuesday” or “by the end of March”."
        />
        <SubmitButton pendingLabel="Reading…">Find claims</SubmitButton>
      </form>
      {state.status === "read" ? <CandidateList key={JSON.stringify(state.candidates.map((c) => c.id))} article={state} speakers={speakers} /> : null}
    </div>
  );
}
