import { NO_STORE, plainJsonAnswers } from "@/lib/auth/route-answers";
import { routeDoor } from "@/lib/auth/route-door";
import { checkReadiness } from "@/lib/health";

// Readiness (lib/health.ts): 200 when this instance can serve, 503 when the
// database refuses new connections or its migrations differ from the code's.
// Also answered at /api/health/ready; /api/health stays, since load balancers
// and ops/varnish probe it. Public and read-only: it takes no input and
// reveals no newsroom data, so it goes through the door with `public.read`
// and no session.
export const dynamic = "force-dynamic";

export const GET = routeDoor({
  permission: "public.read",
  answers: plainJsonAnswers({ name: "health check", headers: NO_STORE, failure: "The health check failed because of a problem on our side." }),
  run: async () => {
    const health = await checkReadiness();
    return Response.json(health, { status: health.status === "ok" ? 200 : 503, headers: NO_STORE });
  },
});
