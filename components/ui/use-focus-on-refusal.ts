"use client";

import { useEffect, useLayoutEffect, useRef } from "react";
import { firstProblem, OWN_FOCUS_ATTRIBUTE, takeTo } from "@/components/ui/first-problem";
import type { FormState } from "@/lib/form-state";

// For a form that can stop to ask a question (status "check"): after a
// refused or held-back submit, take the person to the element named by
// `checkTarget`, or else to the first problem as every form does
// (FormMessage). Without this, a long form leaves them at its submit button,
// far from the message.
export function useFocusOnRefusal(state: FormState, checkTarget?: string) {
  const form = useRef<HTMLFormElement>(null);
  // Before FormMessage's effect runs: it leaves this form to the hook.
  useLayoutEffect(() => {
    form.current?.setAttribute(OWN_FOCUS_ATTRIBUTE, "");
  }, []);
  useEffect(() => {
    const element = form.current;
    if (!element || state.status === "idle" || state.status === "success") return;
    const target = firstProblem(element, state.status === "check" ? checkTarget : undefined);
    if (target) takeTo(target);
  }, [state, checkTarget]);
  return form;
}
