import type { Metadata } from "next";
import { AccountSection } from "@/components/accounts/account-section";
import { EmailForm } from "@/components/accounts/email-form";
import { NameForm } from "@/components/accounts/name-form";
import { NoticeEmailsForm } from "@/components/accounts/notice-emails-form";
import { PasswordChangeForm } from "@/components/accounts/password-change-form";
import { PASSWORD_CHANGED_PARAM } from "@/lib/accounts/links";
import { ownAccount } from "@/lib/accounts/queries";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { requireActor } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates";

export const metadata: Metadata = { title: "Your account" };

// Every signed-in person's own account: name, email (confirmed by mail),
// password (ends the other sessions) and how desk notices reach them.
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AccountPage({ searchParams }: Props) {
  const actor = await requireActor();
  const passwordChanged = Boolean((await searchParams)[PASSWORD_CHANGED_PARAM]);
  const account = await ownAccount(actor);
  const emailIntro = (
    <>
      <p className="mt-1 text-sm">
        You sign in with <strong>{account.email}</strong>.
      </p>
      {account.pendingEmail?.newEmail ? (
        <p className="mt-2 rounded bg-amber-50 px-3 py-2 text-sm" data-testid="pending-email">
          Waiting for confirmation from {account.pendingEmail.newEmail} (the link works until {formatDateTime(account.pendingEmail.expiresAt)}).
        </p>
      ) : null}
    </>
  );
  return (
    <>
      <h1 className="text-2xl font-bold">Your account</h1>
      <p className="mt-2 text-muted">
        {account.email} · {ROLE_LABELS[account.role]}. Your role is set by a desk admin.
      </p>
      <div className="mt-8 grid max-w-3xl gap-10">
        <AccountSection id="name" title="Name">
          <NameForm name={account.name} />
        </AccountSection>
        <AccountSection id="email" title="Email" intro={emailIntro}>
          <EmailForm />
        </AccountSection>
        <AccountSection
          id="password"
          title="Password"
          intro={<p className="mt-1 text-sm text-muted">Changing it signs your account out on every other device and browser.</p>}
        >
          {passwordChanged ? (
            <p className="mb-3 rounded border-l-4 border-green-700 bg-green-50 px-3 py-2 text-sm text-green-900" role="status" data-testid="password-changed">
              Your password is changed. Every other session of your account has been signed out; this one stays signed in.
            </p>
          ) : null}
          <PasswordChangeForm />
        </AccountSection>
        <AccountSection id="notices" title="Notice emails">
          <NoticeEmailsForm choice={account.noticeEmails} />
        </AccountSection>
      </div>
    </>
  );
}
