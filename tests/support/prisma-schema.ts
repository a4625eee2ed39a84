import { readFileSync } from "node:fs";
import path from "node:path";

// A small reader for prisma/schema.prisma, enough for the drift test to know,
// per model, each column's type, optionality, default and relation rules, and
// each index. (Prisma 7's generated client no longer carries the full DMMF,
// and @prisma/internals is not a dependency.)

export type SchemaField = {
  name: string;
  type: string; // String, Int, a model name, an enum name, Unsupported("tsvector")
  optional: boolean;
  list: boolean;
  attributes: string; // everything after the type, e.g. `@default(now()) @db.Decimal(5, 4)`
};

export type SchemaIndex = { kind: "id" | "unique" | "index"; columns: string[]; descending: string[]; type?: string };

export type SchemaModel = { name: string; fields: SchemaField[]; blockAttributes: string[] };

export type PrismaSchema = { models: Map<string, SchemaModel>; enums: Map<string, string[]> };

export function readPrismaSchema(file = path.join(process.cwd(), "prisma", "schema.prisma")): PrismaSchema {
  const text = readFileSync(file, "utf8");
  const models = new Map<string, SchemaModel>();
  const enums = new Map<string, string[]>();
  const block = /^(model|enum)\s+(\w+)\s*\{([\s\S]*?)^\}/gm;
  for (const match of text.matchAll(block)) {
    const [, keyword, name, body] = match as unknown as [string, "model" | "enum", string, string];
    const lines = body!
      .split("\n")
      .map((line) => line.replace(/\/\/.*$/, "").trim())
      .filter(Boolean);
    if (keyword === "enum") {
      enums.set(name, lines);
      continue;
    }
    const model: SchemaModel = { name, fields: [], blockAttributes: [] };
    for (const line of lines) {
      if (line.startsWith("@@")) {
        model.blockAttributes.push(line);
        continue;
      }
      const field = /^(\w+)\s+(\w+(?:\("[^"]*"\))?)(\[\])?(\?)?\s*(.*)$/.exec(line);
      if (!field) throw new Error(`Cannot read field line in ${name}: ${line}`);
      model.fields.push({ name: field[1]!, type: field[2]!, list: Boolean(field[3]), optional: Boolean(field[4]), attributes: field[5] ?? "" });
    }
    models.set(name, model);
  }
  return { models, enums };
}

// Fields that are columns (not relation fields).
export function columnFields(schema: PrismaSchema, model: SchemaModel) {
  return model.fields.filter((field) => !schema.models.has(field.type));
}

export function relationFields(schema: PrismaSchema, model: SchemaModel) {
  return model.fields.filter((field) => schema.models.has(field.type) && /@relation\([^)]*fields:/.test(field.attributes));
}

function columnList(inside: string) {
  const list = /\[([^\]]*)\]/.exec(inside)![1]!;
  const parts = list.split(",").map((part) => part.trim());
  return {
    columns: parts.map((part) => part.replace(/\(.*\)$/, "")),
    descending: parts.filter((part) => /sort:\s*Desc/.test(part)).map((part) => part.replace(/\(.*\)$/, "")),
  };
}

export function indexesOf(model: SchemaModel): SchemaIndex[] {
  const indexes: SchemaIndex[] = [];
  for (const field of model.fields) {
    if (/@id\b/.test(field.attributes)) indexes.push({ kind: "id", columns: [field.name], descending: [] });
    if (/@unique\b/.test(field.attributes)) indexes.push({ kind: "unique", columns: [field.name], descending: [] });
  }
  for (const attribute of model.blockAttributes) {
    const kind = /^@@(id|unique|index)\(/.exec(attribute)?.[1] as SchemaIndex["kind"] | undefined;
    if (!kind) continue;
    const type = /type:\s*(\w+)/.exec(attribute)?.[1];
    indexes.push({ kind, ...columnList(attribute), ...(type ? { type } : {}) });
  }
  return indexes;
}

// The names `prisma migrate dev` gives constraints and indexes.
export function prismaIndexName(model: string, index: SchemaIndex) {
  if (index.kind === "id") return `${model}_pkey`;
  return `${model}_${index.columns.join("_")}_${index.kind === "unique" ? "key" : "idx"}`;
}

export function defaultOf(field: SchemaField): string | null {
  const match = /@default\((.*?)\)(?:\s|$)/.exec(field.attributes);
  return match ? match[1]! : null;
}
