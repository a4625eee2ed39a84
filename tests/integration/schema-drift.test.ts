import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import * as Enums from "@/lib/generated/prisma/enums";
import { unique } from "../support/factories";
import { columnFields, defaultOf, indexesOf, prismaIndexName, readPrismaSchema, relationFields } from "../support/prisma-schema";
import { sqlPool } from "../support/sql";

// The migration SQL is written by hand (Prisma's migration engine cannot be
// installed here), so nothing but this test stops prisma/schema.prisma, the
// generated client and the database from drifting apart. It checks, against
// the database the project's own runner just migrated:
//   1. every table and column the client knows exists with the right type,
//      nullability, default, index and foreign-key rule, and nothing else;
//   2. every model takes a row with every scalar column set, and gives the
//      same values back through the generated client.

const schema = readPrismaSchema();
const pool = sqlPool();
afterAll(() => pool.end());

const MODELS = Object.values(Prisma.ModelName);

// Columns the client cannot read or write: the generated search vector of the
// desk queue, and the public search document.
const UNSUPPORTED_COLUMNS: Record<string, string[]> = { Claim: ["searchVector"], ClaimSearch: ["document"] };

// Written by triggers, not generated: the public search rows, one per published
// claim with a verdict (prisma/migrations/20261122070000_public_search). The
// client cannot create these rows, so the round trip below reads one instead.
const KEPT_BY_TRIGGERS = { columns: new Set(["ClaimSearch.document"]), models: new Set<string>(["ClaimSearch"]) };

// Objects only the SQL has, because Prisma's schema language cannot express them.
const SQL_ONLY_INDEXES = new Set([
  "Claim_text_trgm_idx",
  "Claim_text_trgm_gist_idx",
  "Appearance_one_first_per_claim",
  "Speaker_name_lower_idx",
  "ApiRateLimit_pkey",
  "ApiRateLimit_expire_idx",
]);

// Tables no model reads: the read API's rate-limit counters, whose shape the
// rate-limiter-flexible library fixes (prisma/migrations/20261122080000_api_rate_limits).
const SQL_ONLY_TABLES = ["ApiRateLimit"];

const scalarFieldEnum = (model: string) => Object.values((Prisma as unknown as Record<string, Record<string, string>>)[`${model}ScalarFieldEnum`]!);

type ColumnRow = {
  table_name: string;
  column_name: string;
  data_type: string;
  udt_name: string;
  is_nullable: "YES" | "NO";
  column_default: string | null;
  is_generated: "ALWAYS" | "NEVER";
  datetime_precision: number | null;
  numeric_precision: number | null;
  numeric_scale: number | null;
};

async function columns(): Promise<Map<string, Map<string, ColumnRow>>> {
  const { rows } = await pool.query<ColumnRow>(
    `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default, is_generated,
            datetime_precision, numeric_precision, numeric_scale
       FROM information_schema.columns WHERE table_schema = 'public'`,
  );
  const byTable = new Map<string, Map<string, ColumnRow>>();
  for (const row of rows) {
    if (!byTable.has(row.table_name)) byTable.set(row.table_name, new Map());
    byTable.get(row.table_name)!.set(row.column_name, row);
  }
  return byTable;
}

const SQL_TYPES: Record<string, { udt: string; precision?: number }> = {
  String: { udt: "text" },
  Int: { udt: "int4" },
  Boolean: { udt: "bool" },
  DateTime: { udt: "timestamp", precision: 3 },
  Json: { udt: "jsonb" },
  Decimal: { udt: "numeric" },
};

describe("schema.prisma, the generated client and the migrated database agree", () => {
  it("the generated client is up to date with schema.prisma", () => {
    expect([...schema.models.keys()].sort()).toEqual([...MODELS].sort());
    for (const model of MODELS) {
      const fromFile = columnFields(schema, schema.models.get(model)!)
        .filter((field) => !field.type.startsWith("Unsupported"))
        .map((field) => field.name);
      expect(scalarFieldEnum(model).sort(), model).toEqual(fromFile.sort());
    }
  });

  it("the database has exactly one table per model (plus Prisma's migration bookkeeping)", async () => {
    const { rows } = await pool.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    expect(rows.map((row) => row.table_name).sort()).toEqual([...MODELS, ...SQL_ONLY_TABLES, "_prisma_migrations"].sort());
  });

  it("each table has exactly the columns the client knows, plus the declared Unsupported ones", async () => {
    const byTable = await columns();
    for (const model of MODELS) {
      const expected = [...scalarFieldEnum(model), ...(UNSUPPORTED_COLUMNS[model] ?? [])].sort();
      expect([...byTable.get(model)!.keys()].sort(), model).toEqual(expected);
    }
  });

  it("each column has the type, nullability and default schema.prisma declares", async () => {
    const byTable = await columns();
    const problems: string[] = [];
    for (const model of MODELS) {
      for (const field of columnFields(schema, schema.models.get(model)!)) {
        const column = byTable.get(model)?.get(field.name);
        const where = `${model}.${field.name}`;
        const note = (problem: string) => problems.push(`${where}: ${problem}`);
        if (!column) {
          note("no such column in the database");
          continue;
        }

        if (field.type.startsWith("Unsupported")) {
          const sqlType = /Unsupported\("(\w+)"\)/.exec(field.type)![1]!;
          if (column.udt_name !== sqlType) note(`type ${column.udt_name}, expected ${sqlType}`);
          if (column.is_generated !== "ALWAYS" && !KEPT_BY_TRIGGERS.columns.has(where)) note("expected a generated column");
          continue;
        }

        // Type
        if (schema.enums.has(field.type)) {
          if (column.data_type !== "USER-DEFINED" || column.udt_name !== field.type) note(`type ${column.udt_name}, expected enum ${field.type}`);
        } else {
          const sql = SQL_TYPES[field.type];
          if (!sql) {
            note(`no SQL type mapping for ${field.type}; extend SQL_TYPES`);
            continue;
          }
          const udt = field.list ? `_${sql.udt}` : sql.udt;
          if (column.udt_name !== udt) note(`type ${column.udt_name}, expected ${udt}`);
          if (sql.precision !== undefined && column.datetime_precision !== sql.precision) {
            note(`precision ${column.datetime_precision}, expected ${sql.precision}`);
          }
          const decimal = /@db\.Decimal\((\d+),\s*(\d+)\)/.exec(field.attributes);
          if (decimal && (column.numeric_precision !== Number(decimal[1]) || column.numeric_scale !== Number(decimal[2]))) {
            note(`numeric(${column.numeric_precision},${column.numeric_scale}), expected numeric(${decimal[1]},${decimal[2]})`);
          }
        }

        // Nullability: Prisma makes optional fields and scalar lists nullable.
        const nullable = field.optional || field.list;
        if ((column.is_nullable === "YES") !== nullable) note(`is_nullable ${column.is_nullable}, expected ${nullable ? "YES" : "NO"}`);

        // Default: cuid() and @updatedAt are filled in by the client, everything else by the database.
        const declared = defaultOf(field);
        const clientSide = declared === null || /^(cuid|uuid)\(/.test(declared);
        if (clientSide) {
          if (column.column_default !== null) note(`unexpected database default ${column.column_default}`);
        } else if (!matchesDefault(declared!, column.column_default, field.type)) {
          note(`default ${column.column_default}, expected one for @default(${declared})`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("every enum has the same values in the database as in the client", async () => {
    const { rows } = await pool.query<{ typname: string; labels: string[] }>(
      `SELECT t.typname, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
         FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
         JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname = 'public' GROUP BY t.typname`,
    );
    const inDatabase = Object.fromEntries(rows.map((row) => [row.typname, row.labels]));
    const inClient = Object.fromEntries(Object.entries(Enums).map(([name, values]) => [name, Object.values(values as Record<string, string>)]));
    const inFile = Object.fromEntries(schema.enums);
    expect(inDatabase).toEqual(inClient);
    expect(inFile).toEqual(inClient);
  });

  it("every @id, @unique, @@unique and @@index exists with Prisma's name and columns", async () => {
    const { rows } = await pool.query<{
      name: string;
      table: string;
      unique: boolean;
      primary: boolean;
      method: string;
      columns: string[];
      definition: string;
    }>(
      `SELECT i.relname AS name, t.relname AS table, ix.indisunique AS unique, ix.indisprimary AS primary,
              am.amname AS method, pg_get_indexdef(ix.indexrelid) AS definition,
              array(SELECT a.attname::text FROM unnest(ix.indkey::int2[]) WITH ORDINALITY k(attnum, ord)
                      JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord) AS columns
         FROM pg_index ix
         JOIN pg_class i ON i.oid = ix.indexrelid
         JOIN pg_class t ON t.oid = ix.indrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace
         JOIN pg_am am ON am.oid = i.relam
        WHERE n.nspname = 'public' AND t.relname <> '_prisma_migrations'`,
    );
    const actual = new Map(rows.map((row) => [row.name, row]));
    const expectedNames = new Set<string>();
    for (const model of MODELS) {
      for (const index of indexesOf(schema.models.get(model)!)) {
        const name = prismaIndexName(model, index);
        expectedNames.add(name);
        const found = actual.get(name);
        expect(found, `missing index ${name}`).toBeDefined();
        expect(found!.table).toBe(model);
        expect(found!.columns, name).toEqual(index.columns);
        expect(found!.unique, name).toBe(index.kind !== "index");
        expect(found!.primary, name).toBe(index.kind === "id");
        expect(found!.method, name).toBe(index.type ? index.type.toLowerCase() : "btree");
        for (const column of index.descending) expect(found!.definition, name).toContain(`"${column}" DESC`);
      }
    }
    const unexplained = [...actual.keys()].filter((name) => !expectedNames.has(name) && !SQL_ONLY_INDEXES.has(name));
    expect(unexplained).toEqual([]);
    for (const name of SQL_ONLY_INDEXES) expect(actual.has(name), name).toBe(true);
  });

  it("every relation has its foreign key, with the declared onDelete rule", async () => {
    const { rows } = await pool.query<{ name: string; table: string; column: string; target: string; delete_rule: string; update_rule: string }>(
      `SELECT c.conname AS name, t.relname AS table, a.attname AS column, rt.relname AS target,
              CASE c.confdeltype WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT' WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT' END AS delete_rule,
              CASE c.confupdtype WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT' WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT' END AS update_rule
         FROM pg_constraint c
         JOIN pg_class t ON t.oid = c.conrelid
         JOIN pg_class rt ON rt.oid = c.confrelid
         JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = c.conkey[1]
         JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE c.contype = 'f' AND n.nspname = 'public'`,
    );
    const actual = new Map(rows.map((row) => [row.name, row]));
    const expected: string[] = [];
    for (const model of MODELS) {
      for (const relation of relationFields(schema, schema.models.get(model)!)) {
        const column = /fields:\s*\[(\w+)\]/.exec(relation.attributes)![1]!;
        const onDelete = /onDelete:\s*(\w+)/.exec(relation.attributes)?.[1] ?? (relation.optional ? "SetNull" : "Restrict");
        const name = `${model}_${column}_fkey`;
        expected.push(name);
        const found = actual.get(name);
        expect(found, `missing foreign key ${name}`).toBeDefined();
        expect(found).toMatchObject({
          table: model,
          column,
          target: relation.type,
          delete_rule: onDelete.replace(/([a-z])([A-Z])/g, "$1 $2").toUpperCase(),
          update_rule: "CASCADE",
        });
      }
    }
    expect([...actual.keys()].sort()).toEqual(expected.sort());
  });
});

function matchesDefault(declared: string, actual: string | null, type: string): boolean {
  if (actual === null) return false;
  if (declared === "now()") return actual === "CURRENT_TIMESTAMP";
  if (declared === "[]") return actual === "ARRAY[]::text[]";
  if (declared === "true" || declared === "false") return actual === declared;
  if (/^-?\d+$/.test(declared)) return actual === declared;
  if (declared.startsWith('"')) {
    const literal = JSON.parse(declared) as string;
    return actual === `'${literal}'::${type === "Json" ? "jsonb" : "text"}`;
  }
  return actual === `'${declared}'::"${type}"`; // an enum value
}

// ---------------------------------------------------------------------------
// Round trip: one row per model, every scalar column set to a value that is
// not its default, read back equal.

// Values with millisecond precision, as TIMESTAMP(3) stores them.
const at = (iso: string) => new Date(iso);

function comparable(row: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, Prisma.Decimal.isDecimal(value) ? (value as Prisma.Decimal).toFixed() : value]));
}

describe("every model round-trips every scalar column through the generated client", () => {
  const id = (model: string) => unique(`drift-${model.toLowerCase()}`);
  const rows: Record<string, Record<string, unknown>> = {};

  rows.User = {
    id: id("User"),
    email: `${unique("drift")}@test.onrecord`,
    name: "Drift Tester",
    passwordHash: "$2b$10$abcdefghijklmnopqrstuuJ6Yq8Qb1zE6XbV3vGmQm9oRk8YwJb2",
    role: "ADMIN",
    sessionVersion: 7,
    noticeEmails: "DAILY_DIGEST",
    disabledAt: at("2026-06-01T10:11:12.345Z"),
    invitedAt: at("2025-12-30T09:00:00.111Z"),
    joinedAt: at("2025-12-31T09:00:00.222Z"),
    lastLoginAt: at("2026-05-30T08:00:00.001Z"),
    createdAt: at("2026-01-02T03:04:05.678Z"),
    updatedAt: at("2026-01-03T03:04:05.678Z"),
  };
  rows.LoginAttempt = {
    id: id("LoginAttempt"),
    email: "someone@test.onrecord",
    ip: "2001:db8::1",
    succeeded: true,
    createdAt: at("2026-02-02T02:02:02.222Z"),
  };
  rows.SpeakerTarget = {
    id: id("Speaker"),
    slug: unique("drift-speaker-target"),
    name: "Merged-into speaker",
  };
  rows.Speaker = {
    id: id("Speaker"),
    slug: unique("drift-speaker"),
    name: "Ministry spokesperson",
    title: "Spokesperson",
    affiliation: "Ministry of Foreign Affairs",
    description: "Speaks for the ministry at weekly briefings; “quotes” and ünïcödé survive.",
    wikidataId: "Q42",
    links: ["https://example.org/a", "https://example.org/b"],
    mergedIntoId: rows.SpeakerTarget.id,
    createdAt: at("2026-01-04T00:00:00.000Z"),
    updatedAt: at("2026-01-05T00:00:00.000Z"),
  };
  rows.Topic = {
    id: id("Topic"),
    slug: unique("drift-topic"),
    name: unique("Drift topic"),
    description: "A topic for the drift test.",
    createdAt: at("2026-01-06T00:00:00.000Z"),
  };
  rows.ClaimOriginal = {
    id: id("Claim"),
    slug: unique("drift-claim-original"),
    text: "The original claim this one duplicates.",
    madeAt: at("2026-05-01T00:00:00.000Z"),
    speakerId: rows.SpeakerTarget.id,
    createdById: rows.User.id,
  };
  rows.Claim = {
    id: id("Claim"),
    slug: unique("drift-claim"),
    text: "The talks will produce only minor, temporary understandings.",
    quote: "only minor, temporary understandings",
    context: "Written in an opinion column.",
    madeAt: at("2026-06-02T12:34:56.789Z"),
    madeAtTimeZone: "Asia/Tehran",
    venue: "Opinion column",
    kind: "PREDICTION",
    settleBy: at("2026-12-31T23:59:59.999Z"),
    settleCriteria: "Fails if a written agreement is signed.",
    status: "ARCHIVED",
    version: 4,
    speakerId: rows.Speaker.id,
    assigneeId: rows.User.id,
    createdById: rows.User.id,
    wordingById: rows.User.id,
    duplicateOfId: rows.ClaimOriginal.id,
    publishedAt: at("2026-06-03T00:00:00.500Z"),
    createdAt: at("2026-06-02T13:00:00.000Z"),
    updatedAt: at("2026-06-02T14:00:00.000Z"),
  };
  rows.ClaimTopic = { claimId: rows.Claim.id, topicId: rows.Topic.id };
  rows.Appearance = {
    id: id("Appearance"),
    claimId: rows.Claim.id,
    url: "https://example.org/column",
    title: "The column",
    venue: "Newspaper",
    seenAt: at("2026-06-02T12:35:00.000Z"),
    isFirst: true,
    createdAt: at("2026-06-02T12:36:00.000Z"),
  };
  rows.SourceOriginal = { id: id("Source"), type: "WIRE_REPORT", title: "Original wire copy", createdById: rows.User.id };
  rows.Source = {
    id: id("Source"),
    type: "MARKET_ODDS",
    title: "Prediction market on a signed agreement",
    publisher: "A prediction market",
    url: "https://example.org/markets/agreement",
    publishedAt: at("2026-05-31T00:00:00.000Z"),
    excerpt: "Yes trading at 38 cents.",
    marketName: "Agreement signed in 2026",
    marketOutcome: "Yes",
    marketProbability: new Prisma.Decimal("0.3812"),
    marketObservedAt: at("2026-05-31T18:00:00.000Z"),
    derivedFromId: rows.SourceOriginal.id,
    createdById: rows.User.id,
    createdAt: at("2026-05-31T18:01:00.000Z"),
    updatedAt: at("2026-05-31T18:02:00.000Z"),
  };
  rows.ArchiveSnapshot = {
    id: id("ArchiveSnapshot"),
    sourceId: rows.Source.id,
    fetchedAt: at("2026-05-31T18:03:00.000Z"),
    httpStatus: 404,
    contentType: "text/html; charset=utf-8",
    title: "Not found",
    text: "The page has gone.",
    byteLength: 18,
    sha256: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    error: "HTTP 404",
    takenById: rows.User.id,
  };
  rows.Evidence = {
    id: id("Evidence"),
    claimId: rows.Claim.id,
    sourceId: rows.Source.id,
    stance: "CONTEXT",
    passage: "Yes trading at 38 cents.",
    note: "Markets doubt a deal.",
    addedById: rows.User.id,
    createdAt: at("2026-06-01T00:00:00.000Z"),
    updatedAt: at("2026-06-01T00:00:01.000Z"),
  };
  rows.Rating = {
    id: id("Rating"),
    slug: unique("drift-rating"),
    label: "Drift rating",
    description: "Only for the drift test.",
    value: 3,
    colour: "#123456",
    position: 99,
    appliesTo: "ALL",
    active: false,
    createdAt: at("2026-01-07T00:00:00.000Z"),
    updatedAt: at("2026-01-08T00:00:00.000Z"),
  };
  rows.Approver = { id: id("User"), email: `${unique("drift-approver")}@test.onrecord`, name: "Approver", passwordHash: "x" };
  // Published by someone other than the wording's author, as the database insists.
  rows.Claim.publishedById = rows.Approver.id;
  rows.Verdict = {
    id: id("Verdict"),
    claimId: rows.Claim.id,
    ratingId: rows.Rating.id,
    summary: "Not yet due.",
    reasoning: "**Markdown** reasoning.",
    proposedById: rows.User.id,
    approvedById: rows.Approver.id,
    proposedAt: at("2026-06-01T01:00:00.000Z"),
    approvedAt: at("2026-06-01T02:00:00.000Z"),
    updatedAt: at("2026-06-01T03:00:00.000Z"),
    settlementRatingId: rows.Rating.id,
    settlementSummary: "It came true by the settle-by date.",
    settlementReasoning: "The **record** shows it.",
    settlementProposedById: rows.Approver.id,
    settlementProposedAt: at("2026-06-01T04:00:00.000Z"),
  };
  rows.Revision = {
    id: id("Revision"),
    claimId: rows.Claim.id,
    authorId: rows.User.id,
    action: "claim.updated",
    changes: { text: { from: "old", to: "new" }, list: [1, 2.5, null, true], nested: { ünï: "cödé" } },
    reason: "Fixed a typo.",
    createdAt: at("2026-06-01T04:00:00.000Z"),
  };
  rows.Correction = {
    id: id("Correction"),
    claimId: rows.Claim.id,
    kind: "CLARIFICATION",
    note: "Clarified the date.",
    authorId: rows.User.id,
    publishedAt: at("2026-06-01T05:00:00.000Z"),
  };
  rows.AuditEvent = {
    id: id("AuditEvent"),
    actorId: rows.User.id,
    action: "drift.tested",
    targetType: "Claim",
    targetId: rows.Claim.id,
    ip: "203.0.113.7",
    details: { scope: "drift", count: 3, flags: ["a", "b"] },
    createdAt: at("2026-06-01T06:00:00.000Z"),
  };
  rows.SourceRecheck = {
    sourceId: rows.Source.id,
    leaseUntil: at("2026-06-01T06:20:00.000Z"),
    checkedAt: at("2026-06-01T06:10:00.000Z"),
    outcome: "could not check: the page answered HTTP 503",
  };
  rows.DueNotice = {
    id: id("DueNotice"),
    claimId: rows.Claim.id,
    occasion: "ON_THE_DAY",
    settleBy: at("2026-07-01T00:00:00.000Z"),
    createdAt: at("2026-07-01T06:05:00.000Z"),
  };

  rows.AccountToken = {
    id: id("AccountToken"),
    kind: "EMAIL_CHANGE",
    userId: rows.User.id,
    tokenHash: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    newEmail: "drift-new@test.onrecord",
    expiresAt: at("2026-06-02T08:00:00.000Z"),
    usedAt: at("2026-06-01T08:30:00.000Z"),
    createdAt: at("2026-06-01T08:00:00.000Z"),
  };

  rows.Notification = {
    id: id("Notification"),
    recipientId: rows.Approver.id,
    kind: "SENT_BACK",
    claimId: rows.Claim.id,
    actorId: rows.User.id,
    message: "Sent back: the dates need a source.",
    readAt: at("2026-06-01T07:30:00.000Z"),
    mailedAt: at("2026-06-01T07:05:00.000Z"),
    createdAt: at("2026-06-01T07:00:00.000Z"),
  };

  rows.MailMessage = {
    id: id("MailMessage"),
    recipient: "drift-mail@test.onrecord",
    userId: rows.User.id,
    kind: "NOTICE",
    subject: "Sent back: the dates need a source",
    text: "Plain text body",
    html: "<p>HTML body</p>",
    status: "FAILED",
    attempts: 5,
    lastError: "The mail server refused the recipient.",
    nextAttemptAt: at("2026-06-01T08:00:00.000Z"),
    createdAt: at("2026-06-01T07:00:00.000Z"),
    sentAt: at("2026-06-01T07:01:00.000Z"),
  };

  // The model each row belongs to, in an order that satisfies foreign keys.
  const ORDER: [key: string, model: Prisma.ModelName][] = [
    ["User", "User"],
    ["Approver", "User"],
    ["LoginAttempt", "LoginAttempt"],
    ["SpeakerTarget", "Speaker"],
    ["Speaker", "Speaker"],
    ["Topic", "Topic"],
    ["ClaimOriginal", "Claim"],
    ["Claim", "Claim"],
    ["ClaimTopic", "ClaimTopic"],
    ["Appearance", "Appearance"],
    ["SourceOriginal", "Source"],
    ["Source", "Source"],
    ["ArchiveSnapshot", "ArchiveSnapshot"],
    ["Evidence", "Evidence"],
    ["Rating", "Rating"],
    ["Verdict", "Verdict"],
    ["Revision", "Revision"],
    ["Correction", "Correction"],
    ["AuditEvent", "AuditEvent"],
    ["SourceRecheck", "SourceRecheck"],
    ["DueNotice", "DueNotice"],
    ["Notification", "Notification"],
    ["AccountToken", "AccountToken"],
    ["MailMessage", "MailMessage"],
  ];

  const delegate = (model: Prisma.ModelName) =>
    (
      prisma as unknown as Record<
        string,
        { create: (args: unknown) => Promise<Record<string, unknown>>; findUniqueOrThrow: (args: unknown) => Promise<Record<string, unknown>> }
      >
    )[model.charAt(0).toLowerCase() + model.slice(1)]!;

  it("the test sets every scalar column of every model, so a new column cannot be forgotten", () => {
    for (const model of MODELS.filter((model) => !KEPT_BY_TRIGGERS.models.has(model))) {
      expect(
        ORDER.some(([, m]) => m === model),
        `${model} has no row here`,
      ).toBe(true);
      expect(Object.keys(rows[model]!).sort(), `${model}: set every column`).toEqual(scalarFieldEnum(model).sort());
    }
  });

  it("creates each row and reads it back unchanged", async () => {
    for (const [key, model] of ORDER) {
      const data = rows[key]!;
      const created = await delegate(model).create({ data });
      const where =
        model === "ClaimTopic"
          ? { claimId_topicId: { claimId: data.claimId, topicId: data.topicId } }
          : model === "SourceRecheck"
            ? { sourceId: data.sourceId }
            : { id: data.id };
      const read = await delegate(model).findUniqueOrThrow({ where });
      if (key === model) {
        // The full rows: every column, exactly what was written.
        expect(comparable(created), `${model} as created`).toEqual(comparable(data));
        expect(comparable(read), `${model} as read back`).toEqual(comparable(data));
      } else {
        expect(read).toMatchObject({ id: data.id });
      }
    }
  });

  it("the search document is filled in by the database from text, quote and context", async () => {
    const { rows: found } = await pool.query(
      `SELECT "id" FROM "Claim" WHERE "id" = $1 AND "searchVector" @@ websearch_to_tsquery('english', 'temporary understandings column')`,
      [rows.Claim!.id],
    );
    expect(found).toHaveLength(1);
  });

  it("publishing the claim gives it a public search document, read back through the client", async () => {
    await prisma.claim.update({ where: { id: rows.Claim!.id as string }, data: { status: "PUBLISHED" } });
    expect(await prisma.claimSearch.findUnique({ where: { claimId: rows.Claim!.id as string } })).toEqual({
      claimId: rows.Claim!.id,
      publishedAt: rows.Claim!.publishedAt,
      madeAt: rows.Claim!.madeAt,
      speakerId: rows.Claim!.speakerId,
      ratingId: rows.Verdict!.ratingId,
      topicIds: [rows.Topic!.id],
    });
    const { rows: found } = await pool.query(
      `SELECT "claimId" FROM "ClaimSearch" WHERE "claimId" = $1 AND "document" @@ websearch_to_tsquery('english', 'ministry spokesperson markets doubt')`,
      [rows.Claim!.id],
    );
    expect(found).toHaveLength(1);
  });
});
