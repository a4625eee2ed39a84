"use client";

import { useState } from "react";
import { Field, inputClass } from "@/components/ui/field";
import { RatingBadge } from "@/components/verdicts/rating-badge";
import { badgeContrast, formatRatio, HEX_COLOUR, MIN_BADGE_CONTRAST } from "@/lib/ratings/contrast";

// The colour as text (what is submitted, and what a keyboard or screen-reader
// user edits) beside a native picker that writes into it. The contrast with
// the badge's white text is worked out as the admin types, by the same rule
// the server applies on saving.
export function ColourField({ id, initial, previewLabel, error }: { id: string; initial: string; previewLabel: string; error?: string }) {
  const [colour, setColour] = useState(initial);
  const readable = HEX_COLOUR.test(colour.trim());
  const ratio = readable ? badgeContrast(colour.trim()) : null;
  const hint =
    ratio === null
      ? "# and six hexadecimal digits, for example #1d4ed8."
      : `White badge text on it: ${formatRatio(ratio)}${ratio < MIN_BADGE_CONTRAST ? `, below the ${MIN_BADGE_CONTRAST}:1 needed. Choose a darker colour.` : ` (at least ${MIN_BADGE_CONTRAST}:1 needed).`}`;
  return (
    <Field id={id} label="Colour" hint={hint} error={error} required>
      {(describedBy, invalid) => (
        <div className="flex flex-wrap items-center gap-2">
          <input
            type="color"
            // A picker only understands #rrggbb; while the text is half typed it shows the last whole colour.
            value={readable ? colour.trim().toLowerCase() : "#000000"}
            onChange={(event) => setColour(event.target.value)}
            aria-label="Pick on a palette"
            className="h-10 w-12 cursor-pointer rounded border border-gray-400 bg-white p-1"
          />
          <input
            id={id}
            name="colour"
            value={colour}
            onChange={(event) => setColour(event.target.value)}
            spellCheck={false}
            autoComplete="off"
            className={`${inputClass} max-w-32 font-mono`}
            aria-describedby={describedBy}
            aria-invalid={invalid}
          />
          <span aria-hidden="true">
            <RatingBadge label={previewLabel} colour={readable ? colour.trim() : "#475569"} />
          </span>
        </div>
      )}
    </Field>
  );
}
