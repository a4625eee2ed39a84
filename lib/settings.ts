import { z } from "zod";

// Every environment variable OnRecord reads, parsed and checked in one place.
// `npm start` checks them all before anything starts (scripts/start.ts) and
// stops with a message that names the variable; the app reads the typed
// values through `settings()`. `.env.example` and the README's table are
// checked against this list by tests/unit/settings.test.ts.
//
// Kept free of Node-only imports: lib/dates.ts (which client components use)
// reads the newsroom's zone from here.

const blankIsUnset = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const optionalText = z.preprocess(blankIsUnset, z.string().trim().optional());

const wholeNumber = (min: number, max: number, fallback: number) =>
  z.preprocess(
    blankIsUnset,
    z.coerce
      .number({ error: `must be a whole number from ${min} to ${max}` })
      .int({ error: `must be a whole number from ${min} to ${max}` })
      .min(min, { error: `must be a whole number from ${min} to ${max}` })
      .max(max, { error: `must be a whole number from ${min} to ${max}` })
      .default(fallback),
  );

const port = z.preprocess(
  blankIsUnset,
  z.coerce
    .number({ error: "must be a port number from 1 to 65535" })
    .int({ error: "must be a port number from 1 to 65535" })
    .min(1, { error: "must be a port number from 1 to 65535" })
    .max(65535, { error: "must be a port number from 1 to 65535" })
    .optional(),
);

const flag = (fallback: boolean) =>
  z
    .preprocess(blankIsUnset, z.enum(["true", "false"], { error: 'must be "true" or "false"' }).optional())
    .transform((value) => (value === undefined ? fallback : value === "true"));

const httpUrl = (what: string) =>
  z.preprocess(
    blankIsUnset,
    z
      .url({ protocol: /^https?$/, error: `must be ${what} starting with http:// or https://` })
      .transform((value) => value.replace(/\/$/, ""))
      .optional(),
  );

const commaList = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) =>
      typeof value === "string"
        ? value
            .split(",")
            .map((entry) => entry.trim())
            .filter(Boolean)
        : [],
    z.array(item),
  );

// "10.0.0.5", "::1", "10.0.0.0/8", "fd00::/8". Checked here without
// ipaddr.js so that this module stays free of imports (see above).
function isAddressOrRange(entry: string): boolean {
  const [address, bits, ...extra] = entry.split("/");
  if (extra.length > 0 || !address) return false;
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(address);
  const v6 = !v4 && /^[0-9a-f:.]+$/i.test(address) && address.includes(":");
  if (v4?.slice(1).some((part) => Number(part) > 255)) return false;
  if (!v4 && !v6) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (v4 ? 32 : 128);
}

const timeZoneName = z.preprocess(
  blankIsUnset,
  z
    .string()
    .refine((zone) => zone === "UTC" || Intl.supportedValuesOf("timeZone").includes(zone), { error: "must be an IANA time zone such as Europe/London" })
    .default("UTC"),
);

// smtp://user:password@host:587 (STARTTLS when the server offers it) or
// smtps://…:465 (TLS from the start). The password may be percent-encoded.
const smtpUrl = z.preprocess(
  blankIsUnset,
  z
    .string()
    .trim()
    .refine(
      (value) => {
        try {
          const address = new URL(value);
          return /^smtps?:$/.test(address.protocol) && address.hostname !== "";
        } catch {
          return false;
        }
      },
      { error: "must be an smtp:// or smtps:// address with the mail server's host, such as smtp://user:password@mail.example.org:587" },
    )
    .optional(),
);

// "Desk <desk@example.org>" or "desk@example.org". The default is built from
// SITE_URL's host (lib/mail/sender.ts).
const mailFrom = z.preprocess(
  blankIsUnset,
  z
    .string()
    .trim()
    .refine((value) => /^(?:[^<>@\r\n"]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/.test(value), {
      error: 'must be an address such as desk@example.org or "OnRecord desk <desk@example.org>"',
    })
    .optional(),
);

// The variables of a running OnRecord, with their defaults.
export const settingsSchema = z.object({
  DATABASE_URL: z.preprocess(blankIsUnset, z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgresql:// connection address" }).optional()),
  AUTH_SECRET: z.preprocess(blankIsUnset, z.string().min(32, { error: "must be at least 32 characters (try: openssl rand -base64 32)" }).optional()),
  PORT: port.transform((value) => value ?? 3000),
  HOST: optionalText,
  ONRECORD_DATA_DIR: optionalText.transform((value) => value ?? ".data"),
  EMBEDDED_PG_PORT: port,
  SEED_DEMO: flag(false),
  JOBS_IN_APP: flag(true),
  SITE_URL: httpUrl("the site's public address"),
  SITE_NAME: optionalText.transform((value) => value ?? "OnRecord"),
  SITE_PUBLISHER: optionalText.transform((value) => value ?? "OnRecord newsroom"),
  NEWSROOM_TIME_ZONE: timeZoneName,
  TRUST_PROXY_HOPS: wholeNumber(0, 10, 0),
  API_RATE_LIMIT_PER_MINUTE: wholeNumber(1, 1_000_000, 120),
  ARCHIVE_ALLOWED_PORTS: commaList(z.coerce.number({ error: "must list port numbers, comma-separated" }).int().min(1).max(65535)),
  ARCHIVE_ALLOWED_ORIGINS: commaList(
    z.string().refine(
      (origin) => {
        try {
          return new URL(origin).origin === origin;
        } catch {
          return false;
        }
      },
      { error: "must list exact origins such as http://127.0.0.1:3199, comma-separated" },
    ),
  ),
  // Re-archiving the record (lib/archive/recheck-job.ts) and notices of
  // predictions and promises coming due (lib/claims/coming-due-job.ts).
  ARCHIVE_RECHECK_DAYS: wholeNumber(0, 365, 7),
  ARCHIVE_RECHECK_BATCH: wholeNumber(1, 5000, 200),
  ARCHIVE_RECHECK_HOST_CONCURRENCY: wholeNumber(1, 10, 1),
  ARCHIVE_RECHECK_HOST_PAUSE_MS: wholeNumber(0, 600_000, 3000),
  DUE_NOTICE_DAYS: wholeNumber(0, 90, 7),
  NEXT_DIST_DIR: optionalText.transform((value) => value ?? ".next"),
  CACHE_PURGE_URL: httpUrl("the address of the caching proxy's purge endpoint"),
  // Several instances: the shared cache (lib/caching/cache-handler.js) and
  // the read replicas public pages read from (lib/database/replicas.ts).
  REDIS_URL: z.preprocess(blankIsUnset, z.url({ protocol: /^rediss?$/, error: "must be a redis:// or rediss:// address" }).optional()),
  REDIS_KEY_PREFIX: optionalText.transform((value) => value ?? "onrecord:"),
  DATABASE_REPLICA_URLS: commaList(z.url({ protocol: /^postgres(ql)?$/, error: "must list postgresql:// connection addresses, comma-separated" })),
  // Several instances: the key every instance decrypts server-action
  // references with (without it, each build makes its own, and a form
  // rendered by one build cannot post to another), and the deployment id that
  // tells a browser holding an older build's pages to reload.
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: z.preprocess(
    blankIsUnset,
    z
      .string()
      .refine((key) => /^[A-Za-z0-9+/]+={0,2}$/.test(key) && [16, 24, 32].includes(Buffer.from(key, "base64").length), {
        error: "must be 16, 24 or 32 random bytes in base64 (try: openssl rand -base64 32)",
      })
      .optional(),
  ),
  NEXT_DEPLOYMENT_ID: z.preprocess(
    blankIsUnset,
    z
      .string()
      .regex(/^[A-Za-z0-9._-]{1,64}$/, { error: "must be 1 to 64 letters, digits, dots, dashes or underscores" })
      .optional(),
  ),
  ONRECORD_PAGE_CACHE: z.preprocess(blankIsUnset, z.enum(["on", "off"], { error: 'must be "on" or "off"' }).default("on")),
  // Backups (lib/backup/): where they go, how many are kept, and when the
  // worker takes one (five cron fields, UTC).
  BACKUP_DIR: optionalText.transform((value) => value ?? ".backups"),
  BACKUP_KEEP: wholeNumber(1, 1000, 7),
  BACKUP_SCHEDULE: z.preprocess(
    blankIsUnset,
    z
      .string()
      .trim()
      .regex(/^\S+(\s+\S+){4}$/, { error: 'must be a cron schedule of five fields, such as "30 2 * * *" (every day at 02:30 UTC)' })
      .default("30 2 * * *"),
  ),
  // Logs and metrics (lib/observability/, scripts/lib/metrics*.ts).
  LOG_LEVEL: z.preprocess(
    blankIsUnset,
    z
      .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], { error: "must be one of fatal, error, warn, info, debug, trace, silent" })
      .default("info"),
  ),
  LOG_FORMAT: z.preprocess(blankIsUnset, z.enum(["json", "pretty"], { error: 'must be "json" or "pretty"' }).optional()),
  METRICS_TOKEN: z.preprocess(blankIsUnset, z.string().min(16, { error: "must be at least 16 characters (try: openssl rand -hex 24)" }).optional()),
  // Email (lib/mail/): without SMTP_URL, mail is held in the desk's outbox.
  SMTP_URL: smtpUrl,
  MAIL_FROM: mailFrom,
  METRICS_ALLOWED_ADDRESSES: commaList(
    z.string().refine((entry) => isAddressOrRange(entry), { error: "must list IP addresses or CIDR ranges such as 10.0.0.0/8, comma-separated" }),
  ),
});

export type Settings = z.output<typeof settingsSchema>;

// Read by the test suite and the benchmarks, never by the app.
export const TEST_VARIABLES = ["CHROMIUM_PATH", "E2E_PORT", "E2E_DB_PORT", "E2E_ARCHIVE_PORT", "E2E_SMTP_PORT", "E2E_DATA_DIR", "E2E_DIST_DIR"] as const;

export class SettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(`OnRecord's settings need attention:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "SettingsError";
  }
}

// Every problem at once, each naming its variable and the value it had.
export function readSettings(env: Record<string, string | undefined> = process.env): Settings {
  const parsed = settingsSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  throw new SettingsError(
    parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      const value = env[name];
      return `${name} ${issue.message}${value === undefined ? "" : ` (it is "${value.length > 60 ? `${value.slice(0, 60)}…` : value}")`}.`;
    }),
  );
}

// The settings of this process, read once. A variable that is wrong stops
// `npm start` before the app starts, so here it can only be one changed
// since, or a process started another way: the error says which.
// Keyed by the variables' values, so a test that changes one (vi.stubEnv)
// reads it anew, at the cost of a few lookups per call.
const NAMES = Object.keys(settingsSchema.shape);
let current: { key: string; value: Settings } | null = null;
export function settings(): Settings {
  const key = NAMES.map((name) => process.env[name] ?? "\u0000").join("\u0001");
  if (current?.key !== key) current = { key, value: readSettings() };
  return current.value;
}
