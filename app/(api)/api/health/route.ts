import { NO_STORE, plainJsonAnswers } from "@/lib/auth/route-answers";
import { routeDoor } from "@/lib/auth/route-door";
import { checkHealth } from "@/lib/health";

// Public and read-only: it takes no input and reveals no newsroom data, so it
// goes through the door with `public.read` and no session.
export const dynamic = "force-dynamic";

export const GET = routeDoor({
  permission: "public.read",
  answers: plainJsonAnswers({ name: "health check", headers: NO_STORE, failure: "The health check failed because of a problem on our side." }),
  run: async () => {
    const health = await checkHealth();
    return Response.json(health, {
      status: health.database.status === "up" ? 200 : 503,
      headers: { "Cache-Control": "no-store" },
    });
  },
});
