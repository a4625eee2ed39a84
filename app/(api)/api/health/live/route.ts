import { NO_STORE, plainJsonAnswers } from "@/lib/auth/route-answers";
import { routeDoor } from "@/lib/auth/route-door";
import { checkLiveness } from "@/lib/health";

// Liveness (lib/health.ts): 200 whenever this process answers, whatever the
// database is doing, so an orchestrator restarts only an instance that is
// itself stuck. Public, no input, no session.
export const dynamic = "force-dynamic";

export const GET = routeDoor({
  permission: "public.read",
  answers: plainJsonAnswers({ name: "liveness check", headers: NO_STORE, failure: "The liveness check failed because of a problem on our side." }),
  run: async () => Response.json(checkLiveness(), { headers: NO_STORE }),
});
