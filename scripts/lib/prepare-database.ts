import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client.ts";
import { DEMO_ACCOUNTS, ensureDefaultScale, seedDemo } from "../../prisma/seed.ts";

// After migrating: make sure the verdict scale exists (every deployment needs
// one) and, where allowed, that the demo newsroom is there.
export async function prepareDatabase(url: string, options: { seedDemo: boolean; log: (line: string) => void }) {
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
