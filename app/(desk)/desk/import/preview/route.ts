import { previewImport } from "@/lib/import/preview";
import { failureMessage, receiveImport, refuse } from "@/lib/import/receive";

// "Check file": the CSV in the body (text/csv, its name in X-File-Name), the
// summary and every problem back as JSON. Writes nothing.
export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  const received = await receiveImport(request);
  if (received instanceof Response) return received;
  try {
    const preview = await previewImport(received.actor, received.file);
    return Response.json(preview, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    const failure = failureMessage(error, "The file could not be checked because of a problem on our side.");
    return refuse(failure.status, failure.message);
  }
}
