import type { Actor } from "@/lib/auth/roles";
import { describeRouteFailure } from "@/lib/auth/route-answers";
import { routeDoor, signedIn } from "@/lib/auth/route-door";
import { commitImport } from "@/lib/import/commit";
import { deskFileAnswers, readImportFile, sameSiteOnly } from "@/lib/import/receive";
import { IMPORT_PERMISSIONS } from "@/lib/import/resolve";
import type { CommitLine, ImportFile } from "@/lib/import/summary";

// "Import N claims": the same CSV again, checked again, then written in one
// transaction. The answer is a stream of JSON lines, progress as each batch
// is written, then one "done" or "error" line; after "error" nothing was
// written.
export const dynamic = "force-dynamic";

// Thrown from the progress callback when the person has gone: the
// transaction rolls back rather than finish an import nobody sees the end of.
class Abandoned extends Error {}

const FAILED = "The import failed because of a problem on our side, and nothing was imported.";

export const POST = routeDoor({
  permission: IMPORT_PERMISSIONS,
  admit: sameSiteOnly,
  body: readImportFile,
  answers: deskFileAnswers("import", FAILED),
  run: async ({ actor, body: file }) => streamImport(signedIn(actor), file),
});

function streamImport(actor: Actor, file: ImportFile): Response {
  const encoder = new TextEncoder();
  let abandoned = false;

  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (line: CommitLine) => {
        if (!abandoned) controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      };
      const run = async () => {
        try {
          const outcome = await commitImport(actor, file, {
            onProgress: (done, total) => {
              if (abandoned) throw new Abandoned();
              send({ type: "progress", done, total });
            },
          });
          if (outcome.status === "invalid") {
            send({ type: "error", message: outcome.message, errors: outcome.errors, errorCount: outcome.errorCount });
          } else {
            const { status: _status, ...done } = outcome;
            send({ type: "done", ...done });
          }
        } catch (error) {
          if (!(error instanceof Abandoned)) send({ type: "error", message: describeRouteFailure(error, FAILED, "import").message, errors: [], errorCount: 0 });
        } finally {
          if (!abandoned) controller.close();
        }
      };
      void run();
    },
    cancel() {
      abandoned = true;
    },
  });

  return new Response(body, {
    headers: {
      "Content-Type": "application/x-ndjson; charset=utf-8",
      // no-transform keeps Next's gzip (and any proxy) from holding the
      // progress lines back until the end.
      "Cache-Control": "no-store, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
}
