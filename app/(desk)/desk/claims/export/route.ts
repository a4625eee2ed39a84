import { routeDoor, signedIn } from "@/lib/auth/route-door";
import { exportFileName } from "@/lib/import/export";
import { deskFileAnswers } from "@/lib/import/receive";
import { exportQueueCsv } from "@/lib/queue/export";
import { queueExportQuery } from "@/lib/queue/schema";

// "Download as CSV" on the queue: the claims the queue shows, under every one
// of its filters (read by the queue's own parser, which takes several states
// and sets aside any value it cannot read, as the queue page does), in the
// import format, streamed a batch at a time.
export const dynamic = "force-dynamic";

export const GET = routeDoor({
  permission: "desk.view",
  query: queueExportQuery,
  answers: deskFileAnswers("export", "The claims could not be exported because of a problem on our side."),
  run: async ({ actor, query: filters }) => {
    const pages = exportQueueCsv(signedIn(actor), filters);
    // The first page is read before answering, so a refusal or a database
    // failure is an error response rather than a cut-off download.
    const first = await pages.next();
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        if (!first.done) controller.enqueue(encoder.encode(first.value));
      },
      async pull(controller) {
        try {
          const next = await pages.next();
          if (next.done) controller.close();
          else controller.enqueue(encoder.encode(next.value));
        } catch (error) {
          console.error("[onrecord] export failed part-way", error);
          controller.error(error);
        }
      },
      async cancel() {
        await pages.return(undefined);
      },
    });
    return new Response(body, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${exportFileName()}"`,
        "Cache-Control": "no-store",
      },
    });
  },
});
