import "server-only";
import { changeSinceReliedOn, relianceOf, type SnapshotState } from "@/lib/archive/recheck-compare";
import { pageTextDiff } from "@/lib/archive/text-diff";
import { decide } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { publicReads } from "@/lib/database/replicas";
import { prisma } from "@/lib/db";
import type { Run } from "@/lib/history/changes";

// What became of a claim's sources since the claim relied on them, for the
// desk (with the difference in the readable text) and for readers (a dated
// note, no difference). One query reads the snapshots of every source on the
// claim; a source keeps few of them, since an unchanged page is not copied
// again (lib/archive/recheck-record.ts).

type ClaimFacts = { status: string; publishedAt: Date | null };
type EvidenceFacts = { sourceId: string; createdAt: Date };

type StoredSnapshot = SnapshotState & { id: string; title: string | null };

export type PublicSourceChange = {
  kind: "changed" | "vanished";
  noticedAt: Date;
  reliedOn: { fetchedAt: Date; httpStatus: number | null; sha256: string | null; error: string | null };
};

export type DeskSourceChange = PublicSourceChange & {
  latest: { fetchedAt: Date; httpStatus: number | null; error: string | null };
  // Removed, added and kept text between the relied-on copy and the latest.
  difference: Run[];
};

const SNAPSHOT_FIELDS = {
  id: true,
  sourceId: true,
  fetchedAt: true,
  httpStatus: true,
  error: true,
  sha256: true,
  text: true,
  title: true,
  takenById: true,
} as const;

async function changesOf(client: typeof prisma, claim: ClaimFacts, evidence: EvidenceFacts[]) {
  const sourceIds = [...new Set(evidence.map((item) => item.sourceId))];
  if (sourceIds.length === 0) return [];
  const snapshots = await client.archiveSnapshot.findMany({
    where: { sourceId: { in: sourceIds } },
    orderBy: [{ fetchedAt: "asc" }, { id: "asc" }],
    select: SNAPSHOT_FIELDS,
  });
  return evidence.flatMap((item) => {
    const own: StoredSnapshot[] = snapshots.filter((snapshot) => snapshot.sourceId === item.sourceId);
    const change = changeSinceReliedOn(own, relianceOf(claim, item));
    return change ? [{ sourceId: item.sourceId, change }] : [];
  });
}

const reliedOnView = (snapshot: StoredSnapshot) => ({
  fetchedAt: snapshot.fetchedAt,
  httpStatus: snapshot.httpStatus,
  sha256: snapshot.sha256,
  error: snapshot.error,
});

// For the verdict page: read like the rest of the page, from a replica when there is one.
export async function publicSourceChanges(claim: ClaimFacts, evidence: EvidenceFacts[]): Promise<Record<string, PublicSourceChange>> {
  const found = await changesOf(publicReads, claim, evidence);
  return Object.fromEntries(
    found.map(({ sourceId, change }) => [sourceId, { kind: change.kind, noticedAt: change.noticedAt, reliedOn: reliedOnView(change.reliedOn) }]),
  );
}

// For the claim's desk page: the newsroom's own view, with the difference.
export async function deskSourceChanges(actor: Actor, claim: ClaimFacts, evidence: EvidenceFacts[]): Promise<Record<string, DeskSourceChange>> {
  if (!decide(actor, "desk.view").allowed) return {};
  const found = await changesOf(prisma, claim, evidence);
  return Object.fromEntries(
    found.map(({ sourceId, change }) => [
      sourceId,
      {
        kind: change.kind,
        noticedAt: change.noticedAt,
        reliedOn: reliedOnView(change.reliedOn),
        latest: { fetchedAt: change.latest.fetchedAt, httpStatus: change.latest.httpStatus, error: change.latest.error },
        difference: change.kind === "changed" ? pageTextDiff(change.reliedOn.text ?? "", change.latest.text ?? "") : [],
      },
    ]),
  );
}
