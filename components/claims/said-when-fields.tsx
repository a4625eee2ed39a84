import { Select, TextInput } from "@/components/claims/claim-form-fields";
import type { FormState } from "@/lib/form-state";

// When a claim was said: the date, and optionally the time of day in a zone
// (a minister's 14:30 in Tehran is 11:00 UTC; the desk keeps both).
export function SaidWhenFields({
  state,
  zones,
  defaults,
}: {
  state: FormState;
  zones: readonly string[];
  defaults: { day: string; time?: string; zone: string };
}) {
  return (
    <div className="grid gap-4 md:grid-cols-3">
      <TextInput state={state} name="madeAt" label="Date it was said" type="date" required defaultValue={defaults.day} />
      <TextInput
        state={state}
        name="madeAtTime"
        label="Time (optional)"
        type="time"
        defaultValue={defaults.time}
        hint="Hours and minutes, as the clock showed where it was said."
      />
      <Select
        state={state}
        name="timeZone"
        label="Time zone"
        placeholder="Choose a zone…"
        defaultValue={defaults.zone}
        hint="Used only when a time is given."
        options={zones.map((zone) => ({ value: zone, label: zone.replaceAll("_", " ") }))}
      />
    </div>
  );
}
