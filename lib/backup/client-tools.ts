import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

// pg_dump and pg_restore for an operator's own PostgreSQL. pg_dump refuses a
// server newer than itself, and one much older than the server is not
// trusted either, so the tools must be of the server's major version:
// Debian and Ubuntu keep each version's in /usr/lib/postgresql/<major>/bin,
// other systems put them on PATH.

const run = promisify(execFile);

async function majorOf(program: string): Promise<number | null> {
  try {
    const { stdout } = await run(program, ["--version"]);
    const match = /\(PostgreSQL\)\s+(\d+)/.exec(stdout);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

export async function clientTool(name: "pg_dump" | "pg_restore", serverMajor: number): Promise<string> {
  const onPath = (process.env.PATH ?? "").split(path.delimiter).filter(Boolean);
  const candidates = [path.join("/usr/lib/postgresql", String(serverMajor), "bin", name), ...onPath.map((dir) => path.join(dir, name))];
  const seen: string[] = [];
  for (const candidate of candidates) {
    if (!existsSync(candidate)) continue;
    const major = await majorOf(candidate);
    if (major === serverMajor) return candidate;
    if (major !== null) seen.push(`${candidate} is version ${major}`);
  }
  throw new Error(
    `The database is PostgreSQL ${serverMajor}, and backing it up or restoring it needs ${name} of that version${seen.length ? ` (${seen.join("; ")})` : ""}. ` +
      `Install PostgreSQL ${serverMajor}'s client programs (on Debian or Ubuntu: apt-get install postgresql-client-${serverMajor}), then run the command again. Nothing was written.`,
  );
}

// The connection address without its password, which goes to the programs
// in their environment instead: command lines are visible to every user of
// the machine (ps), environments are not.
export function connectionFor(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  return { dbname: parsed.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

export async function runClientTool(program: string, args: string[], env: NodeJS.ProcessEnv, signal?: AbortSignal) {
  try {
    await run(program, args, { env, maxBuffer: 16 * 1024 * 1024, signal });
  } catch (error) {
    const { stderr } = error as { stderr?: string };
    throw new Error(`${path.basename(program)} failed: ${(stderr || String(error)).trim()}`, { cause: error });
  }
}

export async function serverMajor(client: { query: (text: string) => Promise<{ rows: { num: string; version: string }[] }> }) {
  const { rows } = await client.query("SELECT current_setting('server_version_num') AS num, current_setting('server_version') AS version");
  return { major: Math.floor(Number(rows[0]!.num) / 10000), version: rows[0]!.version };
}
