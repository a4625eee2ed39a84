import { CsvError, parse } from "csv-parse/sync";
import type { Stance } from "@/lib/claims/labels";
import { unguardCell } from "@/lib/import/cells";
import {
  CLAIM_COLUMNS,
  type ClaimColumn,
  COLUMNS,
  type Column,
  IMPORT_LIMITS,
  type ImportError,
  readHeader,
  SOURCE_COLUMNS,
  type SourceColumn,
} from "@/lib/import/columns";
import { type ClaimFields, hasSourceValues, type SourceFields, validateClaim, validateEvidence } from "@/lib/import/validate";

// A CSV file → the claims it describes, grouped by claim_ref, with every
// problem found on the way. Pure: the preview and the commit both start here,
// and the commit never trusts what a preview said.

// One source, described once even when several rows (or claims) cite it.
export type ImportSource = SourceFields & { key: string; row: number };
export type ImportEvidence = { row: number; sourceKey: string; stance: Stance; passage: string | null; note: string | null };
export type ImportClaim = ClaimFields & { row: number; ref: string | null; evidence: ImportEvidence[] };

export type ParsedImport = {
  // Rows with something in them, not counting the header.
  rows: number;
  // Claims the file describes, valid or not.
  claimCount: number;
  // Those with no problem on any of their rows: all of them exactly when
  // `errors` is empty.
  claims: ImportClaim[];
  sources: ImportSource[];
  errors: ImportError[];
};

type Group = {
  row: number;
  ref: string | null;
  values: Partial<Record<ClaimColumn, string>>;
  origin: Partial<Record<ClaimColumn, number>>;
  evidence: { row: number; fields: NonNullable<ReturnType<typeof validateEvidence>["evidence"]> }[];
  // Some row of this claim has a problem: it is left out of the claims to write.
  flawed: boolean;
};

const fileProblem = (message: string, row = 1): ParsedImport => ({ rows: 0, claimCount: 0, claims: [], sources: [], errors: [{ row, message }] });

// What csv-parse reports, in words a reporter can act on.
function unreadable(error: unknown): ParsedImport {
  if (!(error instanceof CsvError)) throw error;
  const line = typeof error.lines === "number" ? error.lines : undefined;
  const row = typeof error.records === "number" ? error.records + 1 : 1;
  const where = line ? ` (line ${line} of the file)` : "";
  const reasons: Partial<Record<string, string>> = {
    CSV_QUOTE_NOT_CLOSED: 'a cell opens a double quote that is never closed. Check for a stray " in the rows around it.',
    CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'text follows the closing double quote of a cell. Put the whole cell in quotes and double any " inside it.',
    INVALID_OPENING_QUOTE: 'a cell has a double quote in an unexpected place. Put the whole cell in quotes and double any " inside it.',
  };
  return fileProblem(
    `The file could not be read as CSV from row ${row}${where}: ${reasons[error.code] ?? "it is not valid CSV. Save it from your spreadsheet as “CSV UTF-8 (comma delimited)” and try again."}`,
    row,
  );
}

// Repeated claim fields are compared as a person would: case matters except
// in the kind, runs of spaces do not.
const comparable = (column: ClaimColumn, value: string) => {
  const spaced = value.replace(/\s+/g, " ");
  return column === "kind" || column === "time_zone" ? spaced.toLowerCase() : spaced;
};

// URL-less sources are the same source when every field describing them is.
export function sourceKey(source: SourceFields): string {
  if (source.url) return `url ${source.url}`;
  return ["about", source.type, source.title, source.publisher ?? "", source.publishedAt?.toISOString() ?? ""].join("\u0000");
}

export function parseImportFile(text: string): ParsedImport {
  if (new TextEncoder().encode(text).length > IMPORT_LIMITS.maxBytes) {
    return fileProblem(`The file is larger than 10 MB. Split it into smaller files of at most ${IMPORT_LIMITS.maxClaims.toLocaleString("en-GB")} claims.`);
  }
  let records: string[][];
  try {
    // relax_quotes: a quote inside an unquoted cell (He said "no") is text.
    // relax_column_count: short rows are normal (spreadsheets drop trailing
    // empty cells); long ones are reported per row below.
    records = parse(text, { bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
  } catch (error) {
    return unreadable(error);
  }
  const header = records[0];
  if (!header || header.every((cell) => cell.trim() === "")) {
    return fileProblem("The file is empty. The first row must name the columns, such as claim_ref, claim, speaker, said_on.");
  }
  if (header.length === 1 && header[0]!.includes(";")) {
    return fileProblem("The columns are separated by semicolons. Save the file from your spreadsheet as “CSV UTF-8 (comma delimited)” and try again.");
  }
  const hasData = (index: number) => records.some((cells, i) => i > 0 && (cells[index] ?? "").trim() !== "");
  const { positions, errors: headerErrors } = readHeader(header, hasData);
  const dataRows = records.slice(1).filter((cells) => cells.some((cell) => cell.trim() !== "")).length;
  if (headerErrors.length) return { rows: dataRows, claimCount: 0, claims: [], sources: [], errors: headerErrors };
  if (dataRows > IMPORT_LIMITS.maxRows) {
    return {
      ...fileProblem(
        `The file has ${dataRows.toLocaleString("en-GB")} rows; at most ${IMPORT_LIMITS.maxRows.toLocaleString("en-GB")} can be imported at once. Split it into smaller files.`,
      ),
      rows: dataRows,
    };
  }

  const errors: ImportError[] = [];
  const groups: Group[] = [];
  const byRef = new Map<string, Group>();
  for (let index = 1; index < records.length; index += 1) {
    const cells = records[index]!;
    const row = index + 1;
    if (cells.every((cell) => cell.trim() === "")) continue;
    if (cells.length > header.length && cells.slice(header.length).some((cell) => cell.trim() !== "")) {
      errors.push({
        row,
        message: `This row has ${cells.length} cells but the header names ${header.length} columns. A cell containing a comma must be wrapped in double quotes.`,
      });
      continue;
    }
    const cell = (column: Column) => {
      const position = positions.get(column);
      return position === undefined ? "" : unguardCell(cells[position] ?? "").trim();
    };
    const ref = cell("claim_ref") || null;
    const sourceValues = Object.fromEntries(SOURCE_COLUMNS.map((column) => [column, cell(column)])) as Record<SourceColumn, string>;
    if (!ref && !cell("claim") && hasSourceValues(sourceValues)) {
      errors.push({
        row,
        column: "claim",
        message: "This row has a source but no claim. Write the claim here, or give the row the claim_ref of the claim the source belongs to.",
      });
      continue;
    }
    let group = ref ? byRef.get(ref) : undefined;
    if (!group) {
      if (groups.length === IMPORT_LIMITS.maxClaims) {
        errors.push({
          row,
          message: `This row starts claim ${(IMPORT_LIMITS.maxClaims + 1).toLocaleString("en-GB")}; at most ${IMPORT_LIMITS.maxClaims.toLocaleString("en-GB")} claims can be imported at once. Split the file here.`,
        });
        break;
      }
      group = { row, ref, values: {}, origin: {}, evidence: [], flawed: false };
      groups.push(group);
      if (ref) byRef.set(ref, group);
    }
    for (const column of CLAIM_COLUMNS) {
      const value = cell(column);
      if (!value) continue;
      const earlier = group.values[column];
      if (earlier === undefined) {
        group.values[column] = value;
        group.origin[column] = row;
      } else if (comparable(column, earlier) !== comparable(column, value)) {
        group.flawed = true;
        errors.push({
          row,
          column,
          message: `Row ${group.origin[column]} gives a different ${column} for claim “${ref}”. Leave ${column} empty on this row, or repeat it exactly.`,
        });
      }
    }
    if (hasSourceValues(sourceValues)) {
      const checked = validateEvidence(sourceValues, row);
      errors.push(...checked.errors);
      if (checked.errors.length) group.flawed = true;
      if (checked.evidence) group.evidence.push({ row, fields: checked.evidence });
    }
  }

  const claims: ImportClaim[] = [];
  const sources = new Map<string, ImportSource>();
  for (const group of groups) {
    const checked = validateClaim(group.values, (column) => (column && group.origin[column as ClaimColumn]) || group.row);
    errors.push(...checked.errors);
    const cited = new Map<string, number>();
    const evidence: ImportEvidence[] = [];
    for (const { row, fields } of group.evidence) {
      const key = sourceKey(fields.source);
      const earlier = cited.get(key);
      if (earlier !== undefined) {
        group.flawed = true;
        errors.push({
          row,
          column: fields.source.url ? "source_url" : "source_title",
          message: `Row ${earlier} already puts this source on the same claim. Give each source once per claim.`,
        });
        continue;
      }
      cited.set(key, row);
      evidence.push({ row, sourceKey: key, stance: fields.stance, passage: fields.passage, note: fields.note });
    }
    if (!checked.claim || group.flawed) continue;
    claims.push({ ...checked.claim, row: group.row, ref: group.ref, evidence });
    // The first claim to cite a source describes it for the whole file.
    for (const item of group.evidence) {
      const key = sourceKey(item.fields.source);
      if (!sources.has(key)) sources.set(key, { ...item.fields.source, key, row: item.row });
    }
  }

  // Row by row, and within a row from left to right, as the file reads.
  const position = (problem: ImportError) => (problem.column ? COLUMNS.indexOf(problem.column) : -1);
  errors.sort((a, b) => a.row - b.row || position(a) - position(b));
  return { rows: dataRows, claimCount: groups.length, claims, sources: [...sources.values()], errors };
}
