import type { Metadata } from "next";
import { InvitationControls } from "@/components/accounts/invitation-controls";
import { InviteForm } from "@/components/accounts/invite-form";
import { AccountControls } from "@/components/users/account-controls";
import { decide } from "@/lib/auth/policy";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { requireActor } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates";
import { listAccounts } from "@/lib/users/queries";

export const metadata: Metadata = { title: "Accounts" };

export default async function AccountsPage() {
  const actor = await requireActor();
  const decision = decide(actor, "users.manage");
  if (!decision.allowed) {
    return (
      <>
        <h1 className="text-2xl font-bold">Accounts</h1>
        <p className="mt-4 rounded border-l-4 border-red-700 bg-red-50 px-3 py-2">{decision.reason}</p>
      </>
    );
  }
  const accounts = await listAccounts(actor);
  return (
    <>
      <h1 className="text-2xl font-bold">Accounts</h1>
      <section aria-labelledby="add-heading" className="mt-6 max-w-3xl">
        <h2 id="add-heading" className="text-lg font-semibold">
          Invite a colleague
        </h2>
        <p className="mt-1 text-sm text-muted">They get an email with a link to choose their own password; the link works for 7 days.</p>
        <div className="mt-3">
          <InviteForm />
        </div>
      </section>
      <section aria-labelledby="list-heading" className="mt-10">
        <h2 id="list-heading" className="text-lg font-semibold">
          Newsroom accounts ({accounts.length})
        </h2>
        <ul className="mt-3 divide-y divide-rule border-y border-rule">
          {accounts.map((account) => (
            <li key={account.id} className="py-4" data-testid={`account-${account.email}`}>
              <p className="font-medium">
                {account.name}{" "}
                <span className="text-muted">
                  · {account.email} · {ROLE_LABELS[account.role]}
                </span>
                {account.disabledAt ? <span className="ml-2 rounded bg-red-100 px-2 py-0.5 text-sm text-red-900">Disabled</span> : null}
                {waiting(account) ? <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-sm text-amber-950">Invited, not yet joined</span> : null}
              </p>
              <p className="text-sm text-muted">{describeActivity(account)}</p>
              {waiting(account) ? (
                <div className="mt-2">
                  <InvitationControls invitee={{ id: account.id, name: account.name }} />
                </div>
              ) : account.id !== actor!.id ? (
                <div className="mt-2">
                  <AccountControls account={{ id: account.id, name: account.name, role: account.role, disabled: Boolean(account.disabledAt) }} />
                </div>
              ) : (
                <p className="mt-1 text-sm text-muted">This is you. Another admin can change your role or access.</p>
              )}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

type Listed = Awaited<ReturnType<typeof listAccounts>>[number];

// Invited and not yet joined: the account cannot sign in, and its controls
// are the invitation's (resend, revoke) rather than role and access.
const waiting = (account: Listed) => Boolean(account.invitedAt && !account.joinedAt && !account.disabledAt);

function describeActivity(account: Listed): string {
  if (waiting(account)) {
    const link = account.accountTokens[0];
    if (!link) return `Invited ${formatDateTime(account.invitedAt!)}; no working link (resend the invitation).`;
    return link.expiresAt > new Date()
      ? `Invited ${formatDateTime(account.invitedAt!)}; the link works until ${formatDateTime(link.expiresAt)}.`
      : `Invited ${formatDateTime(account.invitedAt!)}; the link expired ${formatDateTime(link.expiresAt)}. Resend the invitation.`;
  }
  return account.lastLoginAt ? `Last signed in ${formatDateTime(account.lastLoginAt)}` : "Never signed in";
}
