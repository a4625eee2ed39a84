import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { E2E } from "./tests/e2e/support/env";

// Playwright cannot download its own browsers here, so the suite drives
// Debian's Chromium (or CHROMIUM_PATH); on a laptop with Playwright's browser
// installed and no system Chromium, that one is used.
const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const launchOptions = existsSync(chromiumPath)
  ? {
      executablePath: chromiumPath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    }
  : {};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  // A real SMTP server the app delivers to (SMTP_URL below); specs read what
  // it received with tests/e2e/support/mailbox.ts.
  globalSetup: "./tests/e2e/support/mail-receiver.ts",
  // The fuzz suite (tests/e2e/fuzz-*.spec.ts) leaves junk claims, retired
  // ratings, disabled accounts and unpublished verdicts behind, which other
  // specs do not expect, so it runs after all of them on the same server:
  // the "fuzz" project depends on "e2e" (and is skipped when e2e fails). To
  // run it alone on a fresh server: `npx playwright test --project fuzz --no-deps`.
  projects: [
    { name: "e2e", testIgnore: /fuzz-[^/]*\.spec\.ts$/ },
    { name: "fuzz", testMatch: /fuzz-[^/]*\.spec\.ts$/, dependencies: ["e2e"] },
  ],
  use: {
    baseURL: E2E.baseURL,
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions,
  },
  // The real start command on a fresh data folder: embedded PostgreSQL,
  // migrations, demo seed, production build, `next start`.
  webServer: {
    // Its output is also copied to a file the log spec reads. Playwright stops
    // the whole process group, so the pipe does not orphan PostgreSQL.
    command: `rm -rf ${E2E.dataDir} ${E2E.logFile} ${E2E.backupDir} && mkdir -p ${E2E.dataDir} && sh scripts/node.sh --import tsx scripts/start.ts 2>&1 | tee ${E2E.logFile}`,
    url: `${E2E.baseURL}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(E2E.port),
      ONRECORD_DATA_DIR: E2E.dataDir,
      EMBEDDED_PG_PORT: String(E2E.databasePort),
      NEXT_DIST_DIR: E2E.distDir,
      SITE_URL: E2E.baseURL,
      ARCHIVE_ALLOWED_ORIGINS: `http://127.0.0.1:${E2E.archivePort}`,
      // The hourly re-archiving job would fetch the specs' sources (and the
      // demo's) in the middle of a run; its work is tested in
      // tests/integration/recheck-sources.test.ts and source-changed.spec.ts.
      ARCHIVE_RECHECK_DAYS: "0",
      DATABASE_URL: "",
      AUTH_SECRET: "",
      NEXT_TELEMETRY_DISABLED: "1",
      CHECKPOINT_DISABLE: "1",
      METRICS_TOKEN: E2E.metricsToken,
      SMTP_URL: `smtp://127.0.0.1:${E2E.smtpPort}`,
      MAIL_FROM: "OnRecord e2e desk <desk@onrecord.test>",
      BACKUP_DIR: E2E.backupDir,
    },
  },
});
