import { afterAll, describe, expect, it } from "vitest";
import { FAMILIAR_FOR_MS } from "@/lib/auth/throttle";
import { prisma } from "@/lib/db";
import { cleanUp, cleanUpJob, MAIL_KEPT_DAYS } from "@/lib/jobs/clean-up";
import { makeUser, unique } from "../support/factories";
import { sqlPool } from "../support/sql";

// The daily clean-up: old mail, sign-in attempts no throttle rule reads any
// more, ended rate-limit windows and expired account links go; everything
// still of use stays.

const pool = sqlPool();
afterAll(() => pool.end());

const DAY = 24 * 60 * 60_000;
const ago = (ms: number) => new Date(Date.now() - ms);

describe("the clean-up job", () => {
  it("is a daily job named clean-up", () => {
    expect(cleanUpJob).toMatchObject({ name: "clean-up", schedule: expect.stringMatching(/^\d+ \d+ \* \* \*$/) });
  });

  it("deletes mail older than 30 days that was sent, held or failed, and keeps recent and still-queued mail", async () => {
    const old = ago((MAIL_KEPT_DAYS + 1) * DAY);
    const recent = ago((MAIL_KEPT_DAYS - 1) * DAY);
    const mail = (status: "SENT" | "HELD" | "FAILED" | "QUEUED", at: Date) =>
      prisma.mailMessage.create({
        data: {
          recipient: `${unique("old")}@newsroom.test`,
          kind: "NOTICE",
          subject: "s",
          text: "t",
          status,
          createdAt: at,
          sentAt: status === "SENT" ? at : null,
        },
      });
    const gone = await Promise.all([mail("SENT", old), mail("HELD", old), mail("FAILED", old)]);
    const kept = await Promise.all([mail("SENT", recent), mail("HELD", recent), mail("FAILED", recent), mail("QUEUED", old)]);

    const report = await cleanUp();

    expect(report.mail).toBeGreaterThanOrEqual(3);
    const left = await prisma.mailMessage.findMany({ where: { id: { in: [...gone, ...kept].map((row) => row.id) } }, select: { id: true } });
    expect(left.map((row) => row.id).sort()).toEqual(kept.map((row) => row.id).sort());
  });

  it("deletes failed sign-ins after a day and successful ones once they no longer make an address familiar", async () => {
    const email = `${unique("signin")}@newsroom.test`;
    const attempt = (succeeded: boolean, at: Date) => prisma.loginAttempt.create({ data: { email, ip: "203.0.113.9", succeeded, createdAt: at } });
    await attempt(false, ago(2 * DAY));
    await attempt(true, ago(FAMILIAR_FOR_MS + DAY));
    const keptFailure = await attempt(false, ago(60 * 60_000));
    const keptSuccess = await attempt(true, ago(FAMILIAR_FOR_MS - DAY));

    await cleanUp();

    const left = await prisma.loginAttempt.findMany({ where: { email }, select: { id: true } });
    expect(left.map((row) => row.id).sort()).toEqual([keptFailure.id, keptSuccess.id].sort());
  });

  it("deletes rate-limit windows that ended and keeps the running ones", async () => {
    const ended = unique("api:198.51.100.1");
    const running = unique("api:198.51.100.2");
    await pool.query(`INSERT INTO "ApiRateLimit" ("key", "points", "expire") VALUES ($1, 5, $2), ($3, 5, $4)`, [
      ended,
      Date.now() - 60_000,
      running,
      Date.now() + 60_000,
    ]);

    await cleanUp();

    const { rows } = await pool.query<{ key: string }>(`SELECT "key" FROM "ApiRateLimit" WHERE "key" = ANY($1)`, [[ended, running]]);
    expect(rows.map((row) => row.key)).toEqual([running]);
  });

  it("deletes account links past their time and keeps live ones", async () => {
    const user = await makeUser("REPORTER");
    const token = async (expiresAt: Date) => {
      const id = unique("token");
      await pool.query(
        `INSERT INTO "AccountToken" ("id", "kind", "userId", "tokenHash", "expiresAt", "createdAt") VALUES ($1, 'PASSWORD_RESET', $2, $3, $4::timestamp, $5::timestamp)`,
        [id, user.id, unique("hash"), expiresAt.toISOString(), ago(2 * DAY).toISOString()],
      );
      return id;
    };
    const expired = await token(ago(60 * 60_000));
    const live = await token(new Date(Date.now() + 60 * 60_000));

    const report = await cleanUp();

    expect(report.tokens).toBeGreaterThanOrEqual(1);
    const { rows } = await pool.query<{ id: string }>(`SELECT "id" FROM "AccountToken" WHERE "id" = ANY($1)`, [[expired, live]]);
    expect(rows.map((row) => row.id)).toEqual([live]);
  });
});
