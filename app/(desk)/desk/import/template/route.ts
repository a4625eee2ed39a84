import { routeDoor } from "@/lib/auth/route-door";
import { deskFileAnswers } from "@/lib/import/receive";
import { templateCsv } from "@/lib/import/serialize";

// The header and one worked example row, to fill in. It holds no newsroom
// data, but like everything under /desk it is for signed-in people.
export const dynamic = "force-dynamic";

export const GET = routeDoor({
  permission: "desk.view",
  answers: deskFileAnswers("import template", "The template could not be made because of a problem on our side."),
  run: async () =>
    new Response(templateCsv(), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="onrecord-import-template.csv"',
        "Cache-Control": "no-store",
      },
    }),
});
