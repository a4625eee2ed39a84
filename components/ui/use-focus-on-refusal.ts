"use client";

import { useEffect, useRef } from "react";
import type { FormState } from "@/lib/form-state";

// After a refused or held-back submit, take the person to what needs them:
// the first field marked invalid, or the element named by `checkTarget` when
// the form stopped to ask a question. Without this, a long form leaves them
// at its submit button, far from the message.
export function useFocusOnRefusal(state: FormState, checkTarget?: string) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const element = form.current;
    if (!element || state.status === "idle" || state.status === "success") return;
    const target =
      (state.status === "check" && checkTarget ? element.querySelector<HTMLElement>(checkTarget) : null) ??
      element.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      element.querySelector<HTMLElement>('[data-testid="form-message"]');
    if (!target) return;
    if (target.tabIndex < 0 && !target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    target.focus();
    target.scrollIntoView({ block: "center" });
  }, [state, checkTarget]);
  return form;
}
