import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { getActor } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { crossSiteRefusal, readUpload } from "@/lib/import/request";
import { importRefusal } from "@/lib/import/resolve";
import type { ImportFile, ImportRefusal } from "@/lib/import/summary";

// The door of the two import routes: same site, signed in, allowed, and a
// CSV body within the limit, in that order, before any of the file is read.
// The mutations check the permissions again themselves.

export const refuse = (status: number, message: string) =>
  Response.json({ error: message } satisfies ImportRefusal, { status, headers: { "Cache-Control": "no-store" } });

export async function receiveImport(request: Request): Promise<{ actor: Actor; file: ImportFile } | Response> {
  const crossSite = crossSiteRefusal(request);
  if (crossSite) return refuse(403, crossSite);
  const actor = await getActor();
  if (!actor) return refuse(401, "Your session has ended or you are not signed in. Sign in and try again.");
  const refusal = importRefusal(actor);
  if (refusal) return refuse(403, refusal);
  const upload = await readUpload(request);
  if (!upload.ok) return refuse(upload.status, upload.message);
  return { actor, file: { name: upload.name, text: upload.text } };
}

// A refusal raised inside the mutation keeps its message; anything else is
// logged with its detail and shown as the plain sentence given.
export function failureMessage(error: unknown, plain: string): { status: number; message: string } {
  if (error instanceof DomainError) return { status: error.code === "forbidden" ? 403 : 400, message: error.message };
  console.error("[onrecord] import or export failed", error);
  return { status: 500, message: `${plain} Try again; if it keeps happening, tell the desk admin.` };
}
