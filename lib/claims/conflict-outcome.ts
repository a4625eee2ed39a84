import "server-only";
import type { Refusal } from "@/lib/auth/door";
import type { Actor } from "@/lib/auth/roles";
import { getActor } from "@/lib/auth/session";
import { conflictMessage, type StoredVersion } from "@/lib/claims/conflict";
import type { FormState } from "@/lib/form-state";

// A save refused because someone saved first, given what is stored now so
// the form can show both versions side by side. Should that read fail, the
// plain refusal still goes back (it says who changed what): the person is
// never worse off than before the side-by-side view existed.
export async function withStoredVersion(
  refusal: Refusal,
  claimId: unknown,
  load: (actor: Actor, claimId: string) => Promise<StoredVersion | null>,
): Promise<FormState> {
  if (refusal.status !== "conflict" || typeof claimId !== "string") return refusal;
  try {
    const actor = await getActor();
    const stored = actor ? await load(actor, claimId.trim()) : null;
    return stored ? { ...refusal, message: conflictMessage(stored), stored } : refusal;
  } catch (error) {
    console.error("[onrecord] reading the stored version after a conflict failed", error);
    return refusal;
  }
}
