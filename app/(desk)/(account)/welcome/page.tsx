import type { Metadata } from "next";
import { ChoosePasswordForm } from "@/components/accounts/choose-password-form";
import { DeadLink } from "@/components/accounts/dead-link";
import { acceptInvite } from "@/lib/accounts/invitation-actions";
import { INVITATION_LINK } from "@/lib/accounts/link-messages";
import { linkOnPage } from "@/lib/accounts/queries";
import { site } from "@/lib/site";

export const metadata: Metadata = { title: "Join the desk", referrer: "no-referrer" };

// The token rides in the query string, not the path: the access log records
// paths without their query (and redacts token= anywhere), so live links
// never land in the server's log.
type Props = { searchParams: Promise<{ token?: string | string[] }> };

export default async function WelcomePage({ searchParams }: Props) {
  const given = (await searchParams).token;
  const token = typeof given === "string" ? given : "";
  const link = await linkOnPage("INVITATION", token);
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-bold">Join the {site.name} desk</h1>
      {link.state === "usable" ? (
        <>
          <p className="mt-2 text-muted">Welcome, {link.name}. Choose the password you will sign in with; nobody else sees it, admins included.</p>
          <div className="mt-6">
            <ChoosePasswordForm token={token} action={acceptInvite} submitLabel="Join the desk" />
          </div>
        </>
      ) : (
        <DeadLink message={INVITATION_LINK[link.state]} next={{ href: "/login", label: "Go to sign in" }} />
      )}
    </div>
  );
}
