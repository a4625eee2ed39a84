import { getActor } from "@/lib/auth/session";
import { exportFileName } from "@/lib/import/export";
import { failureMessage, refuse } from "@/lib/import/receive";
import { exportQueueCsv } from "@/lib/queue/export";
import { parseQueueFilters } from "@/lib/queue/filters";

// "Download as CSV" on the queue: the claims the queue shows, under every one
// of its filters (read by the queue's own parser), in the import format,
// streamed a batch at a time.
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return refuse(401, "Your session has ended or you are not signed in. Sign in and try again.");
  const pages = exportQueueCsv(actor, parseQueueFilters(new URL(request.url).searchParams));
  // The first page is read before answering, so a refusal or a database
  // failure is an error response rather than a cut-off download.
  let first: IteratorResult<string>;
  try {
    first = await pages.next();
  } catch (error) {
    const failure = failureMessage(error, "The claims could not be exported because of a problem on our side.");
    return refuse(failure.status, failure.message);
  }
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
}
