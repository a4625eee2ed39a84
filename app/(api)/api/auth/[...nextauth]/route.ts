import type { NextRequest } from "next/server";
import { authAnswers, refuseAuthRequest } from "@/lib/auth/auth-requests";
import { handlers } from "@/lib/auth/config";
import { routeDoor } from "@/lib/auth/route-door";

// Auth.js's own endpoints, through the route door with `auth.session` (open
// to everyone, no session loaded: Auth.js reads its own cookie). Auth.js
// reads the request itself, so instead of a zod schema it is guarded by a
// check of what the site's pages send (lib/auth/auth-requests.ts), so a
// client's mistake is a 400, not a 500. Next hands route handlers a
// NextRequest, which Auth.js and the guard read.
export const GET = routeDoor({
  permission: "auth.session",
  answers: authAnswers,
  run: async ({ request }) => (await refuseAuthRequest(request as NextRequest)) ?? handlers.GET(request as NextRequest),
});

export const POST = routeDoor({
  permission: "auth.session",
  answers: authAnswers,
  run: async ({ request }) => (await refuseAuthRequest(request as NextRequest)) ?? handlers.POST(request as NextRequest),
});
