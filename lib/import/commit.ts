import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { retryOnUniqueClash } from "@/lib/database/unique-clash";
import { prisma, type Transaction } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/history/record";
import { IMPORT_LIMITS } from "@/lib/import/columns";
import {
  type ClaimRow,
  insertClaims,
  insertClaimTopics,
  insertCreationRevisions,
  insertEvidence,
  insertFirstAppearances,
  insertSources,
  insertSpeakers,
  insertTopics,
  newId,
} from "@/lib/import/insert";
import { type ImportClaim, type ImportSource, type ParsedImport, parseImportFile } from "@/lib/import/parse";
import { authorizeImport, type Existing, findExisting, nameKey, slices } from "@/lib/import/resolve";
import type { CommitLine, ImportFile } from "@/lib/import/summary";
import { slugify, uniqueSlug } from "@/lib/slug";

// Writing an import: all of it in one transaction or none of it. The file is
// read and checked again here; what a preview said is never trusted.

// The same facts the commit route streams as its last line.
type Line<T extends CommitLine["type"]> = Omit<Extract<CommitLine, { type: T }>, "type">;
export type CommitOutcome = ({ status: "invalid" } & Line<"error">) | ({ status: "imported" } & Line<"done">);

export type CommitOptions = {
  // Called after each batch of claims, inside the transaction: throwing from
  // it (the person left the page) rolls the whole import back.
  onProgress?: (done: number, total: number) => void;
  db?: PrismaClient;
};

// Claims are written 500 at a time: one INSERT per table per batch (see
// insert.ts) keeps a 10,000-claim file to about a hundred statements, each
// row set small enough to build and drop per batch, and gives the progress
// bar something to show.
const BATCH = 500;

// Long enough for 10,000 claims on a slow disk; the default 5 s is for forms.
const TRANSACTION = { timeout: 10 * 60_000, maxWait: 15_000 };

export async function commitImport(actor: Actor | null, file: ImportFile, options: CommitOptions = {}): Promise<CommitOutcome> {
  authorizeImport(actor);
  const parsed = parseImportFile(file.text);
  if (parsed.errors.length) {
    return {
      status: "invalid",
      message: `Nothing was imported: the file has ${parsed.errors.length.toLocaleString("en-GB")} ${parsed.errors.length === 1 ? "problem" : "problems"}. Fix ${parsed.errors.length === 1 ? "it" : "them"} and check the file again.`,
      errors: parsed.errors.slice(0, IMPORT_LIMITS.errorsShown),
      errorCount: parsed.errors.length,
    };
  }
  if (parsed.claims.length === 0) {
    return { status: "invalid", message: "The file has no claims to import: every row after the header is empty.", errors: [], errorCount: 0 };
  }
  const db = options.db ?? prisma;
  // Two imports (or a reporter logging a claim) creating the same new
  // speaker, topic or slug at once: the loser runs again and finds it.
  return retryOnUniqueClash(() => db.$transaction((tx) => writeImport(tx, actor, file.name, parsed, options.onProgress), TRANSACTION));
}

async function writeImport(
  tx: Transaction,
  actor: Actor,
  fileName: string,
  parsed: ParsedImport,
  onProgress?: (done: number, total: number) => void,
): Promise<CommitOutcome> {
  const existing = await findExisting(tx, parsed);
  const speakersCreated = await createSpeakers(tx, parsed.claims, existing);
  const topicsCreated = await createTopics(tx, parsed.claims, existing);
  const sourceIds = await createSources(tx, actor, parsed, existing);
  const sourcesCreated = sourceIds.created;

  const total = parsed.claims.length;
  let done = 0;
  let firstClaimIds: string[] | undefined;
  const slugsTaken = new Set<string>();
  onProgress?.(0, total);
  for (const batch of slices(parsed.claims, BATCH)) {
    const slugs = await freeClaimSlugs(tx, batch, slugsTaken);
    const now = new Date();
    const claims: ClaimRow[] = batch.map((claim, index) => ({
      id: newId(),
      slug: slugs[index]!,
      speakerId: existing.speakers.get(nameKey(claim.speakerName))!,
      claim,
    }));
    await insertClaims(tx, claims, actor.id, now);
    await insertClaimTopics(
      tx,
      claims.flatMap((row) => row.claim.topics.map((name) => ({ claimId: row.id, topicId: existing.topics.get(nameKey(name))! }))),
    );
    await insertFirstAppearances(
      tx,
      claims.flatMap((row) => (row.claim.appearanceUrl ? [{ claimId: row.id, url: row.claim.appearanceUrl, claim: row.claim }] : [])),
      now,
    );
    await insertEvidence(
      tx,
      claims.flatMap((row) => row.claim.evidence.map((evidence) => ({ claimId: row.id, sourceId: sourceIds.byKey.get(evidence.sourceKey)!, evidence }))),
      actor.id,
      now,
    );
    await insertCreationRevisions(tx, claims, actor.id, fileName, now);
    firstClaimIds ??= claims.slice(0, 10).map((row) => row.id);
    done += claims.length;
    onProgress?.(done, total);
  }

  await recordAudit(tx, {
    actorId: actor.id,
    action: "claims.imported",
    details: {
      count: done,
      fileName,
      rows: parsed.rows,
      sourcesCreated,
      sourcesReused: parsed.sources.length - sourcesCreated,
      speakersCreated,
      topicsCreated,
    },
  });
  return { status: "imported", created: done, firstClaimIds: firstClaimIds ?? [], sourcesCreated, speakersCreated, topicsCreated };
}

// The first of base, base-2, base-3… not yet taken (firstFreeSlug's rule),
// against one growing set rather than a copy per name: an import may bring
// thousands of new speakers.
function nextFreeSlug(base: string, taken: Set<string>): string {
  let slug = base;
  for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}

// Slugs already used by any row whose slug starts with one of the bases.
async function takenSlugs(bases: string[], find: (prefixes: string[]) => Promise<{ slug: string }[]>) {
  const taken = new Set<string>();
  for (const slice of slices([...new Set(bases)], 200)) for (const row of await find(slice)) taken.add(row.slug);
  return taken;
}

// New speakers, once each however many claims name them, with the first
// title the file gives. Records their ids in `existing` for the claims.
async function createSpeakers(tx: Transaction, claims: ImportClaim[], existing: Existing) {
  const fresh = new Map<string, { name: string; title: string | null }>();
  for (const claim of claims) {
    const key = nameKey(claim.speakerName);
    if (existing.speakers.has(key)) continue;
    const known = fresh.get(key);
    if (!known) fresh.set(key, { name: claim.speakerName, title: claim.speakerTitle });
    else if (!known.title && claim.speakerTitle) known.title = claim.speakerTitle;
  }
  if (fresh.size === 0) return 0;
  // Names in scripts slugify() cannot spell fall back to a generic base, as
  // when a speaker is added by hand.
  const bases = [...fresh.values()].map((speaker) => slugify(speaker.name, 6) || "speaker");
  const taken = await takenSlugs(bases, (prefixes) =>
    tx.speaker.findMany({ where: { OR: prefixes.map((base) => ({ slug: { startsWith: base } })) }, select: { slug: true } }),
  );
  const rows = [...fresh].map(([key, speaker], index) => {
    const id = newId();
    existing.speakers.set(key, id);
    return { id, name: speaker.name, title: speaker.title, slug: nextFreeSlug(bases[index]!, taken) };
  });
  await insertSpeakers(tx, rows, new Date());
  return rows.length;
}

async function createTopics(tx: Transaction, claims: ImportClaim[], existing: Existing) {
  const fresh = new Map<string, string>();
  for (const name of claims.flatMap((claim) => claim.topics)) {
    if (!existing.topics.has(nameKey(name)) && !fresh.has(nameKey(name))) fresh.set(nameKey(name), name);
  }
  if (fresh.size === 0) return 0;
  const bases = [...fresh.values()].map((name) => slugify(name, 6) || "topic");
  const taken = await takenSlugs(bases, (prefixes) =>
    tx.topic.findMany({ where: { OR: prefixes.map((base) => ({ slug: { startsWith: base } })) }, select: { slug: true } }),
  );
  const rows = [...fresh].map(([key, name], index) => {
    const id = newId();
    existing.topics.set(key, id);
    return { id, name, slug: nextFreeSlug(bases[index]!, taken) };
  });
  await insertTopics(tx, rows, new Date());
  return rows.length;
}

// Sources whose link is already in the library are reused; the rest are
// created once each. Claims find either by the key the file was read with.
async function createSources(tx: Transaction, actor: Actor, parsed: ParsedImport, existing: Existing) {
  const byKey = new Map<string, string>();
  let created = 0;
  for (const slice of slices(parsed.sources, BATCH)) {
    const fresh: { id: string; source: ImportSource }[] = [];
    for (const source of slice) {
      const reused = source.url ? existing.sources.get(source.url) : undefined;
      const id = reused ?? newId();
      byKey.set(source.key, id);
      if (!reused) fresh.push({ id, source });
    }
    await insertSources(tx, fresh, actor.id, new Date());
    created += fresh.length;
  }
  return { byKey, created };
}

// Claim slugs carry a random suffix (uniqueSlug); a clash with another claim
// in this file or already on the desk is unlikely but not impossible, and a
// clash inside the transaction would throw the whole import away.
async function freeClaimSlugs(tx: Transaction, batch: ImportClaim[], taken: Set<string>): Promise<string[]> {
  const slugs = batch.map((claim) => uniqueSlug(claim.text));
  for (let attempt = 0; ; attempt += 1) {
    const clashes = new Set((await tx.claim.findMany({ where: { slug: { in: slugs } }, select: { slug: true } })).map((row) => row.slug));
    const seen = new Set<string>();
    let redo = false;
    slugs.forEach((slug, index) => {
      if (clashes.has(slug) || taken.has(slug) || seen.has(slug)) {
        slugs[index] = uniqueSlug(batch[index]!.text);
        redo = true;
      } else {
        seen.add(slug);
      }
    });
    if (!redo || attempt >= 5) break;
  }
  for (const slug of slugs) taken.add(slug);
  return slugs;
}
