import { FETCH_REASONS } from "@/lib/archive/fetch-failure";

// How a snapshot stands for the record, and whether two of them say the same
// thing. Shared by the recheck-sources job (should the desk be told?) and the
// pages that show a change (what changed since we relied on it?).

export type SnapshotState = {
  fetchedAt: Date;
  httpStatus: number | null;
  error: string | null;
  sha256: string | null;
  text: string | null;
  // Who took the copy: a person ("Archive now"), or null for the job.
  takenById?: string | null;
};

// "readable": the page answered and we hold a copy of it.
// "vanished": the page is gone for readers (removed, or the site is gone).
// "unreachable": this try told us nothing about the page (a slow or busy
// server, a 5xx, a block on robots): it is neither a change nor a vanishing,
// and the page is simply checked again next time.
export type PageState = "readable" | "vanished" | "unreachable";

// 404 Not Found, 410 Gone, 451 Unavailable For Legal Reasons: the page was
// taken down. Other 4xx (401, 403, 429) more often mean the archiver was
// turned away than that the page went.
const GONE_STATUSES = new Set([404, 410, 451]);
// The site itself no longer answers: its name is gone or it refuses
// connections outright. A timeout or a reset may be a bad minute.
const GONE_REASONS: ReadonlySet<string> = new Set([FETCH_REASONS.refused, FETCH_REASONS.nameNotFound]);

export function pageState(snapshot: Pick<SnapshotState, "httpStatus" | "error">): PageState {
  if (snapshot.error) return GONE_REASONS.has(snapshot.error) ? "vanished" : "unreachable";
  const status = snapshot.httpStatus ?? 0;
  if (status >= 200 && status < 400) return "readable";
  return GONE_STATUSES.has(status) ? "vanished" : "unreachable";
}

// Readable text compared without the whitespace a page's template shuffles.
const comparable = (text: string) => text.replace(/\s+/g, " ").trim();

// Two snapshots say the same when both are readable with the same readable
// text (a page's ads and timestamps change its bytes every visit, so the
// bytes' fingerprint decides only for pages without readable text, such as
// PDFs), or when both found the page gone.
export function sameRecord(a: SnapshotState, b: SnapshotState): boolean {
  const stateA = pageState(a);
  if (stateA !== pageState(b)) return false;
  if (stateA === "vanished") return true;
  if (a.text !== null || b.text !== null) return comparable(a.text ?? "") === comparable(b.text ?? "");
  return a.sha256 === b.sha256;
}

// When a claim relied on a source: its publication, or while it is still in
// progress, the day the source was attached as evidence.
export type Reliance = { at: Date; inProgress: boolean };

export const relianceOf = (claim: { publishedAt: Date | null; status: string }, evidence: { createdAt: Date }): Reliance =>
  claim.status === "PUBLISHED" && claim.publishedAt ? { at: claim.publishedAt, inProgress: false } : { at: evidence.createdAt, inProgress: true };

// The copy of a source a claim relied on: for a published claim, the last
// readable copy taken by publication. For a claim still in progress, the
// last readable copy someone in the newsroom took ("Archive now": archiving
// a changed page again is how a reporter accepts it); failing that, the last
// one taken by the time the source was attached. When no copy existed by
// then, the first readable copy taken afterwards stands for what the newsroom
// saw. Snapshots are in the order they were taken.
export function reliedOnSnapshot<T extends SnapshotState>(snapshots: readonly T[], reliance: Reliance): T | null {
  const readable = snapshots.filter((snapshot) => pageState(snapshot) === "readable");
  const byPeople = reliance.inProgress ? readable.filter((snapshot) => snapshot.takenById) : [];
  if (byPeople.length > 0) return byPeople.at(-1)!;
  const before = readable.filter((snapshot) => snapshot.fetchedAt <= reliance.at);
  return before.at(-1) ?? readable.find((snapshot) => snapshot.fetchedAt > reliance.at) ?? null;
}

export type SourceChange<T extends SnapshotState> = {
  kind: "changed" | "vanished";
  reliedOn: T;
  latest: T;
  // The first check that found the page no longer as we relied on it.
  noticedAt: Date;
};

// What became of a source since a claim relied on it, from all its snapshots
// (oldest first): null while its latest known state says what we relied on.
export function changeSinceReliedOn<T extends SnapshotState>(snapshots: readonly T[], reliance: Reliance): SourceChange<T> | null {
  const reliedOn = reliedOnSnapshot(snapshots, reliance);
  if (!reliedOn) return null;
  const known = snapshots.filter((snapshot) => pageState(snapshot) !== "unreachable");
  const latest = known.at(-1);
  if (!latest || latest === reliedOn || sameRecord(latest, reliedOn)) return null;
  // The start of the latest run of checks that differ from what we relied on.
  let noticedAt = latest.fetchedAt;
  for (let index = known.length - 1; index >= 0; index -= 1) {
    const snapshot = known[index]!;
    if (snapshot.fetchedAt <= reliedOn.fetchedAt || sameRecord(snapshot, reliedOn)) break;
    noticedAt = snapshot.fetchedAt;
  }
  return { kind: pageState(latest) === "vanished" ? "vanished" : "changed", reliedOn, latest, noticedAt };
}
