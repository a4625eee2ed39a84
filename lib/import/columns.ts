// The CSV format for importing and exporting claims: one row per item of the
// record, the claim's own fields on the first row of each claim. The same
// headers are written by the export and read by the import, so a file that
// comes out of the queue goes back in unchanged.
//
// Pure and free of zod or Prisma: the upload form imports it too.

// Fields of the claim itself: given once per claim (on its first row).
export const CLAIM_COLUMNS = [
  "claim",
  "quote",
  "context",
  "speaker",
  "speaker_title",
  "said_on",
  "said_at",
  "time_zone",
  "venue",
  "kind",
  "settle_by",
  "settle_criteria",
  "topics",
  "appearance_url",
] as const;
export type ClaimColumn = (typeof CLAIM_COLUMNS)[number];

// One item of the record and the stance it takes on the claim: one per row.
export const SOURCE_COLUMNS = ["source_type", "source_title", "source_outlet", "source_url", "source_published_on", "stance", "passage", "note"] as const;
export type SourceColumn = (typeof SOURCE_COLUMNS)[number];

// Every column, in the order the export writes them: the label that groups
// rows into claims, the claim's fields, then the item of the record.
export const COLUMNS = ["claim_ref", ...CLAIM_COLUMNS, ...SOURCE_COLUMNS] as const;

export type Column = (typeof COLUMNS)[number];

// Without these three no row can be a claim; every other column may be left
// out of the header, and then reads as empty on every row.
export const REQUIRED_COLUMNS: readonly Column[] = ["claim", "speaker", "said_on"];

// What to write in each column, shown on the import page.
export const COLUMN_HELP: Record<Column, string> = {
  claim_ref: "Any label you choose. Rows with the same label are one claim; leave it empty when a claim has one row. The export writes the claim's slug.",
  claim: "The claim in one short sentence (10 to 300 characters).",
  quote: "The exact words, where there are some.",
  context: "What was going on when it was said.",
  speaker: "Who said it. Matched by name to the desk's speakers; a new name adds a speaker.",
  speaker_title: "Their role, used only when the speaker is new.",
  said_on: "The date it was said, as YYYY-MM-DD.",
  said_at: "The time of day, as HH:MM (24-hour clock). Optional.",
  time_zone: "The time zone of said_at, such as Asia/Tehran or Europe/London. Needed when said_at is given.",
  venue: "Where it was said: press conference, post, interview…",
  kind: "statement, prediction or promise. Empty means statement.",
  settle_by: "For predictions and promises: the date by which it can be checked, as YYYY-MM-DD.",
  settle_criteria: "For predictions and promises: what would settle it.",
  topics: "Topic names separated by semicolons.",
  appearance_url: "The link to where it was said.",
  source_type: "wire report, official statement, document, news article, social post, market odds, dataset, interview or other.",
  source_title: "The source's title. Needed when the row has a source.",
  source_outlet: "Who published it.",
  source_url: "The source's link. A link already in the library reuses that source.",
  source_published_on: "When the source was published, as YYYY-MM-DD.",
  stance: "supports, contradicts or context. Needed when the row has a source.",
  passage: "The exact passage of the source relied on.",
  note: "A note on this item of the record.",
};

export const IMPORT_LIMITS = {
  // The issue's target is an archive of 10,000 claims in one go; with one or
  // two sources each that fits in 20,000 rows, and 10 MB is ample for that
  // much text while keeping the whole file comfortably in one request's memory.
  maxBytes: 10 * 1024 * 1024,
  maxRows: 20_000,
  maxClaims: 10_000,
  // The desk can read 500 problems; past that the file needs fixing at source.
  errorsShown: 500,
  previewClaims: 50,
} as const;

// A problem with the file. `row` is the row number a spreadsheet shows: the
// header is row 1, the first claim row 2. `column` is absent for problems with
// a whole row or the file.
export type ImportError = { row: number; column?: Column; message: string };

// Header names are matched leniently ("Said on", "SAID-ON" → said_on), so a
// file retyped in a spreadsheet still reads.
export function normaliseHeader(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

// The known column an unknown header most likely meant, if any is close:
// the same name spelt without underscores ("timezone"), a known name with a
// word added ("speaker_name" → speaker), or a small typing slip ("sorce_url").
export function closestColumn(name: string): Column | undefined {
  const bare = name.replace(/_/g, "");
  const same = COLUMNS.find((column) => column.replace(/_/g, "") === bare);
  if (same) return same;
  const extended = COLUMNS.filter((column) => name.startsWith(`${column}_`)).sort((a, b) => b.length - a.length)[0];
  if (extended) return extended;
  let best: { column: Column; distance: number } | undefined;
  for (const column of COLUMNS) {
    const distance = editDistance(name, column);
    if (!best || distance < best.distance) best = { column, distance };
  }
  // Up to a third of the name may be mistyped; further than that a
  // suggestion is more likely wrong than helpful.
  return best && best.distance <= Math.max(2, Math.floor(name.length / 3)) ? best.column : undefined;
}

export type HeaderReading = { positions: Map<Column, number>; errors: ImportError[] };

// Reads the header row: which column sits where, and what is wrong with it.
// `hasData(index)` says whether any row has something under that position, so
// an unnamed trailing column a spreadsheet left behind is ignored when empty.
export function readHeader(cells: string[], hasData: (index: number) => boolean): HeaderReading {
  const positions = new Map<Column, number>();
  const errors: ImportError[] = [];
  cells.forEach((cell, index) => {
    const name = normaliseHeader(cell);
    if (name === "") {
      if (hasData(index)) {
        errors.push({ row: 1, message: `Column ${index + 1} has no name but holds data. Name it with one of the columns listed on this page, or delete it.` });
      }
      return;
    }
    const column = (COLUMNS as readonly string[]).includes(name) ? (name as Column) : undefined;
    if (!column) {
      const suggestion = closestColumn(name);
      errors.push({
        row: 1,
        message: `“${cell.trim()}” is not a column of the import format.${suggestion ? ` Did you mean “${suggestion}”?` : " Rename it to one of the columns listed on this page, or delete it."}`,
      });
      return;
    }
    if (positions.has(column)) {
      errors.push({ row: 1, column, message: `The column “${column}” appears twice. Keep one of them.` });
      return;
    }
    positions.set(column, index);
  });
  for (const column of REQUIRED_COLUMNS) {
    if (!positions.has(column)) {
      errors.push({ row: 1, column, message: `The header has no “${column}” column, which every import needs. Add it to the first row.` });
    }
  }
  return { positions, errors };
}
