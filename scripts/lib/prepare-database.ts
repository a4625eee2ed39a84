import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../../lib/generated/prisma/client.ts";
import { DEMO_ACCOUNTS, ensureDefaultScale, seedDemo } from "../../prisma/seed.ts";

// Any constant works (lib/database/migrate.ts uses another); it only has to be
// the same for every app server.
const ADVISORY_LOCK_KEY = 72_707_366;

type PrepareOptions = { seedDemo: boolean; log: (line: string) => void };

// After migrating: make sure the verdict scale exists (every deployment needs
// one) and, where allowed, that the demo newsroom is there.
//
// One app server at a time: several instances started together would each
// find the scale (or the demo newsroom) missing, each write it, and all but
// one would stop on a duplicate slug or email. Under the lock, the first
// writes and the others find it there.
export async function prepareDatabase(url: string, options: PrepareOptions) {
  const lock = new pg.Client({ connectionString: url });
  await lock.connect();
  try {
    await lock.query("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK_KEY]);
    await prepareAlone(url, options);
  } finally {
    // Ending the session releases its lock, even when the unlock is not heard.
    await lock.query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK_KEY]).catch(() => {});
    await lock.end();
  }
}

async function prepareAlone(url: string, options: PrepareOptions) {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    // Failed sign-ins matter to the throttle for minutes, so a day is plenty;
    // successes mark an address as familiar for 30 days (lib/auth/throttle.ts).
    const day = 24 * 60 * 60 * 1000;
    await prisma.loginAttempt.deleteMany({
      where: {
        OR: [
          { succeeded: false, createdAt: { lt: new Date(Date.now() - day) } },
          { succeeded: true, createdAt: { lt: new Date(Date.now() - 31 * day) } },
        ],
      },
    });
    const added = await ensureDefaultScale(prisma);
    if (added) options.log(`added ${added} step(s) of the default verdict scale`);
    if (!options.seedDemo) return;
    if (await seedDemo(prisma)) {
      options.log("created the demo newsroom. Demo accounts:");
      for (const account of DEMO_ACCOUNTS) {
        options.log(`  ${account.role.padEnd(8)} ${account.email.padEnd(24)} password: ${account.password}`);
      }
    } else {
      options.log("demo newsroom already present (accounts are listed in the README)");
    }
  } finally {
    await prisma.$disconnect();
  }
}
