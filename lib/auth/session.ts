import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/lib/auth/config";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db";
import { noteUser } from "@/lib/observability/request-context";

// The signed-in person for this request, or null. Read once per request
// (React `cache`), and always checked against the database: a disabled account
// or a bumped session version (role change, forced sign-out) ends the session
// on the next request even though the signed token is still valid.
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = (await auth()) as { userId?: string; sessionVersion?: number } | null;
  if (!session?.userId) return null;
  const user = await prisma.user.findUnique({
    where: { id: session.userId },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true, disabledAt: true },
  });
  if (!user || user.disabledAt || user.sessionVersion !== session.sessionVersion) return null;
  // Lines logged for the rest of this request, and its access line, name them.
  noteUser(user.id);
  return { id: user.id, email: user.email, name: user.name, role: user.role };
});

// For desk pages. The desk layout's sign-in check does not run again on a
// client-side navigation (Next re-renders only the segments that change), so
// each page asks too: a session that ended mid-visit (account disabled, role
// changed, signed out elsewhere) then sends the person to sign in on their
// next click instead of showing an empty desk.
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/login");
  return actor;
}
