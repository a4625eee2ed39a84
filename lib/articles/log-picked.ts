import "server-only";
import type { PickedClaims } from "@/lib/articles/schema";
import { decide } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { insertClaim } from "@/lib/claims/mutations";
import { retryOnUniqueClash } from "@/lib/database/unique-clash";
import { prisma } from "@/lib/db";
import { forbidden } from "@/lib/errors";

// Every ticked candidate becomes a claim in one transaction: the reporter
// gets all of them or, if anything fails, none and the reason.
export async function logPickedClaims(actor: Actor, picked: PickedClaims) {
  const decision = decide(actor, "claim.create");
  if (!decision.allowed) throw forbidden(decision.reason);
  return retryOnUniqueClash(() =>
    prisma.$transaction(async (tx) => {
      const logged = [];
      for (const draft of picked.drafts) logged.push(await insertClaim(tx, actor, draft));
      return logged;
    }, { timeout: 30_000 }),
  );
}
