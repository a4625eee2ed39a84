import { createHash, randomBytes } from "node:crypto";
import { mkdir, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { listClusterFiles } from "./cluster-files.ts";
import { copyHashed, type Hashed } from "./hashing.ts";
import { inParallel } from "./in-parallel.ts";

// A consistent copy of the running embedded PostgreSQL without stopping its
// writes: PostgreSQL's low-level base backup (pg_backup_start and
// pg_backup_stop on one connection) around a copy of the cluster's files,
// plus the WAL written meanwhile. The files may change while they are
// copied; replaying that WAL on restore makes them consistent as of the
// backup's end, which is what the manual's "base backup" is.
//
// The WAL is taken from the server's own pg_wal folder. A temporary
// replication slot made on the same connection first stops PostgreSQL from
// recycling any of it until the copy is done; the slot goes with the
// connection, so a backup that fails or is killed leaves nothing behind.

export type ClusterCopy = {
  postgresVersion: string;
  startLsn: string;
  stopLsn: string;
  // sha256 of every file copied, by its path inside the copy.
  files: Record<string, string>;
  bytes: number;
};

// Files copied at once.
const COPY_WIDTH = 8;
const WAL_SEGMENT = /^[0-9A-F]{24}$/;
const TIMELINE_HISTORY = /^[0-9A-F]{8}\.history$/;

// `signal` (the worker stopping) ends the copy between files; the backup
// is abandoned, and run again.
export async function copyRunningCluster(url: string, clusterDir: string, into: string, label: string, signal?: AbortSignal): Promise<ClusterCopy> {
  const files: Record<string, string> = {};
  let bytes = 0;
  const keep = (relative: string, hashed: Hashed | null) => {
    if (!hashed) return;
    files[relative] = hashed.sha256;
    bytes += hashed.bytes;
  };
  const client = new pg.Client({ connectionString: url, application_name: "onrecord-backup" });
  await client.connect();
  try {
    const { rows: version } = await client.query<{ version: string }>("SELECT current_setting('server_version') AS version");
    await client.query("SELECT pg_create_physical_replication_slot($1, true, true)", [`onrecord_backup_${randomBytes(6).toString("hex")}`]);
    // fast: an immediate checkpoint rather than waiting for the next one.
    const { rows: started } = await client.query<{ lsn: string }>("SELECT pg_backup_start($1, true)::text AS lsn", [label]);

    const listing = await listClusterFiles(clusterDir);
    await mkdir(into, { recursive: true, mode: 0o700 });
    for (const folder of listing.folders) await mkdir(path.join(into, folder), { recursive: true, mode: 0o700 });
    await mkdir(path.join(into, "pg_wal", "archive_status"), { recursive: true, mode: 0o700 });
    await inParallel(listing.files, COPY_WIDTH, async (file) => {
      signal?.throwIfAborted();
      keep(file, await copyHashed(path.join(clusterDir, file), path.join(into, file)));
    });

    // Not waiting for an archive: the WAL is copied below, not archived.
    const { rows: stopped } = await client.query<{ lsn: string; labelfile: string; spcmapfile: string }>(
      "SELECT lsn::text, labelfile, spcmapfile FROM pg_backup_stop(false)",
    );
    const { lsn: stopLsn, labelfile, spcmapfile } = stopped[0]!;
    await writeFile(path.join(into, "backup_label"), labelfile, { mode: 0o600 });
    keep("backup_label", { sha256: sha256Of(labelfile), bytes: Buffer.byteLength(labelfile) });
    if (spcmapfile) {
      await writeFile(path.join(into, "tablespace_map"), spcmapfile, { mode: 0o600 });
      keep("tablespace_map", { sha256: sha256Of(spcmapfile), bytes: Buffer.byteLength(spcmapfile) });
    }

    // Every segment from the one the backup started in to the one it ended
    // in (pg_backup_stop switched to a new segment, so that one is whole),
    // and the timeline histories recovery may look for.
    const { rows: names } = await client.query<{ first: string; last: string }>(
      "SELECT pg_walfile_name($1::pg_lsn) AS first, pg_walfile_name($2::pg_lsn) AS last",
      [started[0]!.lsn, stopLsn],
    );
    const { first, last } = names[0]!;
    const wal = (await readdir(path.join(clusterDir, "pg_wal"))).filter(
      (name) => TIMELINE_HISTORY.test(name) || (WAL_SEGMENT.test(name) && name.slice(0, 8) === first!.slice(0, 8) && name >= first! && name <= last!),
    );
    if (!wal.includes(last!)) throw new Error(`The WAL segment ${last} the backup ends in is missing from ${path.join(clusterDir, "pg_wal")}.`);
    for (const name of wal.sort()) {
      const relative = path.join("pg_wal", name);
      const copied = await copyHashed(path.join(clusterDir, relative), path.join(into, relative));
      if (!copied) throw new Error(`The WAL segment ${name} disappeared while the backup was copying it.`);
      keep(relative, copied);
    }
    return { postgresVersion: version[0]!.version, startLsn: started[0]!.lsn, stopLsn, files, bytes };
  } finally {
    // Ends the backup if it is still running, and drops the slot.
    await client.end().catch(() => {});
  }
}

function sha256Of(text: string) {
  return createHash("sha256").update(text).digest("hex");
}
