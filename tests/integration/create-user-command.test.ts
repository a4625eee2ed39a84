import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { prisma } from "@/lib/db";
import { unique } from "../support/factories";

// `npm run user:create`: how a deployment on its own database gets its first
// admin, since demo accounts are never created there.

function createUser(args: string[], password: string | undefined) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/create-user.ts", ...args], {
    env: { ...process.env, ONRECORD_PASSWORD: password ?? "" },
    encoding: "utf8",
    input: "",
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("npm run user:create", () => {
  it("creates an admin with a hashed password and an audit row", async () => {
    const email = `${unique("first-admin")}@newsroom.example`;
    const run = createUser(["--email", email, "--name", "First Admin", "--role", "ADMIN"], "a long starting password");
    expect(run.output).toContain(`Created admin account ${email}.`);
    expect(run.code).toBe(0);
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(user.role).toBe("ADMIN");
    expect(await verifyPassword("a long starting password", user.passwordHash)).toBe(true);
    expect(await prisma.auditEvent.count({ where: { action: "user.created", targetId: user.id } })).toBe(1);
  });

  it("refuses bad input field by field and creates nothing", async () => {
    const email = `${unique("bad")}@newsroom.example`;
    const run = createUser(["--email", email, "--name", "X", "--role", "OWNER"], "short");
    expect(run.code).toBe(1);
    expect(run.output).toMatch(/--name: /);
    expect(run.output).toMatch(/--role: Choose a role/);
    expect(run.output).toMatch(/--password: .*at least 12/);
    expect(await prisma.user.count({ where: { email } })).toBe(0);
  });

  it("says so when the account already exists", async () => {
    const email = `${unique("twice")}@newsroom.example`;
    expect(createUser(["--email", email, "--name", "Twice Made"], "a long starting password").code).toBe(0);
    const again = createUser(["--email", email, "--name", "Twice Made"], "another long password");
    expect(again.code).toBe(1);
    expect(again.output).toContain(`An account for ${email} already exists.`);
  });
});
