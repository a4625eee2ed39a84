// Where a refused form takes the person: the first field marked invalid, or
// the form's message when the problem is not a field (nothing ticked, a
// conflict, a refusal). Shared by FormMessage, which every desk form shows,
// and by useFocusOnRefusal, for forms that stop to ask a question instead.

// Set on a form whose own hook decides where to go, so the message does not
// move focus first and have it moved again a moment later.
export const OWN_FOCUS_ATTRIBUTE = "data-focus-on-refusal";

export function firstProblem(container: ParentNode, preferred?: string): HTMLElement | null {
  return (
    (preferred ? container.querySelector<HTMLElement>(preferred) : null) ??
    container.querySelector<HTMLElement>('[aria-invalid="true"]') ??
    container.querySelector<HTMLElement>('[data-testid="form-message"]')
  );
}

export function takeTo(target: HTMLElement) {
  // A field folded away in <details> cannot take focus until it is shown.
  for (let fold = target.closest("details"); fold; fold = fold.parentElement?.closest("details") ?? null) fold.open = true;
  if (target.tabIndex < 0 && !target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: "center" });
}
