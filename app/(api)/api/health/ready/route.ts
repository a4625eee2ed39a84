// The same readiness check as /api/health, under the name orchestrators use.
export { GET } from "../route";

export const dynamic = "force-dynamic";
