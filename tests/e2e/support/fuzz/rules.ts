import type pg from "pg";
import { EARLIEST_YEAR, FORBIDDEN_CHARACTERS_SQL, LATEST_YEAR } from "@/lib/input-rules";
import { withDatabase } from "../database";

// The rules of lib/input-rules.ts, asked of every row of the database: no
// text (a column, an element of a text array, a string anywhere in a JSON
// value) holds a forbidden character or is stored other than composed (NFC);
// no date falls outside the calendar; nothing seen or said is dated in the
// future; no claim is published by the author of its wording. Columns are listed from information_schema, so a table added
// later is scanned too.
//
// Rows that broke a rule before the fuzz (another spec may store an odd row
// on purpose, to show how a page copes) are taken as a baseline; only rows
// that break a rule afterwards and not before are the fuzz's findings.

export type Violation = { table: string; column: string; id: string; rule: string; value: string };

type Column = { table: string; column: string; type: string; element: string | null };

// Said, seen and published cannot be later than a day from now.
const NOT_IN_FUTURE = new Set(["Claim.madeAt", "Appearance.seenAt", "Source.publishedAt", "Source.marketObservedAt"]);

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function columns(db: pg.Client): Promise<Column[]> {
  const { rows } = await db.query<Column>(
    `SELECT c.table_name AS table, c.column_name AS column, c.data_type AS type, e.data_type AS element
       FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
       LEFT JOIN information_schema.element_types e
         ON e.object_schema = c.table_schema AND e.object_name = c.table_name AND e.object_type = 'TABLE' AND e.collection_type_identifier = c.dtd_identifier
      WHERE c.table_schema = 'public' AND c.table_name NOT LIKE '\\_prisma%'
      ORDER BY c.table_name, c.ordinal_position`,
  );
  return rows;
}

// The checks for one column, as SQL conditions on the value `v` (text).
function textChecks(): [rule: string, condition: string][] {
  return [
    ["forbidden character", `v ~ $1`],
    ["not NFC", `v IS NOT NFC NORMALIZED`],
  ];
}

async function hasId(db: pg.Client, table: string) {
  const { rows } = await db.query(`SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND column_name = 'id'`, [table]);
  return rows.length > 0;
}

export async function findViolations(): Promise<Violation[]> {
  return withDatabase(async (db) => {
    const found: Violation[] = [];
    const idOf = new Map<string, string>();
    for (const column of await columns(db)) {
      const table = quote(column.table);
      const col = quote(column.column);
      if (!idOf.has(column.table)) idOf.set(column.table, (await hasId(db, column.table)) ? `${table}."id"::text` : `${table}.ctid::text`);
      const id = idOf.get(column.table)!;
      // Each value to check, as rows of (id, v text).
      let values: string | null = null;
      if (["text", "character varying", "character"].includes(column.type))
        values = `SELECT ${id} AS id, ${col}::text AS v FROM ${table} WHERE ${col} IS NOT NULL`;
      else if (column.type === "ARRAY" && ["text", "character varying"].includes(column.element ?? ""))
        values = `SELECT ${id} AS id, e AS v FROM ${table}, unnest(${col}) AS e WHERE e IS NOT NULL`;
      else if (column.type === "jsonb" || column.type === "json")
        values = `SELECT ${id} AS id, s #>> '{}' AS v FROM ${table}, jsonb_path_query(${col}::jsonb, 'strict $.**') AS s WHERE jsonb_typeof(s) = 'string'`;
      if (values) {
        for (const [rule, condition] of textChecks()) {
          const { rows } = await db.query<{ id: string; v: string }>(
            `SELECT id, left(v, 120) AS v FROM (${values}) AS t WHERE ${condition} LIMIT 20`,
            condition.includes("$1") ? [FORBIDDEN_CHARACTERS_SQL] : [],
          );
          for (const row of rows) found.push({ table: column.table, column: column.column, id: row.id, rule, value: JSON.stringify(row.v) });
        }
      }
      if (column.type.startsWith("timestamp") || column.type === "date") {
        const future = NOT_IN_FUTURE.has(`${column.table}.${column.column}`) ? ` OR ${col} > now() + interval '1 day'` : "";
        const { rows } = await db.query<{ id: string; v: string }>(
          `SELECT ${id} AS id, ${col}::text AS v FROM ${table}
            WHERE ${col} IS NOT NULL AND (EXTRACT(year FROM ${col}) NOT BETWEEN ${EARLIEST_YEAR} AND ${LATEST_YEAR}${future}) LIMIT 20`,
        );
        for (const row of rows)
          found.push({
            table: column.table,
            column: column.column,
            id: row.id,
            rule: future ? "date out of range or in the future" : "date out of range",
            value: row.v,
          });
      }
    }
    // The database's own report (migration 20261204000000), which also knows
    // the two-person rule on a claim's wording.
    const report = await db.query(`SELECT 1 FROM pg_proc WHERE proname = 'onrecord_stored_problems'`);
    if (report.rows.length > 0) {
      const { rows } = await db.query<{ table: string; column: string; rowId: string; problem: string }>(`SELECT * FROM onrecord_stored_problems()`);
      for (const row of rows) found.push({ table: row.table, column: row.column, id: row.rowId, rule: row.problem, value: "" });
    }
    return found;
  });
}

export const violationKey = (violation: Violation) => `${violation.table}.${violation.column}#${violation.id}:${violation.rule}`;

export function newViolations(baseline: Violation[], now: Violation[]): Violation[] {
  const before = new Set(baseline.map(violationKey));
  return now.filter((violation) => !before.has(violationKey(violation)));
}
