import type { NextRequest } from "next/server";
import { refuseAuthRequest } from "@/lib/auth/auth-requests";
import { handlers } from "@/lib/auth/config";

// Auth.js's own endpoints, behind a check of what the site's pages send
// (lib/auth/auth-requests.ts), so a client's mistake is a 400, not a 500.
export async function GET(request: NextRequest) {
  return (await refuseAuthRequest(request)) ?? handlers.GET(request);
}

export async function POST(request: NextRequest) {
  return (await refuseAuthRequest(request)) ?? handlers.POST(request);
}
