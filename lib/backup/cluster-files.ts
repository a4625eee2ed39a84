import type { Dirent } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";

// Which files of a running cluster go into a base backup, following the
// PostgreSQL manual's list of what to leave out ("Backup and Restore",
// making a base backup with the low-level API, and pg_basebackup's own
// exclusions): the WAL folder and the folders of run-time state are copied
// empty (the backup's own WAL is added separately), the running server's lock
// and option files, temporary files and relation caches not at all.

// Folders kept, their contents not: PostgreSQL recreates what it needs.
const EMPTIED = new Set(["pg_wal", "pg_dynshmem", "pg_notify", "pg_replslot", "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans"]);
// Files at the top of the cluster that belong to the running server, or to
// an earlier restore, not to the data.
const LEFT_OUT = new Set(["postmaster.pid", "postmaster.opts", "backup_label", "backup_label.old", "tablespace_map", "current_logfiles"]);

export type ClusterListing = { folders: string[]; files: string[] };

function leftOut(relative: string, entry: Dirent): boolean {
  if (entry.name.startsWith("pgsql_tmp") || entry.name === "pg_internal.init" || entry.name.startsWith("onrecord-restore")) return true;
  return !relative.includes(path.sep) && LEFT_OUT.has(entry.name);
}

// Paths relative to the cluster folder.
export async function listClusterFiles(clusterDir: string): Promise<ClusterListing> {
  const folders: string[] = [];
  const files: string[] = [];
  const tablespaces = await readdir(path.join(clusterDir, "pg_tblspc"));
  if (tablespaces.length > 0) {
    throw new Error(`The cluster in ${clusterDir} uses tablespaces (${tablespaces.join(", ")}), which OnRecord's backups do not cover.`);
  }
  const walk = async (relative: string) => {
    for (const entry of await readdir(path.join(clusterDir, relative), { withFileTypes: true })) {
      const child = relative ? path.join(relative, entry.name) : entry.name;
      if (leftOut(child, entry)) continue;
      if (entry.isDirectory()) {
        folders.push(child);
        if (!(relative === "" && EMPTIED.has(entry.name))) await walk(child);
      } else if (entry.isFile()) {
        files.push(child);
      }
    }
  };
  await walk("");
  return { folders, files };
}
