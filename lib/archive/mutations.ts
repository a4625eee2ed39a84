import "server-only";
import { createHash } from "node:crypto";
import { ArchiveFailed, ArchiveRefused, archiveOptionsFromSettings, type FetchOptions, fetchForArchive } from "@/lib/archive/fetch-page";
import { readablePage } from "@/lib/archive/readable";
import { decide } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { prisma, type Transaction } from "@/lib/db";
import { forbidden, invalid, notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/history/record";

export type ArchiveOutcome = {
  sourceId: string;
  claimIds: string[];
  // Published claims whose public pages show this source's snapshot.
  publishedSlugs: string[];
  status: number | null;
  // Compared with the source's previous snapshot, if it had one.
  comparison: "first" | "unchanged" | "changed" | "gone";
  error: string | null;
};

export type Snapshot = {
  httpStatus: number | null;
  contentType: string | null;
  title: string | null;
  text: string | null;
  byteLength: number | null;
  sha256: string | null;
  error: string | null;
};

// Fetches a page for the record (the network can take seconds, so never
// inside a transaction). A refused or failed fetch is a snapshot too, with
// the reason in plain words, so the record can show the attempt.
export async function takeSnapshot(url: string, options: FetchOptions = archiveOptionsFromSettings()): Promise<Snapshot> {
  try {
    const page = await fetchForArchive(url, options);
    const readable = readablePage(page.body, page.contentType);
    return {
      httpStatus: page.status,
      contentType: page.contentType,
      title: readable.title,
      text: readable.text,
      byteLength: page.body.length,
      sha256: createHash("sha256").update(page.body).digest("hex"),
      error: null,
    };
  } catch (error) {
    if (!(error instanceof ArchiveRefused || error instanceof ArchiveFailed)) throw error;
    return { httpStatus: null, contentType: null, title: null, text: null, byteLength: null, sha256: null, error: error.message };
  }
}

export const isGone = (snapshot: Snapshot) => snapshot.error !== null || (snapshot.httpStatus ?? 0) >= 400;

// Stores a snapshot with its audit row, in the caller's transaction, and says
// how it compares with the source's previous one.
export async function recordSnapshot(tx: Transaction, actor: Actor, sourceId: string, snapshot: Snapshot): Promise<ArchiveOutcome["comparison"]> {
  const previous = await tx.archiveSnapshot.findFirst({ where: { sourceId }, orderBy: { fetchedAt: "desc" }, select: { sha256: true } });
  const comparison: ArchiveOutcome["comparison"] = isGone(snapshot)
    ? "gone"
    : !previous?.sha256
      ? "first"
      : previous.sha256 === snapshot.sha256
        ? "unchanged"
        : "changed";
  await tx.archiveSnapshot.create({ data: { sourceId, takenById: actor.id, ...snapshot } });
  await recordAudit(tx, {
    actorId: actor.id,
    action: "source.archived",
    targetType: "Source",
    targetId: sourceId,
    details: { status: snapshot.httpStatus, comparison, error: snapshot.error },
  });
  return comparison;
}

// "Archive now" on a source: fetch its page, then store the snapshot with its
// audit row.
export async function archiveSource(actor: Actor, sourceId: string, options: FetchOptions = archiveOptionsFromSettings()): Promise<ArchiveOutcome> {
  if (!decide(actor, "source.create").allowed) throw forbidden("Only the newsroom can archive sources.");
  const source = await prisma.source.findUnique({
    where: { id: sourceId },
    select: { id: true, url: true, evidence: { select: { claimId: true, claim: { select: { slug: true, status: true } } } } },
  });
  if (!source) throw notFound("That source");
  if (!source.url) throw invalid("This source has no web address to archive.");
  const snapshot = await takeSnapshot(source.url, options);
  const comparison = await prisma.$transaction((tx) => recordSnapshot(tx, actor, source.id, snapshot));
  return {
    sourceId: source.id,
    claimIds: source.evidence.map((item) => item.claimId),
    publishedSlugs: source.evidence.filter((item) => item.claim.status === "PUBLISHED").map((item) => item.claim.slug),
    status: snapshot.httpStatus,
    comparison,
    error: snapshot.error,
  };
}

export function describeArchive(outcome: ArchiveOutcome): string {
  if (outcome.error) return `Not archived: ${outcome.error}`;
  switch (outcome.comparison) {
    case "first":
      return `Archived (HTTP ${outcome.status}).`;
    case "unchanged":
      return `Archived again: the page is unchanged since the last snapshot.`;
    case "changed":
      return `Archived again: the page has CHANGED since the last snapshot.`;
    case "gone":
      return `Archived: the page now answers HTTP ${outcome.status}; it may have been removed.`;
  }
}
