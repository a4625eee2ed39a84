import { stringify } from "csv-stringify/sync";
import type { ClaimOwnValuesByName } from "@/lib/claims/fields";
import type { SourceType, Stance } from "@/lib/claims/labels";
import { isoDate, wallClockIn } from "@/lib/dates";
import { guardCell, kindCell, sourceTypeCell, stanceCell } from "@/lib/import/cells";
import { COLUMNS, type Column } from "@/lib/import/columns";

// Claims → rows of the import format. Pure, so the export route and the
// tests share it; the import reads back exactly what this writes.

export type ExportClaim = ClaimOwnValuesByName & {
  slug: string;
  speaker: { name: string; title: string | null };
  topics: string[];
  appearanceUrl: string | null;
  evidence: {
    stance: Stance;
    passage: string | null;
    note: string | null;
    source: { type: SourceType; title: string; publisher: string | null; url: string | null; publishedAt: Date | null };
  }[];
};

type Row = Partial<Record<Column, string>>;

// A date-only claim is stored at midnight UTC. One with a time but no zone
// (logged before zones were kept) is written in UTC, so the instant survives.
function saidCells(madeAt: Date, zone: string | null): Row {
  if (zone) {
    const { day, time } = wallClockIn(madeAt, zone);
    return { said_on: day, said_at: time, time_zone: zone };
  }
  const iso = madeAt.toISOString();
  if (iso.slice(11, 19) === "00:00:00") return { said_on: iso.slice(0, 10) };
  return { said_on: iso.slice(0, 10), said_at: iso.slice(11, 16), time_zone: "UTC" };
}

// One row per item of the record; the claim's own fields on the first row
// only, as the import expects. A claim without evidence is one row.
export function claimRows(claim: ExportClaim): string[][] {
  const claimCells: Row = {
    claim_ref: claim.slug,
    claim: claim.text,
    quote: claim.quote ?? "",
    context: claim.context ?? "",
    speaker: claim.speaker.name,
    speaker_title: claim.speaker.title ?? "",
    ...saidCells(claim.madeAt, claim.madeAtTimeZone),
    venue: claim.venue ?? "",
    kind: kindCell(claim.kind),
    settle_by: claim.settleBy ? isoDate(claim.settleBy) : "",
    settle_criteria: claim.settleCriteria ?? "",
    topics: claim.topics.join("; "),
    appearance_url: claim.appearanceUrl ?? "",
  };
  const evidenceRows: Row[] = claim.evidence.map((item) => ({
    source_type: sourceTypeCell(item.source.type),
    source_title: item.source.title,
    source_outlet: item.source.publisher ?? "",
    source_url: item.source.url ?? "",
    source_published_on: item.source.publishedAt ? isoDate(item.source.publishedAt) : "",
    stance: stanceCell(item.stance),
    passage: item.passage ?? "",
    note: item.note ?? "",
  }));
  const rows = evidenceRows.length ? evidenceRows : [{}];
  return rows.map((row, index) => {
    const cells: Row = index === 0 ? { ...claimCells, ...row } : { claim_ref: claim.slug, ...row };
    return COLUMNS.map((column) => cells[column] ?? "");
  });
}

// RFC 4180 text: CRLF between records, cells quoted when they hold a comma,
// a quote or a line break, and every cell guarded against formulas. No byte
// order mark: the import does not need one, and other tools choke on it.
export function csvText(rows: string[][], options: { header?: boolean } = {}): string {
  const guarded = rows.map((row) => row.map(guardCell));
  // A line break of either kind is quoted too: with CRLF records, csv-stringify
  // on its own quotes only cells holding the whole CRLF pair.
  return stringify(options.header ? [[...COLUMNS], ...guarded] : guarded, { record_delimiter: "\r\n", quoted_match: /[\r\n]/ });
}

// The template offered on the import page: the header and one worked example.
export function templateCsv(): string {
  const example: Row = {
    claim_ref: "talks-1",
    claim: "Iran has agreed to nuclear restraint.",
    quote: "Iran has agreed, in principle, to restraint on enrichment.",
    context: "Said after the fourth round of talks in Muscat.",
    speaker: "Government spokesperson",
    speaker_title: "Spokesperson for the government",
    said_on: "2026-05-31",
    said_at: "14:30",
    time_zone: "Asia/Tehran",
    venue: "Press conference",
    kind: "statement",
    topics: "Iran; Nuclear talks",
    appearance_url: "https://example.org/briefing-31-may",
    source_type: "wire report",
    source_title: "Talks end without agreement, officials say",
    source_outlet: "Regional wire",
    source_url: "https://example.org/wire/talks-end",
    source_published_on: "2026-05-31",
    stance: "contradicts",
    passage: "No final agreement was reached, two officials said.",
    note: "Filed the same evening.",
  };
  return csvText([COLUMNS.map((column) => example[column] ?? "")], { header: true });
}
