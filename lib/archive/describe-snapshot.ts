import { formatDate } from "@/lib/dates";

type Snapshot = { fetchedAt: Date; httpStatus: number | null; sha256: string | null; error: string | null };

// What an archive snapshot tells a reader, in one line: a copy was kept (and
// its fingerprint), the page has gone, or the fetch failed.
export function describeSnapshot(snapshot: Snapshot): string {
  const when = formatDate(snapshot.fetchedAt);
  if (snapshot.error) return `Archive attempt ${when} failed.`;
  if ((snapshot.httpStatus ?? 0) >= 400) return `Checked ${when}: the page now answers HTTP ${snapshot.httpStatus}.`;
  const fingerprint = snapshot.sha256 ? ` · SHA-256 ${snapshot.sha256.slice(0, 12)}…` : "";
  return `Archived ${when} (HTTP ${snapshot.httpStatus ?? "status unknown"})${fingerprint}`;
}
