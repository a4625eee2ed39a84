import { MAIL_STATUS_LABELS } from "@/lib/mail/labels";

// A mail's state as a small label; failed stands out, since an admin has to act on it.
const LOOKS: Record<string, string> = {
  QUEUED: "bg-slate-100 text-slate-900",
  SENT: "bg-green-100 text-green-900",
  FAILED: "bg-red-100 text-red-900",
  HELD: "bg-amber-100 text-amber-950",
};

export function MailStatus({ status }: { status: string }) {
  return <span className={`rounded px-2 py-0.5 text-sm ${LOOKS[status] ?? ""}`}>{MAIL_STATUS_LABELS[status] ?? status}</span>;
}
