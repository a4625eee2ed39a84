import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { readFile, stat, writeFile } from "node:fs/promises";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";

// A backup's files are hashed as they are copied, so the checksum is of the
// very bytes that went into the backup, even for a file PostgreSQL was
// writing at the time.

export type Hashed = { sha256: string; bytes: number };

function counting(hash: ReturnType<typeof createHash>, counted: { bytes: number }) {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      counted.bytes += chunk.length;
      done(null, chunk);
    },
  });
}

// Null when the file is gone before it could be opened: PostgreSQL removes
// files of dropped tables and old WAL while a copy runs, and replaying the
// WAL removes them from the copy too.
export async function copyHashed(from: string, to: string): Promise<Hashed | null> {
  // Most of a cluster is small files: one read and one write each.
  const small = await readSmall(from);
  if (small === null) return null;
  if (small !== TOO_BIG) {
    await writeFile(to, small, { mode: 0o600 });
    return { sha256: createHash("sha256").update(small).digest("hex"), bytes: small.length };
  }
  const hash = createHash("sha256");
  const counted = { bytes: 0 };
  const source = createReadStream(from);
  try {
    await new Promise<void>((resolve, reject) => {
      source.once("open", () => resolve());
      source.once("error", reject);
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  await pipeline(source, counting(hash, counted), createWriteStream(to, { mode: 0o600 }));
  return { sha256: hash.digest("hex"), bytes: counted.bytes };
}

const SMALL = 1024 * 1024;
const TOO_BIG = Symbol("too big");

async function readSmall(file: string): Promise<Buffer | null | typeof TOO_BIG> {
  try {
    const info = await stat(file);
    return info.size > SMALL ? TOO_BIG : await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

export async function hashFile(file: string): Promise<Hashed> {
  const hash = createHash("sha256");
  let bytes = 0;
  for await (const chunk of createReadStream(file)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { sha256: hash.digest("hex"), bytes };
}
