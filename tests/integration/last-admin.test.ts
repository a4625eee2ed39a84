import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "@/lib/database/migrate";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { changeRole, setDisabled } from "@/lib/users/mutations";
import { makeUser } from "../support/factories";
import { freshDatabase } from "../support/sql";

// Whether an admin is the last one depends on every account in the database,
// so this file works in a database of its own, holding only its two admins.

let database: Awaited<ReturnType<typeof freshDatabase>>;
const client = globalThis as unknown as { onrecordPrisma?: PrismaClient };

beforeAll(async () => {
  database = await freshDatabase("onrecord_admins");
  await migrate(database.url);
  // lib/db.ts makes its client from DATABASE_URL on first use.
  await client.onrecordPrisma?.$disconnect();
  client.onrecordPrisma = undefined;
  process.env.DATABASE_URL = database.url;
});

afterAll(async () => {
  await client.onrecordPrisma?.$disconnect();
  client.onrecordPrisma = undefined;
  await database.drop();
});

describe("the newsroom always keeps an admin", () => {
  it("two admins demoting or disabling each other at the same moment: one succeeds, the other is refused", async () => {
    const { prisma } = await import("@/lib/db");
    const [first, second] = [await makeUser("ADMIN"), await makeUser("ADMIN")];
    expect(await prisma.user.count({ where: { role: "ADMIN", disabledAt: null } })).toBe(2);

    const results = await Promise.allSettled([
      changeRole(first, { userId: second.id, role: "REPORTER" }),
      setDisabled(second, { userId: first.id, disabled: true }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "forbidden", message: expect.stringMatching(/last active admin/i) });
    expect(await prisma.user.count({ where: { role: "ADMIN", disabledAt: null } })).toBe(1);
  });
});
