import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { changeRole, setDisabled } from "@/lib/users/mutations";
import { makeUser } from "../support/factories";

// Whether an admin is the last one depends on every account in the database;
// this file's own database (tests/support/database-setup.ts) holds only its
// two admins.

describe("the newsroom always keeps an admin", () => {
  it("two admins demoting or disabling each other at the same moment: one succeeds, the other is refused", async () => {
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
