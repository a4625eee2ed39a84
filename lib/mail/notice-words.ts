import "server-only";
import { NOTICE_KIND_LABELS } from "@/lib/notifications/labels";
import { site } from "@/lib/site";

// How a desk notice reads in an email: a subject that says what happened to
// which claim, and the link to the claim on the desk.

export const whatHappened = (kind: string) => (NOTICE_KIND_LABELS as Record<string, string>)[kind] ?? "Notice";

// Long claim sentences are cut at a word, so subjects stay readable in a list.
export function shortClaim(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2))}…`;
}

export const claimOnDesk = (claimId: string) => `${site.url}/desk/claims/${encodeURIComponent(claimId)}`;

export const preferenceLine = () => `You can choose how notices reach you (at once, a daily digest, or not by email) at ${site.url}/desk/account.`;

export type NoticeForMail = { kind: string; message: string; claimId: string; claimText: string; createdAt: Date };

export function noticeMail(notice: NoticeForMail) {
  return {
    subject: `${whatHappened(notice.kind)}: ${shortClaim(notice.claimText)}`,
    text: [notice.message, "", `Claim: ${notice.claimText}`, `On the desk: ${claimOnDesk(notice.claimId)}`, "", "—", preferenceLine()].join("\n"),
  };
}

export function digestMail(notices: NoticeForMail[]) {
  const count = notices.length === 1 ? "1 notice" : `${notices.length} notices`;
  const lines = notices.flatMap((notice) => [
    `• ${whatHappened(notice.kind)}: ${notice.claimText}`,
    `  ${notice.message}`,
    `  ${claimOnDesk(notice.claimId)}`,
    "",
  ]);
  return {
    subject: `${site.name} desk: ${count} since your last digest`,
    text: [`Unread on the desk (${count}):`, "", ...lines, `All your notices: ${site.url}/desk/notifications`, "", "—", preferenceLine()].join("\n"),
  };
}
