import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db";
import { idle } from "@/lib/form-state";
import { setNoticeEmails } from "@/lib/mail/notice-preference";
import { makeUser } from "../support/factories";

// Each person chooses how notices reach them by email (/desk/account): the
// action changes the signed-in person's own choice and nobody else's.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({
  getActor: async () => session.actor,
  requireActor: async () => {
    throw new Error("pages are not under test here");
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { chooseNoticeEmails } = await import("@/lib/mail/actions");

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};
const choiceOf = async (user: Actor) => (await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).noticeEmails;

describe("choosing notice emails", () => {
  it("a new account hears at once", async () => {
    const reporter = await makeUser("REPORTER");
    expect(await choiceOf(reporter)).toBe("AT_ONCE");
  });

  it("each role sets its own choice, and only its own, even when the form names someone else", async () => {
    const other = await makeUser("EDITOR");
    for (const role of ["REPORTER", "EDITOR", "ADMIN"] as const) {
      const person = await makeUser(role);
      session.actor = person;
      expect(await chooseNoticeEmails(idle, form({ noticeEmails: "DAILY_DIGEST", userId: other.id }))).toEqual({
        status: "success",
        message: "Notice emails: daily digest.",
      });
      expect(await choiceOf(person)).toBe("DAILY_DIGEST");
      expect(await chooseNoticeEmails(idle, form({ noticeEmails: "OFF" }))).toEqual({ status: "success", message: "Notice emails are off." });
      expect(await choiceOf(person)).toBe("OFF");
    }
    expect(await choiceOf(other)).toBe("AT_ONCE");
  });

  it("signed out: refused, nothing changes", async () => {
    session.actor = null;
    const before = await prisma.user.groupBy({ by: ["noticeEmails"], _count: true, orderBy: { noticeEmails: "asc" } });
    expect(await chooseNoticeEmails(idle, form({ noticeEmails: "OFF" }))).toMatchObject({ status: "refused" });
    expect(await prisma.user.groupBy({ by: ["noticeEmails"], _count: true, orderBy: { noticeEmails: "asc" } })).toEqual(before);
  });

  it("a choice that is not offered is refused with a clear message, and nothing changes", async () => {
    const reporter = await makeUser("REPORTER");
    session.actor = reporter;
    for (const bad of ["WEEKLY", "", "at_once"]) {
      expect(await chooseNoticeEmails(idle, form({ noticeEmails: bad }))).toMatchObject({
        status: "invalid",
        fieldErrors: { noticeEmails: ["Choose at once, a daily digest or off."] },
      });
    }
    expect(await choiceOf(reporter)).toBe("AT_ONCE");
  });

  it("setNoticeEmails on an account that is gone says so", async () => {
    await expect(setNoticeEmails("no-such-account", "OFF")).rejects.toMatchObject({ name: "DomainError", code: "not_found" });
  });
});
