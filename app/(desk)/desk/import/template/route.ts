import { getActor } from "@/lib/auth/session";
import { refuse } from "@/lib/import/receive";
import { templateCsv } from "@/lib/import/serialize";

// The header and one worked example row, to fill in. It holds no newsroom
// data, but like everything under /desk it is for signed-in people.
export const dynamic = "force-dynamic";

export async function GET() {
  if (!(await getActor())) return refuse(401, "Your session has ended or you are not signed in. Sign in and try again.");
  return new Response(templateCsv(), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="onrecord-import-template.csv"',
      "Cache-Control": "no-store",
    },
  });
}
