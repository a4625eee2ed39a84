import type { Metadata } from "next";
import Link from "next/link";
import { MarkReadButton } from "@/components/notifications/mark-read-button";
import { requireActor } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates";
import { NOTICE_KIND_LABELS } from "@/lib/notifications/labels";
import { myNotifications } from "@/lib/notifications/queries";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  const actor = await requireActor();
  const { notices, more } = await myNotifications(actor);
  const unread = notices.filter((notice) => !notice.readAt).length;
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">Notifications</h1>
        {unread > 0 ? <MarkReadButton label="Mark all as read" /> : null}
      </div>
      {notices.length === 0 ? (
        <p className="mt-6 rounded border border-rule p-4">
          No notifications yet. You will hear here when a claim is assigned to you, sent back from review, published or corrected, when a source it relied on
          changes or vanishes, and when a forecast or promise comes due.
        </p>
      ) : (
        <ul className="mt-6 divide-y divide-rule">
          {notices.map((notice) => (
            <li key={notice.id} className={`py-3 ${notice.readAt ? "" : "font-medium"}`}>
              <p className="text-sm text-muted">
                {notice.readAt ? "" : <span className="mr-2 rounded bg-blue-700 px-1.5 text-xs font-semibold text-white">New</span>}
                {NOTICE_KIND_LABELS[notice.kind]} · {formatDateTime(notice.createdAt)}
              </p>
              <p>
                <Link href={`/desk/claims/${notice.claim.id}`}>{notice.claim.text}</Link>
              </p>
              <p className="text-sm">{notice.message}</p>
              {notice.readAt ? null : <MarkReadButton notificationId={notice.id} label="Mark as read" />}
            </li>
          ))}
        </ul>
      )}
      {more ? <p className="mt-4 text-sm text-muted">Showing the latest 30.</p> : null}
    </>
  );
}
