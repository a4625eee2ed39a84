// Where the end-to-end server runs; fixed ports so tests can also open the
// database directly and check what it holds. Each can be moved with an
// environment variable, so two checkouts can run their suites side by side.
const number = (name: string, fallback: number) => Number(process.env[name] || fallback);
const port = number("E2E_PORT", 3100);

export const E2E = {
  port,
  baseURL: `http://127.0.0.1:${port}`,
  // Below 32768, out of the range Linux hands out to outgoing connections,
  // which a busy run could hold when the database wants to listen.
  databasePort: number("E2E_DB_PORT", 25391),
  dataDir: process.env.E2E_DATA_DIR || ".data/e2e",
  distDir: process.env.E2E_DIST_DIR || ".next-e2e",
  // A page server the tests run themselves; the app's archiver is allowed to
  // reach exactly this origin (ARCHIVE_ALLOWED_ORIGINS) and no other local one.
  archivePort: number("E2E_ARCHIVE_PORT", 3199),
  // The SMTP server the suite starts (tests/e2e/support/mail-receiver.ts);
  // the app's SMTP_URL points at it, and what it receives is written to
  // mailDir for specs to read (tests/e2e/support/mailbox.ts).
  smtpPort: number("E2E_SMTP_PORT", 3125),
  get mailDir() {
    return `${this.dataDir}-mail`;
  },
  // Where the app's backups go (BACKUP_DIR), beside the data folder as a newsroom's would be.
  get backupDir() {
    return `${this.dataDir}-backups`;
  },
  // What the server logs, copied here as it goes (tests/e2e/logs-and-metrics.spec.ts).
  get logFile() {
    return `${this.dataDir}-server.log`;
  },
  // The token /metrics answers (METRICS_TOKEN).
  metricsToken: "e2e-metrics-token-0123456789",
};
