import Link from "next/link";
import { logOut } from "@/lib/auth/actions";
import { can } from "@/lib/auth/policy";
import { type Actor, ROLE_LABELS } from "@/lib/auth/roles";
import { site } from "@/lib/site";

export function DeskHeader({ actor, unread = 0 }: { actor: Actor | null; unread?: number }) {
  return (
    <header className="border-b border-rule bg-slate-50">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <p className="font-bold">
          <Link href={actor ? "/desk" : "/"} className="text-ink no-underline">
            {site.name}
          </Link>{" "}
          <span className="font-normal text-muted">desk</span>
        </p>
        {actor ? (
          <>
            <nav aria-label="Desk">
              <ul className="flex flex-wrap gap-4 text-sm">
                <li>
                  <Link href="/desk">My work</Link>
                </li>
                <li>
                  <Link href="/desk/claims">Queue</Link>
                </li>
                <li>
                  <Link href="/desk/review">Review</Link>
                </li>
                <li>
                  <Link href="/desk/claims/new">Log a claim</Link>
                </li>
                <li>
                  <Link href="/desk/extract">From an article</Link>
                </li>
                <li>
                  <Link href="/desk/import">Import</Link>
                </li>
                <li>
                  <Link href="/desk/sources">Sources</Link>
                </li>
                {can(actor, "audit.read") ? (
                  <li>
                    <Link href="/desk/audit">Audit log</Link>
                  </li>
                ) : null}
                {can(actor, "scale.manage") ? (
                  <li>
                    <Link href="/desk/admin/scale">Scale</Link>
                  </li>
                ) : null}
                {can(actor, "users.manage") ? (
                  <li>
                    <Link href="/desk/admin/users">Accounts</Link>
                  </li>
                ) : null}
                {can(actor, "jobs.manage") ? (
                  <li>
                    <Link href="/desk/admin/jobs">Jobs</Link>
                  </li>
                ) : null}
                {can(actor, "outbox.read") ? (
                  <li>
                    <Link href="/desk/admin/outbox">Outbox</Link>
                  </li>
                ) : null}
                <li>
                  <Link href="/desk/notifications">
                    Notifications
                    {unread > 0 ? (
                      <>
                        {" "}
                        <span className="rounded-full bg-blue-700 px-1.5 text-xs font-semibold text-white">{unread}</span>
                        <span className="sr-only"> unread</span>
                      </>
                    ) : null}
                  </Link>
                </li>
                <li>
                  <Link href="/desk/account">Your account</Link>
                </li>
                <li>
                  <Link href="/">Public site</Link>
                </li>
              </ul>
            </nav>
            <form action={logOut} className="flex items-center gap-3 text-sm">
              <span>
                {actor.name} <span className="text-muted">({ROLE_LABELS[actor.role]})</span>
              </span>
              <button type="submit" className="rounded border border-gray-500 bg-white px-3 py-1">
                Sign out
              </button>
            </form>
          </>
        ) : null}
      </div>
    </header>
  );
}
