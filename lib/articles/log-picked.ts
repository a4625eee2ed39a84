import "server-only";
import { addArticleAsContext, findArticle } from "@/lib/articles/article-context";
import { attachMarketOdds } from "@/lib/articles/market-odds-evidence";
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
    prisma.$transaction(
      async (tx) => {
        // The article read from its link goes on each claim's record as context.
        const article = picked.articleSourceId ? await findArticle(tx, picked.articleSourceId) : null;
        const logged = [];
        for (const draft of picked.drafts) {
          const claim = await insertClaim(tx, actor, draft);
          if (article) await addArticleAsContext(tx, actor, claim.id, article);
          for (const odds of picked.oddsFor.get(draft) ?? []) await attachMarketOdds(tx, actor, claim.id, odds);
          logged.push(claim);
        }
        return logged;
      },
      { timeout: 30_000 },
    ),
  );
}
