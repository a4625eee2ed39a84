// `npm run user:create -- --email you@example.org --name "Your Name" --role ADMIN`
// Creates an account on DATABASE_URL: how a real deployment gets its first
// admin (demo accounts are never created there). Reads the password from
// ONRECORD_PASSWORD, or asks for it.
import "dotenv/config";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { PrismaPg } from "@prisma/adapter-pg";
import { z } from "zod";
import { hashPassword } from "../lib/auth/password.ts";
import { PrismaClient } from "../lib/generated/prisma/client.ts";
import { newUserSchema } from "../lib/users/schema.ts";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set: point it at the database to add the account to.");
  process.exit(1);
}
const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string", default: "REPORTER" } } });
let password = process.env.ONRECORD_PASSWORD;
if (!password) {
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  password = await prompt.question("Password (at least 12 characters): ");
  prompt.close();
}
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
    await tx.auditEvent.create({ data: { action: "user.created", targetType: "User", targetId: created.id, details: { role: created.role, via: "command line" } } });
    return created;
  });
  console.log(`Created ${user.role.toLowerCase()} account ${user.email}.`);
} catch (error) {
  console.error((error as { code?: string }).code === "P2002" ? `An account for ${parsed.data.email} already exists.` : error);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
}
