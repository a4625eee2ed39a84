// `npm run user:create -- --email you@example.org --name "Your Name" --role ADMIN`
// Creates an account on DATABASE_URL: how a real deployment gets its first
// admin (demo accounts are never created there). Reads the password from
// ONRECORD_PASSWORD, or asks for it.
import "dotenv/config";
import { createInterface } from "node:readline/promises";
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { PrismaPg } from "@prisma/adapter-pg";
import { z } from "zod";
import { hashPassword } from "../lib/auth/password.ts";
import { PrismaClient } from "../lib/generated/prisma/client.ts";
import { readSettings } from "../lib/settings.ts";
import { newUserSchema } from "../lib/users/schema.ts";

const url = readSettings().DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set: point it at the database to add the account to.");
  process.exit(1);
}
const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string", default: "REPORTER" } } });
// Asks for the password without showing it on screen (or in a terminal log):
// the prompt goes out, then the output stream is muted while it is typed.
async function askHidden(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const prompt = createInterface({ input: process.stdin, output, terminal: process.stdin.isTTY });
  process.stdout.write(question);
  muted = true;
  const answer = await prompt.question("");
  prompt.close();
  process.stdout.write("\n");
  return answer;
}

const password = process.env.ONRECORD_PASSWORD || (await askHidden("Password (12 to 72 characters, not shown): "));
const parsed = newUserSchema.safeParse({ ...values, password });
if (!parsed.success) {
  for (const [field, messages] of Object.entries(z.flattenError(parsed.error).fieldErrors)) {
    console.error(`--${field}: ${(messages as string[]).join(" ")}`);
  }
  process.exit(1);
}
const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
try {
  const user = await prisma.$transaction(async (tx) => {
    const created = await tx.user.create({
      data: { email: parsed.data.email, name: parsed.data.name, role: parsed.data.role, passwordHash: await hashPassword(parsed.data.password) },
    });
    await tx.auditEvent.create({
      data: { action: "user.created", targetType: "User", targetId: created.id, details: { role: created.role, via: "command line" } },
    });
    return created;
  });
  console.log(`Created ${user.role.toLowerCase()} account ${user.email}.`);
} catch (error) {
  const code = (error as { code?: string }).code;
  console.error(
    code === "P2002"
      ? `An account for ${parsed.data.email} already exists.`
      : code === "P1001"
        ? "Could not reach the database in DATABASE_URL. Check the address and that PostgreSQL is running."
        : error,
  );
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
}
