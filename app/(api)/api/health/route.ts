import { checkHealth } from "@/lib/health";

// Public and read-only: it takes no input and reveals no data, so it does not
// need the authorization door.
export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth();
  return Response.json(health, {
    status: health.database.status === "up" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
