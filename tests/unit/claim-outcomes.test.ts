import { describe, expect, it } from "vitest";
import { CLAIM_OUTCOMES, claimOutcomeHref, claimOutcomeMessage } from "@/lib/claims/outcomes";

// One place for what the claim's desk page says after an action sent the
// person back to it (lib/claims/outcomes.ts).
describe("claim outcomes", () => {
  it("every outcome has its address and its sentence", () => {
    for (const [outcome, message] of Object.entries(CLAIM_OUTCOMES)) {
      const href = claimOutcomeHref("c1", outcome as keyof typeof CLAIM_OUTCOMES);
      expect(href).toBe(`/desk/claims/c1?done=${outcome}`);
      expect(claimOutcomeMessage(new URL(href, "http://desk.test").searchParams.get("done") ?? undefined)).toBe(message);
    }
  });

  it("an address edited by hand shows nothing, not a property of some object", () => {
    for (const done of [undefined, "", "nonsense", "constructor", "__proto__", "toString", "hasOwnProperty"]) expect(claimOutcomeMessage(done)).toBeNull();
  });
});
