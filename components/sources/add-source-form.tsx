"use client";

import { useActionState } from "react";
import { type SourceChoice, SourceFields } from "@/components/sources/source-fields";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/form-state";
import { addSource } from "@/lib/sources/actions";

export function AddSourceForm({ originals }: { originals: SourceChoice[] }) {
  const [state, action] = useActionState(addSource, idle);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <SourceFields state={state} idPrefix="library" originals={originals} />
      <SubmitButton pendingLabel="Adding…">Add source</SubmitButton>
    </form>
  );
}
