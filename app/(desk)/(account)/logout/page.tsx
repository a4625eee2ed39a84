import type { Metadata } from "next";
import Link from "next/link";
import { SubmitButton } from "@/components/ui/submit-button";
import { logOut } from "@/lib/auth/actions";
import { getActor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign out" };

// Signing out is a POST (the button), never a GET, so a link or an image on
// another site cannot sign someone out.
export default async function LogoutPage() {
  const actor = await getActor();
  if (!actor) {
    return (
      <div className="mx-auto max-w-sm">
        <h1 className="text-2xl font-bold">You are signed out</h1>
        <p className="mt-4">
          <Link href="/login">Sign in to the desk</Link> or <Link href="/">read the latest verdicts</Link>.
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-bold">Sign out of the desk?</h1>
      <p className="mt-2">
        You are signed in as {actor.name} ({actor.email}).
      </p>
      <form action={logOut} className="mt-6 flex items-center gap-4">
        <SubmitButton pendingLabel="Signing out…">Sign out</SubmitButton>
        <Link href="/desk">Back to the desk</Link>
      </form>
    </div>
  );
}
