import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientTool } from "@/lib/backup/client-tools";
import { listClusterFiles } from "@/lib/backup/cluster-files";

// Which files of a cluster a base backup copies, on a made-up cluster laid
// out as PostgreSQL 18 lays one out.

let cluster: string;
beforeAll(async () => {
  cluster = await mkdtemp(path.join(os.tmpdir(), "onrecord-cluster-files-"));
  const files = [
    "PG_VERSION",
    "postgresql.conf",
    "postgresql.auto.conf",
    "pg_hba.conf",
    "postmaster.pid",
    "postmaster.opts",
    "backup_label.old",
    "current_logfiles",
    "global/pg_control",
    "global/pg_internal.init",
    "base/5/16384",
    "base/5/pg_internal.init",
    "base/pgsql_tmp/pgsql_tmp123.0",
    "pg_wal/000000010000000000000001",
    "pg_wal/archive_status/000000010000000000000001.done",
    "pg_xact/0000",
    "pg_subtrans/0000",
    "pg_stat_tmp/global.stat",
    "pg_replslot/slot/state",
    "pg_notify/0000",
    "pg_logical/replorigin_checkpoint",
  ];
  for (const file of files) {
    await mkdir(path.dirname(path.join(cluster, file)), { recursive: true });
    await writeFile(path.join(cluster, file), file);
  }
  await mkdir(path.join(cluster, "pg_tblspc"));
});
afterAll(async () => {
  await rm(cluster, { recursive: true, force: true });
});

describe("the files of a base backup", () => {
  it("copies the data and configuration, and leaves out what the PostgreSQL manual says to leave out", async () => {
    const { files, folders } = await listClusterFiles(cluster);
    expect(files.sort()).toEqual(
      [
        "PG_VERSION",
        "base/5/16384",
        "global/pg_control",
        "pg_hba.conf",
        "pg_logical/replorigin_checkpoint",
        "pg_xact/0000",
        "postgresql.auto.conf",
        "postgresql.conf",
      ].sort(),
    );
    // Run-time folders come back empty, for PostgreSQL to fill.
    expect(folders).toEqual(expect.arrayContaining(["pg_wal", "pg_subtrans", "pg_stat_tmp", "pg_replslot", "pg_notify", "pg_tblspc"]));
    expect(folders).not.toContain(path.join("pg_wal", "archive_status"));
    expect(folders).not.toContain(path.join("base", "pgsql_tmp"));
  });

  it("refuses a cluster with tablespaces, which it would not cover", async () => {
    await mkdir(path.join(cluster, "pg_tblspc", "16500"));
    try {
      await expect(listClusterFiles(cluster)).rejects.toThrow(/uses tablespaces \(16500\)/);
    } finally {
      await rm(path.join(cluster, "pg_tblspc", "16500"), { recursive: true });
    }
  });
});

describe("the client programs for an operator's own PostgreSQL", () => {
  it("without a pg_dump of the server's version, names the package to install", async () => {
    await expect(clientTool("pg_dump", 99)).rejects.toThrow(
      /The database is PostgreSQL 99, and backing it up or restoring it needs pg_dump of that version.*apt-get install postgresql-client-99.*Nothing was written/,
    );
  });
});
