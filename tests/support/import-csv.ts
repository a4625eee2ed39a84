import { COLUMNS, type Column } from "@/lib/import/columns";

// Builds import files the way a spreadsheet saves them: the full header, one
// line per row, cells quoted when they need it.

export type Cells = Partial<Record<Column, string>>;

const quote = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

export const csvOf = (...rows: Cells[]) =>
  `${[COLUMNS.join(","), ...rows.map((row) => COLUMNS.map((column) => quote(row[column] ?? "")).join(","))].join("\r\n")}\r\n`;
