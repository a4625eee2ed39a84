// `npm run db:migrate`: apply pending migrations to DATABASE_URL with the
// project's runner (same bookkeeping as `prisma migrate deploy`).
import "dotenv/config";
import { migrate } from "../lib/database/migrate.ts";
import { readSettings } from "../lib/settings.ts";

const url = readSettings().DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set. (`npm start` migrates the embedded database by itself.)");
  process.exit(1);
}
const report = await migrate(url, { log: (line) => console.log(line) });
console.log(report.applied.length ? `applied: ${report.applied.join(", ")}` : "nothing to apply: the schema is up to date");
