import { routeDoor, signedIn } from "@/lib/auth/route-door";
import { previewImport } from "@/lib/import/preview";
import { deskFileAnswers, readImportFile, sameSiteOnly } from "@/lib/import/receive";
import { IMPORT_PERMISSIONS } from "@/lib/import/resolve";

// "Check file": the CSV in the body (text/csv, its name in X-File-Name), the
// summary and every problem back as JSON. Writes nothing.
export const dynamic = "force-dynamic";

export const POST = routeDoor({
  permission: IMPORT_PERMISSIONS,
  admit: sameSiteOnly,
  body: readImportFile,
  answers: deskFileAnswers("import check", "The file could not be checked because of a problem on our side."),
  run: async ({ actor, body: file }) => Response.json(await previewImport(signedIn(actor), file), { headers: { "Cache-Control": "no-store" } }),
});
