"use client";

import { useEffect, useRef, useState } from "react";
import { Select, TextInput } from "@/components/claims/claim-form-fields";
import type { FormState } from "@/lib/form-state";
import { speakerHints } from "@/lib/speakers/actions";

type SpeakerChoice = { id: string; name: string; title: string | null };

const describe = (speaker: SpeakerChoice) => (speaker.title ? `${speaker.name} (${speaker.title})` : speaker.name);

// Pick a speaker, or add one. While a new name is typed, speakers already on
// the desk whose names read alike are offered, so nobody is created twice.
export function SpeakerPicker({ state, speakers }: { state: FormState; speakers: SpeakerChoice[] }) {
  const [hints, setHints] = useState<SpeakerChoice[]>([]);
  const [typed, setTyped] = useState("");
  const asked = useRef(0);

  useEffect(() => {
    const name = typed.trim();
    if (name.length < 3) return;
    const ask = ++asked.current;
    const timer = setTimeout(async () => {
      const found = await speakerHints(name).catch(() => []);
      // Only the answer to the latest keystroke counts.
      if (ask === asked.current) setHints(found.filter((speaker) => speaker.name.toLowerCase() !== name.toLowerCase()));
    }, 250);
    return () => clearTimeout(timer);
  }, [typed]);

  return (
    <div className="space-y-4">
      <Select
        state={state}
        name="speakerId"
        label="Speaker"
        placeholder="Choose a speaker…"
        options={speakers.map((speaker) => ({ value: speaker.id, label: describe(speaker) }))}
        hint="Not listed? Leave this empty and add them below."
      />
      <div className="grid gap-4 md:grid-cols-2">
        <div
          onInput={(event) => {
            const target = event.target as HTMLInputElement;
            if (target.name === "newSpeakerName") {
              setTyped(target.value);
              if (target.value.trim().length < 3) setHints([]);
            }
          }}
        >
          <TextInput state={state} name="newSpeakerName" label="New speaker's name" />
        </div>
        <TextInput state={state} name="newSpeakerTitle" label="New speaker's title or role" />
      </div>
      <div aria-live="polite">
        {hints.length > 0 ? (
          <div className="rounded border-l-4 border-amber-600 bg-amber-50 px-3 py-2 text-sm">
            <p>Already on the desk, with a similar name:</p>
            <ul className="mt-1 space-y-1">
              {hints.map((speaker) => (
                <li key={speaker.id} className="flex flex-wrap items-center gap-3">
                  <span>{describe(speaker)}</span>
                  <UseSpeakerButton
                    speaker={speaker}
                    onUsed={() => {
                      setHints([]);
                      setTyped("");
                    }}
                  />
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </div>
  );
}

// Chooses the existing speaker in the list and empties the new-speaker fields.
export function UseSpeakerButton({ speaker, onUsed }: { speaker: SpeakerChoice; onUsed?: (form: HTMLFormElement) => void }) {
  return (
    <button
      type="button"
      className="rounded border border-gray-500 bg-white px-2 py-1 text-sm underline-offset-2 hover:underline"
      onClick={(event) => {
        const form = event.currentTarget.form;
        if (!form) return;
        const select = form.elements.namedItem("speakerId") as HTMLSelectElement | null;
        if (select) {
          select.value = speaker.id;
          select.focus();
        }
        for (const name of ["newSpeakerName", "newSpeakerTitle"]) {
          const input = form.elements.namedItem(name) as HTMLInputElement | null;
          if (input) input.value = "";
        }
        onUsed?.(form);
      }}
    >
      Use {speaker.name}
    </button>
  );
}
