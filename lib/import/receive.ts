import "server-only";
import { NO_STORE, plainJsonAnswers, type RouteAnswers } from "@/lib/auth/route-answers";
import type { Admission } from "@/lib/auth/route-door";
import { DomainError, forbidden } from "@/lib/errors";
import { crossSiteRefusal, readUpload } from "@/lib/import/request";
import type { ImportFile } from "@/lib/import/summary";

// What the desk's file routes (import, export, template) give the route
// door: a post from another site refused before the session is looked at,
// the CSV body read only once the policy allows it, and refusals as
// `{ "error": "<a sentence>" }` (ImportRefusal) that are never cached. The
// mutations check the permissions again themselves.

export const deskFileAnswers = (name: string, failure: string): RouteAnswers => plainJsonAnswers({ name, headers: NO_STORE, failure });

export async function sameSiteOnly(request: Request): Promise<Admission> {
  const crossSite = crossSiteRefusal(request);
  return crossSite ? { refuse: forbidden(crossSite) } : {};
}

export async function readImportFile(request: Request): Promise<ImportFile> {
  const upload = await readUpload(request);
  if (!upload.ok) throw new DomainError(upload.code, upload.message);
  return { name: upload.name, text: upload.text };
}
