import "server-only";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { NoticeEmailsChoice } from "./notice-schema";

// A person's own choice of notice emails (set on /desk/account). Changing to
// the digest or off takes effect for the next notice; nothing already queued
// is withdrawn.
export async function setNoticeEmails(userId: string, choice: NoticeEmailsChoice) {
  const { count } = await prisma.user.updateMany({ where: { id: userId }, data: { noticeEmails: choice } });
  if (count === 0) throw notFound("That account");
  return { noticeEmails: choice };
}
