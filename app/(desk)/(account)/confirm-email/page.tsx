import type { Metadata } from "next";
import { ConfirmEmailForm } from "@/components/accounts/confirm-email-form";
import { DeadLink } from "@/components/accounts/dead-link";
import { EMAIL_LINK } from "@/lib/accounts/link-messages";
import { linkOnPage } from "@/lib/accounts/queries";

export const metadata: Metadata = { title: "Confirm your new email", referrer: "no-referrer" };

// The token rides in the query string, not the path: the access log records
// paths without their query (and redacts token= anywhere), so live links
// never land in the server's log.
type Props = { searchParams: Promise<{ token?: string | string[] }> };

export default async function ConfirmEmailPage({ searchParams }: Props) {
  const given = (await searchParams).token;
  const token = typeof given === "string" ? given : "";
  const link = await linkOnPage("EMAIL_CHANGE", token);
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-bold">Confirm your new email</h1>
      {link.state === "usable" && link.newEmail ? (
        <>
          <p className="mt-2 text-muted">
            {link.name}, confirm that you will sign in to the desk with {link.newEmail} from now on.
          </p>
          <div className="mt-6">
            <ConfirmEmailForm token={token} newEmail={link.newEmail} />
          </div>
        </>
      ) : (
        <DeadLink message={EMAIL_LINK[link.state === "usable" ? "unknown" : link.state]} next={{ href: "/desk/account", label: "Go to your account page" }} />
      )}
    </div>
  );
}
