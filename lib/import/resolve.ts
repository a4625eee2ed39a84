import "server-only";
import { decide, type Permission } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import type { Transaction } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import type { ParsedImport } from "@/lib/import/parse";

// What of an import already exists on the desk: speakers and topics by name,
// sources by link. Read by the preview to say what is new, and again inside
// the commit's transaction, which never trusts the preview.

// Importing is logging claims, adding sources and putting them on the record,
// many times over: it needs all three permissions.
export const IMPORT_PERMISSIONS: readonly Permission[] = ["claim.create", "source.create", "evidence.add"];

export function importRefusal(actor: Actor | null): string | undefined {
  for (const permission of IMPORT_PERMISSIONS) {
    const decision = decide(actor, permission);
    if (!decision.allowed) return decision.reason;
  }
  return undefined;
}

export function authorizeImport(actor: Actor | null): asserts actor is Actor {
  const refusal = importRefusal(actor);
  if (refusal || !actor) throw forbidden(refusal ?? "Sign in to do this.");
}

// Postgres takes at most 65,535 parameters per statement; lists are sent in
// slices well under that.
export function slices<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

export type Existing = {
  // lower-cased name → id of the speaker a claim by that name belongs to
  speakers: Map<string, string>;
  // lower-cased name → topic id
  topics: Map<string, string>;
  // link → id of the library source with that link
  sources: Map<string, string>;
  refsOnDesk: number;
};

export const nameKey = (name: string) => name.toLowerCase();

export async function findExisting(db: Transaction, parsed: Pick<ParsedImport, "claims" | "sources">): Promise<Existing> {
  const speakerNames = [...new Set(parsed.claims.map((claim) => claim.speakerName))];
  const topicNames = [...new Set(parsed.claims.flatMap((claim) => claim.topics))];
  const urls = [...new Set(parsed.sources.flatMap((source) => (source.url ? [source.url] : [])))];
  const refs = [...new Set(parsed.claims.flatMap((claim) => (claim.ref ? [claim.ref] : [])))];
  const [speakers, topics, sources, refsOnDesk] = await Promise.all([
    matchSpeakers(db, speakerNames),
    matchTopics(db, topicNames),
    matchSources(db, urls),
    countClaimsWithSlugs(db, refs),
  ]);
  return { speakers, topics, sources, refsOnDesk };
}

// By name, in any case. A speaker merged into another stands for the one it
// was merged into; an unmerged speaker of that name comes first, the oldest
// when there are several.
async function matchSpeakers(db: Transaction, names: string[]) {
  const found = new Map<string, string>();
  const viaMerged = new Map<string, string>();
  for (const slice of slices(names, 5_000)) {
    const rows = await db.speaker.findMany({
      where: { name: { in: slice, mode: "insensitive" } },
      select: { id: true, name: true, mergedIntoId: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    for (const row of rows) {
      const key = nameKey(row.name);
      if (row.mergedIntoId) {
        if (!viaMerged.has(key)) viaMerged.set(key, row.mergedIntoId);
      } else if (!found.has(key)) {
        found.set(key, row.id);
      }
    }
  }
  // A merge can itself have been merged; follow the chain to the survivor.
  let pending = [...viaMerged].filter(([key]) => !found.has(key));
  for (let depth = 0; pending.length && depth < 10; depth += 1) {
    const targets = await db.speaker.findMany({
      where: { id: { in: [...new Set(pending.map(([, id]) => id))] } },
      select: { id: true, mergedIntoId: true },
    });
    const next = new Map(targets.map((target) => [target.id, target.mergedIntoId]));
    const still: [string, string][] = [];
    for (const [key, id] of pending) {
      const onward = next.get(id);
      if (onward) still.push([key, onward]);
      else if (next.has(id)) found.set(key, id);
    }
    pending = still;
  }
  return found;
}

async function matchTopics(db: Transaction, names: string[]) {
  const found = new Map<string, string>();
  for (const slice of slices(names, 5_000)) {
    const rows = await db.topic.findMany({ where: { name: { in: slice, mode: "insensitive" } }, select: { id: true, name: true } });
    for (const row of rows) if (!found.has(nameKey(row.name))) found.set(nameKey(row.name), row.id);
  }
  return found;
}

// The library may hold the same link twice (added before this import
// existed); the oldest is the one reused.
async function matchSources(db: Transaction, urls: string[]) {
  const found = new Map<string, string>();
  for (const slice of slices(urls, 5_000)) {
    const rows = await db.source.findMany({
      where: { url: { in: slice } },
      select: { id: true, url: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    for (const row of rows) if (row.url && !found.has(row.url)) found.set(row.url, row.id);
  }
  return found;
}

async function countClaimsWithSlugs(db: Transaction, refs: string[]) {
  let count = 0;
  for (const slice of slices(refs, 5_000)) count += await db.claim.count({ where: { slug: { in: slice } } });
  return count;
}
