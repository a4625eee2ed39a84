"use client";

import { Select, TextArea, TextInput } from "@/components/claims/claim-form-fields";
import { StepForm } from "@/components/workflow/step-form";
import type { ClaimStatus } from "@/lib/claims/labels";
import { correctAction } from "@/lib/corrections/actions";
import { CORRECTION_KIND_LABELS, CORRECTION_KINDS } from "@/lib/corrections/schema";
import { archiveAction, assignAction, reopenAction, sendBackAction, takeAction, unpublishAction } from "@/lib/workflow/actions";

export type WorkflowOptions = {
  claim: { id: string; version: number; status: ClaimStatus; assigneeId: string | null; merged: boolean; ratingId: string | null; reasoning?: string };
  can: { assign: boolean; take: boolean; sendBack: boolean; correct: boolean; unpublish: boolean; archive: boolean };
  people: { id: string; name: string }[];
  ratings: { id: string; label: string }[];
};

// What an editor (or a reporter taking a claim) can do to move it along.
// Only the steps this person may take on this claim, in its state, appear;
// the server checks each again.
export function WorkflowPanel({ claim, can, people, ratings }: WorkflowOptions) {
  const open = claim.status !== "PUBLISHED" && claim.status !== "ARCHIVED";
  const any = can.assign || can.take || can.sendBack || can.correct || can.unpublish || can.archive;
  if (!any) return null;
  return (
    <section aria-labelledby="workflow-heading" className="mt-8 space-y-6">
      <h2 id="workflow-heading" className="text-xl font-semibold">
        Move it along
      </h2>

      {can.take && open ? (
        <StepForm action={takeAction} claimId={claim.id} version={claim.version} label="Take this claim" submit="Take this claim" pending="Taking…" />
      ) : null}

      {can.assign && open ? (
        <StepForm action={assignAction} claimId={claim.id} version={claim.version} label="Assign" submit="Save assignment" pending="Saving…">
          {(state) => (
            <Select
              idPrefix="assign"
              state={state}
              name="assigneeId"
              label="Assigned to"
              placeholder="Nobody (back to the pool)"
              defaultValue={claim.assigneeId ?? ""}
              options={people.map((person) => ({ value: person.id, label: person.name }))}
            />
          )}
        </StepForm>
      ) : null}

      {can.sendBack && claim.status === "IN_REVIEW" ? (
        <StepForm action={sendBackAction} claimId={claim.id} version={claim.version} label="Send back" submit="Send back to research" pending="Sending back…">
          {(state) => (
            <TextArea
              idPrefix="send-back"
              state={state}
              name="comments"
              label="Comments for the researcher"
              required
              rows={3}
              hint="What needs more work before this can be published. The researcher is notified."
            />
          )}
        </StepForm>
      ) : null}

      {can.correct && claim.status === "PUBLISHED" ? (
        <StepForm
          action={correctAction}
          claimId={claim.id}
          version={claim.version}
          label="Correct, update or clarify"
          submit="Publish the note"
          pending="Publishing…"
          tone="primary"
        >
          {(state) => (
            <>
              <Select
                idPrefix="correct"
                state={state}
                name="kind"
                label="Kind of change"
                placeholder="Choose…"
                required
                defaultValue="CORRECTION"
                options={CORRECTION_KINDS.map((value) => ({ value, label: CORRECTION_KIND_LABELS[value] }))}
              />
              <TextArea
                idPrefix="correct"
                state={state}
                name="note"
                label="Note for readers"
                required
                rows={3}
                hint="Shown on the verdict page and on the corrections page: what changed and why."
              />
              <Select
                idPrefix="correct"
                state={state}
                name="ratingId"
                label="New rating (optional)"
                placeholder="Keep the current rating"
                options={ratings.filter((rating) => rating.id !== claim.ratingId).map((rating) => ({ value: rating.id, label: rating.label }))}
              />
              <TextInput
                idPrefix="correct"
                state={state}
                name="summary"
                label="New one-line summary (optional)"
                hint="Leave empty to keep the current summary."
              />
              <TextArea
                idPrefix="correct"
                state={state}
                name="reasoning"
                label="Reasoning"
                rows={6}
                defaultValue={claim.reasoning ?? ""}
                hint="The published reasoning, to change in place so it agrees with the note and summary. Left as it is, it stays."
              />
            </>
          )}
        </StepForm>
      ) : null}

      {can.unpublish && claim.status === "PUBLISHED" ? (
        <StepForm
          action={unpublishAction}
          claimId={claim.id}
          version={claim.version}
          label="Unpublish"
          submit="Unpublish"
          pending="Unpublishing…"
          tone="danger"
          confirm="Take this verdict off the public site? Its page will no longer exist until it is published again."
        >
          {(state) => (
            <TextArea idPrefix="unpublish" state={state} name="reason" label="Why it comes down" required rows={2} hint="Kept in the claim's history." />
          )}
        </StepForm>
      ) : null}

      {can.archive && claim.status !== "ARCHIVED" ? (
        <StepForm
          action={archiveAction}
          claimId={claim.id}
          version={claim.version}
          label="Archive"
          submit="Archive"
          pending="Archiving…"
          tone="danger"
          confirm="Archive this claim? It leaves the queue (and the public site, if published)."
        >
          {(state) => (
            <>
              <TextArea
                idPrefix="archive"
                state={state}
                name="reason"
                label="Why it is archived"
                required
                rows={2}
                hint="Not check-worthy, or the same claim as another."
              />
              <TextInput
                idPrefix="archive"
                state={state}
                name="duplicateOf"
                label="Duplicate of (optional)"
                hint="Paste the address of the claim this repeats: its appearances and record move there."
              />
            </>
          )}
        </StepForm>
      ) : null}

      {can.archive && claim.status === "ARCHIVED" && !claim.merged ? (
        <StepForm action={reopenAction} claimId={claim.id} version={claim.version} label="Reopen" submit="Reopen as a draft" pending="Reopening…" />
      ) : null}
    </section>
  );
}
