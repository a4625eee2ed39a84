import type { FormState } from "@/lib/form-state";

// The form's overall outcome, announced politely to screen readers.
export function FormMessage({ state }: { state: FormState }) {
  const tone =
    state.status === "success"
      ? "border-green-700 bg-green-50 text-green-900"
      : state.status === "check"
        ? "border-amber-600 bg-amber-50 text-amber-950"
        : "border-red-700 bg-red-50 text-red-900";
  return (
    <div aria-live="polite" aria-atomic="true">
      {state.status !== "idle" ? (
        <p className={`rounded border-l-4 px-3 py-2 text-sm ${tone}`} data-testid="form-message">
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
