import type { Metadata } from "next";
import { ChoosePasswordForm } from "@/components/accounts/choose-password-form";
import { DeadLink } from "@/components/accounts/dead-link";
import { RESET_LINK } from "@/lib/accounts/link-messages";
import { linkOnPage } from "@/lib/accounts/queries";
import { chooseNewPassword } from "@/lib/accounts/recovery-actions";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

// The token rides in the query string, not the path: the access log records
// paths without their query (and redacts token= anywhere), so live links
// never land in the server's log.
type Props = { searchParams: Promise<{ token?: string | string[] }> };

export default async function ResetPasswordPage({ searchParams }: Props) {
  const given = (await searchParams).token;
  const token = typeof given === "string" ? given : "";
  const link = await linkOnPage("PASSWORD_RESET", token);
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-bold">Choose a new password</h1>
      {link.state === "usable" ? (
        <>
          <p className="mt-2 text-muted">For {link.name}. Saving it signs your account out everywhere; then sign in with the new password.</p>
          <div className="mt-6">
            <ChoosePasswordForm token={token} action={chooseNewPassword} submitLabel="Save the new password" />
          </div>
        </>
      ) : (
        <DeadLink message={RESET_LINK[link.state]} next={{ href: "/forgot-password", label: "Ask for a new reset link" }} />
      )}
    </div>
  );
}
