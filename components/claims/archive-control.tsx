"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { archiveNow } from "@/lib/archive/actions";
import { idle } from "@/lib/form-state";

// "Archive now" for one source: fetches its page on the server and says
// whether it changed or disappeared since the last snapshot.
export function ArchiveControl({ sourceId, sourceTitle }: { sourceId: string; sourceTitle: string }) {
  const [state, action] = useActionState(archiveNow, idle);
  return (
    <form action={action} className="mt-2 space-y-2" aria-label={`Archive ${sourceTitle}`}>
      <input type="hidden" name="sourceId" value={sourceId} />
      <SubmitButton tone="secondary" pendingLabel="Archiving…">
        Archive now
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
