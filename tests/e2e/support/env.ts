// Where the end-to-end server runs; fixed ports so tests can also open the
// database directly and check what it holds.
export const E2E = {
  port: 3100,
  baseURL: "http://127.0.0.1:3100",
  databasePort: 54391,
  dataDir: ".data/e2e",
  // A page server the tests run themselves; the app's archiver is allowed to
  // reach exactly this origin (ARCHIVE_ALLOWED_ORIGINS) and no other local one.
  archivePort: 3199,
};
