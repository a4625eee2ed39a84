// The outcome of a form submission, shared by server actions and the client
// forms that show it. Importable from client components.

export type FormState =
  | { status: "idle" }
  | { status: "success"; message: string }
  | { status: "invalid"; message: string; fieldErrors: Record<string, string[]>; values: Record<string, string> }
  | { status: "refused" | "not_found" | "conflict" | "failed"; message: string; values?: Record<string, string> };

export const idle: FormState = { status: "idle" };

export function fieldError(state: FormState, field: string): string | undefined {
  return state.status === "invalid" ? state.fieldErrors[field]?.[0] : undefined;
}

// What the person typed, so a rejected form does not lose their work.
export function submittedValue(state: FormState, field: string): string | undefined {
  return state.status === "idle" || state.status === "success" ? undefined : state.values?.[field];
}
