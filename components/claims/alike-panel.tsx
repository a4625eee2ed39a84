"use client";

import Link from "next/link";
import { useRef } from "react";
import { UseSpeakerButton } from "@/components/claims/speaker-picker";
import { CLAIM_STATUS_LABELS } from "@/lib/claims/labels";
import type { FormState } from "@/lib/form-state";

const buttonClass = "rounded border border-gray-500 bg-white px-3 py-1.5 text-sm font-semibold hover:bg-gray-50";

// Shown instead of saving when the claim or the speaker reads like one the
// desk already has. Each way out is one press: add this as a new appearance
// of an existing claim, use the existing speaker, or log it as new anyway.
export function AlikePanel({
  state,
  appearanceState,
  addAsAppearance,
}: {
  state: FormState;
  appearanceState: FormState;
  addAsAppearance: (formData: FormData) => void;
}) {
  // React leaves the pressed button's own name and value out of the form data
  // when the button has a function as its action, so each button writes its
  // choice into a hidden field as it is pressed.
  const claimIdField = useRef<HTMLInputElement>(null);
  const confirmedField = useRef<HTMLInputElement>(null);
  if (state.status !== "check") return null;
  const appearanceProblem =
    appearanceState.status === "invalid"
      ? (Object.values(appearanceState.fieldErrors).flat()[0] ?? appearanceState.message)
      : appearanceState.status !== "idle" && appearanceState.status !== "success"
        ? appearanceState.message
        : undefined;
  return (
    <section aria-labelledby="alike-heading" className="rounded border border-amber-600 bg-amber-50 p-4">
      <h2 id="alike-heading" tabIndex={-1} className="text-lg font-semibold">
        Before you save: this may already be on the desk
      </h2>
      <input ref={claimIdField} type="hidden" name="claimId" defaultValue="" />
      <input ref={confirmedField} type="hidden" name="confirmedNew" defaultValue="" />
      {state.alikeClaims.length > 0 ? (
        <>
          <p className="mt-1 text-sm">
            If the speaker said it again, add your link as a new appearance of the existing claim; its record and verdict then cover both. Only the link, the
            date and the venue go to that claim: add any source you entered below on its page.
          </p>
          <ul className="mt-3 space-y-3">
            {state.alikeClaims.map((claim) => (
              <li key={claim.id} className="rounded bg-white p-3">
                <p>
                  <Link href={`/desk/claims/${claim.id}`} target="_blank">
                    {claim.text}
                    <span className="sr-only"> (opens in a new tab)</span>
                  </Link>
                </p>
                <p className="text-sm text-muted">
                  {claim.speaker} · {CLAIM_STATUS_LABELS[claim.status]} · {Math.round(Math.min(claim.score, 1) * 100)}% alike
                </p>
                <button
                  type="submit"
                  formAction={addAsAppearance}
                  className={`mt-2 ${buttonClass}`}
                  onClick={() => {
                    claimIdField.current!.value = claim.id;
                  }}
                >
                  Add as a new appearance of this claim
                </button>
              </li>
            ))}
          </ul>
          <div aria-live="polite">{appearanceProblem ? <p className="mt-2 text-sm font-medium text-red-700">{appearanceProblem}</p> : null}</div>
        </>
      ) : null}
      {state.alikeSpeakers.length > 0 ? (
        <div className="mt-3">
          <p className="text-sm">
            The new speaker&apos;s name reads like a speaker already on the desk. Use one of them, or the claim is logged with a new speaker of that name:
          </p>
          <ul className="mt-1 space-y-1">
            {state.alikeSpeakers.map((speaker) => (
              <li key={speaker.id} className="flex flex-wrap items-center gap-3 text-sm">
                <span>{speaker.title ? `${speaker.name} (${speaker.title})` : speaker.name}</span>
                <UseSpeakerButton speaker={speaker} onUsed={(form) => form.requestSubmit()} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="mt-4 text-sm">
        {state.alikeClaims.length > 0 ? "Not the same? Log it as its own claim." : "A different person? Log the claim with them as a new speaker."}
      </p>
      <button
        type="submit"
        className={`mt-1 ${buttonClass}`}
        onClick={() => {
          confirmedField.current!.value = "on";
        }}
      >
        {state.alikeClaims.length > 0
          ? "It is a new claim: log it"
          : `Log it, adding “${typeof state.values.newSpeakerName === "string" ? state.values.newSpeakerName : ""}” as a new speaker`}
      </button>
    </section>
  );
}
