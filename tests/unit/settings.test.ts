import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readSettings, SettingsError, settingsSchema, TEST_VARIABLES } from "@/lib/settings";

// Every variable OnRecord reads, checked once (lib/settings.ts): defaults for
// the demo, every problem named at once, and the documentation kept in step.

const root = path.resolve(import.meta.dirname, "../..");
const names = Object.keys(settingsSchema.shape).sort();

function problems(env: Record<string, string>): string[] {
  try {
    readSettings(env);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(SettingsError);
    return (error as SettingsError).problems;
  }
}

describe("settings", () => {
  it("with nothing set, the demo's defaults", () => {
    expect(readSettings({})).toEqual({
      DATABASE_URL: undefined,
      AUTH_SECRET: undefined,
      PORT: 3000,
      HOST: undefined,
      ONRECORD_DATA_DIR: ".data",
      EMBEDDED_PG_PORT: undefined,
      SEED_DEMO: false,
      JOBS_IN_APP: true,
      SITE_URL: undefined,
      SITE_NAME: "OnRecord",
      SITE_PUBLISHER: "OnRecord newsroom",
      NEWSROOM_TIME_ZONE: "UTC",
      TRUST_PROXY_HOPS: 0,
      API_RATE_LIMIT_PER_MINUTE: 120,
      ARCHIVE_ALLOWED_PORTS: [],
      ARCHIVE_ALLOWED_ORIGINS: [],
      ARCHIVE_RECHECK_DAYS: 7,
      ARCHIVE_RECHECK_BATCH: 200,
      ARCHIVE_RECHECK_HOST_CONCURRENCY: 1,
      ARCHIVE_RECHECK_HOST_PAUSE_MS: 3000,
      DUE_NOTICE_DAYS: 7,
      NEXT_DIST_DIR: ".next",
      CACHE_PURGE_URL: undefined,
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: undefined,
      NEXT_DEPLOYMENT_ID: undefined,
      ONRECORD_PAGE_CACHE: "on",
      BACKUP_DIR: ".backups",
      BACKUP_KEEP: 7,
      BACKUP_SCHEDULE: "30 2 * * *",
      LOG_LEVEL: "info",
      LOG_FORMAT: undefined,
      METRICS_TOKEN: undefined,
      METRICS_ALLOWED_ADDRESSES: [],
      SMTP_URL: undefined,
      MAIL_FROM: undefined,
      REDIS_URL: undefined,
      REDIS_KEY_PREFIX: "onrecord:",
      DATABASE_REPLICA_URLS: [],
    });
  });

  it("reads the re-archiving and coming-due settings: 0 days turns re-archiving off, a negative pause is refused", () => {
    expect(readSettings({ ARCHIVE_RECHECK_DAYS: "0", ARCHIVE_RECHECK_HOST_PAUSE_MS: "500", DUE_NOTICE_DAYS: "3" })).toMatchObject({
      ARCHIVE_RECHECK_DAYS: 0,
      ARCHIVE_RECHECK_HOST_PAUSE_MS: 500,
      DUE_NOTICE_DAYS: 3,
    });
    expect(() => readSettings({ ARCHIVE_RECHECK_HOST_PAUSE_MS: "-1", ARCHIVE_RECHECK_HOST_CONCURRENCY: "0" })).toThrow(
      /ARCHIVE_RECHECK_HOST_CONCURRENCY must be a whole number from 1 to 10[\s\S]*ARCHIVE_RECHECK_HOST_PAUSE_MS must be a whole number from 0 to 600000/,
    );
  });

  it("an empty line in .env counts as unset", () => {
    expect(readSettings({ PORT: "", SITE_URL: " ", TRUST_PROXY_HOPS: "" })).toMatchObject({ PORT: 3000, SITE_URL: undefined, TRUST_PROXY_HOPS: 0 });
  });

  it("reads what an operator writes", () => {
    expect(
      readSettings({
        DATABASE_URL: "postgresql://onrecord:secret@db.internal:5432/onrecord",
        SITE_URL: "https://factcheck.example.org/",
        TRUST_PROXY_HOPS: "2",
        API_RATE_LIMIT_PER_MINUTE: "30",
        ARCHIVE_ALLOWED_PORTS: "8080, 8443",
        ARCHIVE_ALLOWED_ORIGINS: "http://127.0.0.1:3199",
        NEWSROOM_TIME_ZONE: "Asia/Tehran",
        SEED_DEMO: "true",
      }),
    ).toMatchObject({
      SITE_URL: "https://factcheck.example.org",
      TRUST_PROXY_HOPS: 2,
      API_RATE_LIMIT_PER_MINUTE: 30,
      ARCHIVE_ALLOWED_PORTS: [8080, 8443],
      ARCHIVE_ALLOWED_ORIGINS: ["http://127.0.0.1:3199"],
      NEWSROOM_TIME_ZONE: "Asia/Tehran",
      SEED_DEMO: true,
    });
  });

  it("reads the log and metrics settings, and refuses an address list /metrics could not use", () => {
    expect(
      readSettings({
        LOG_LEVEL: "debug",
        LOG_FORMAT: "pretty",
        METRICS_TOKEN: "a-scraper-token-long-enough",
        METRICS_ALLOWED_ADDRESSES: "10.0.0.0/8, ::1, 192.168.1.7",
      }),
    ).toMatchObject({
      LOG_LEVEL: "debug",
      LOG_FORMAT: "pretty",
      METRICS_TOKEN: "a-scraper-token-long-enough",
      METRICS_ALLOWED_ADDRESSES: ["10.0.0.0/8", "::1", "192.168.1.7"],
    });
    expect(problems({ LOG_LEVEL: "loud", METRICS_ALLOWED_ADDRESSES: "10.0.0.0/33", METRICS_TOKEN: "short" })).toHaveLength(3);
    expect(problems({ METRICS_ALLOWED_ADDRESSES: "example.org" })).toHaveLength(1);
    expect(problems({ METRICS_ALLOWED_ADDRESSES: "300.1.1.1" })).toHaveLength(1);
  });

  it("names every wrong variable at once, with its value and what it must be", () => {
    expect(
      problems({
        TRUST_PROXY_HOPS: "two",
        API_RATE_LIMIT_PER_MINUTE: "0",
        NEWSROOM_TIME_ZONE: "Nowhere/Special",
        SITE_URL: "factcheck.example.org",
        DATABASE_URL: "mysql://x",
        AUTH_SECRET: "short",
        PORT: "99999",
        SEED_DEMO: "yes",
        ARCHIVE_ALLOWED_ORIGINS: "http://127.0.0.1:3199/path",
        NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "c2hvcnQ=",
        NEXT_DEPLOYMENT_ID: "build 7",
      }),
    ).toEqual([
      'DATABASE_URL must be a postgresql:// connection address (it is "mysql://x").',
      'AUTH_SECRET must be at least 32 characters (try: openssl rand -base64 32) (it is "short").',
      'PORT must be a port number from 1 to 65535 (it is "99999").',
      'SEED_DEMO must be "true" or "false" (it is "yes").',
      'SITE_URL must be the site\'s public address starting with http:// or https:// (it is "factcheck.example.org").',
      'NEWSROOM_TIME_ZONE must be an IANA time zone such as Europe/London (it is "Nowhere/Special").',
      'TRUST_PROXY_HOPS must be a whole number from 0 to 10 (it is "two").',
      'API_RATE_LIMIT_PER_MINUTE must be a whole number from 1 to 1000000 (it is "0").',
      'ARCHIVE_ALLOWED_ORIGINS must list exact origins such as http://127.0.0.1:3199, comma-separated (it is "http://127.0.0.1:3199/path").',
      'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be 16, 24 or 32 random bytes in base64 (try: openssl rand -base64 32) (it is "c2hvcnQ=").',
      'NEXT_DEPLOYMENT_ID must be 1 to 64 letters, digits, dots, dashes or underscores (it is "build 7").',
    ]);
  });

  it(".env.example lists every variable the app reads, and the test suite's browser", () => {
    const listed = [...readFileSync(path.join(root, ".env.example"), "utf8").matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1]!).sort();
    expect(listed).toEqual([...names, "CHROMIUM_PATH"].sort());
  });

  it("the README's table lists every variable the app reads and every one the tests read, and no other", () => {
    const readme = readFileSync(path.join(root, "README.md"), "utf8");
    const table = readme.slice(readme.indexOf("## Environment variables"), readme.indexOf("### Running on your own PostgreSQL"));
    const listed = [...table.matchAll(/^\| ((?:`[A-Z][A-Z0-9_]*`(?:, )?)+) \|/gm)].flatMap((match) =>
      [...match[1]!.matchAll(/`([A-Z0-9_]+)`/g)].map((name) => name[1]!),
    );
    expect(listed.sort()).toEqual([...names, ...TEST_VARIABLES].sort());
  });
});
