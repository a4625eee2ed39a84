import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { migrate } from "@/lib/database/migrate";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { commitImport } from "@/lib/import/commit";
import { exportClaimsCsv } from "@/lib/import/export";
import { csvOf } from "../support/import-csv";

// A newsroom moving its desk: export everything, import it into a brand-new
// OnRecord, and find the same claims, speakers, topics, sources and stances.
// Each side is its own freshly migrated database, so nothing is matched to
// leftovers of other tests.

const opened: { client: PrismaClient; name: string }[] = [];
const serverUrl = () => new URL(inject("databaseServerUrl"));

async function freshDesk(): Promise<{ db: PrismaClient; actor: Actor }> {
  const name = `import_roundtrip_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: Object.assign(serverUrl(), { pathname: "/postgres" }).toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = Object.assign(serverUrl(), { pathname: `/${name}` }).toString();
  await migrate(url);
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  opened.push({ client: db, name });
  const user = await db.user.create({ data: { email: `${name}@test.onrecord`, name: "Desk editor", passwordHash: "x", role: "EDITOR" } });
  return { db, actor: { id: user.id, email: user.email, name: user.name, role: user.role } };
}

afterAll(async () => {
  const admin = new pg.Client({ connectionString: Object.assign(serverUrl(), { pathname: "/postgres" }).toString() });
  await admin.connect();
  for (const { client, name } of opened) {
    await client.$disconnect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
  await admin.end();
});

async function exported(db: PrismaClient, actor: Actor) {
  let text = "";
  for await (const page of exportClaimsCsv(actor, {}, db)) text += page;
  return text;
}

// Everything a reader of the desk would compare, without ids or slugs.
async function contents(db: PrismaClient) {
  const claims = await db.claim.findMany({
    include: {
      speaker: true,
      topics: { include: { topic: true } },
      appearances: true,
      evidence: { include: { source: true } },
    },
  });
  const day = (date: Date | null) => date?.toISOString() ?? null;
  return {
    claims: claims
      .map((claim) => ({
        text: claim.text,
        quote: claim.quote,
        context: claim.context,
        madeAt: day(claim.madeAt),
        madeAtTimeZone: claim.madeAtTimeZone,
        venue: claim.venue,
        kind: claim.kind,
        settleBy: day(claim.settleBy),
        settleCriteria: claim.settleCriteria,
        status: claim.status,
        speaker: [claim.speaker.name, claim.speaker.title],
        topics: claim.topics.map((row) => row.topic.name).sort(),
        appearances: claim.appearances.map((row) => [row.url, row.isFirst, row.venue, day(row.seenAt)]),
        evidence: claim.evidence
          .map((item) => [
            item.stance,
            item.passage,
            item.note,
            item.source.type,
            item.source.title,
            item.source.publisher,
            item.source.url,
            day(item.source.publishedAt),
          ])
          .sort((a, b) => String(a[4]).localeCompare(String(b[4]))),
      }))
      .sort((a, b) => a.text.localeCompare(b.text)),
    speakers: (await db.speaker.findMany({ select: { name: true, title: true } })).map((row) => `${row.name} / ${row.title}`).sort(),
    topics: (await db.topic.findMany({ select: { name: true } })).map((row) => row.name).sort(),
    sources: await db.source.count(),
  };
}

describe("export, then import into a fresh desk", () => {
  it("gives the same claims, speakers, topics, sources and stances", async () => {
    const original = csvOf(
      {
        claim_ref: "talks",
        claim: "Iran has agreed to nuclear restraint.",
        quote: 'He said: "We agreed, in principle,\nto restraint."',
        context: "After the fourth round in Muscat.",
        speaker: "Government spokesperson",
        speaker_title: "Spokesperson",
        said_on: "2026-05-31",
        said_at: "14:30",
        time_zone: "Asia/Tehran",
        venue: "Press conference",
        topics: "Iran; Nuclear talks",
        appearance_url: "https://example.org/briefing",
        source_type: "wire report",
        source_title: "Talks end without agreement",
        source_outlet: "Regional wire",
        source_url: "https://example.org/wire/talks-end",
        source_published_on: "2026-05-31",
        stance: "contradicts",
        passage: "no final agreement was reached",
      },
      { claim_ref: "talks", source_type: "official statement", source_title: "Ministry readout", stance: "supports", note: "=Readout says 'agreement'" },
      {
        claim_ref: "talks",
        source_type: "market odds",
        source_title: "Deal by July?",
        source_url: "https://example.org/market",
        stance: "context",
        passage: "-12 points in a day",
      },
      {
        claim: "The talks will produce only minor, temporary understandings.",
        speaker: "Regional analyst",
        said_on: "2026-05-30",
        kind: "prediction",
        settle_by: "2026-09-30",
        settle_criteria: "A text is signed that covers enrichment limits.",
        topics: "nuclear talks",
        source_type: "news article",
        source_title: "Talks end without agreement (syndicated)",
        source_url: "https://example.org/wire/talks-end",
        stance: "supports",
      },
      {
        claim: "Unemployment fell to 7% in April.",
        speaker: "government spokesperson",
        said_on: "2026-05-02",
        said_at: "09:05",
        time_zone: "UTC",
        source_type: "official statement",
        source_title: "Ministry readout",
        stance: "context",
      },
      {
        claim: "+40% more wells were drilled this year than last.",
        speaker: "@energy_ministry",
        said_on: "2026-04-01",
        kind: "promise",
        settle_by: "2026-12-31",
        settle_criteria: "Annual drilling report.",
      },
    );

    const first = await freshDesk();
    const imported = await commitImport(first.actor, { name: "original.csv", text: original }, { db: first.db });
    expect(imported).toMatchObject({ status: "imported", created: 4 });
    const before = await contents(first.db);
    // What the file said is what the first desk holds (sources once each).
    expect(before.sources).toBe(3);
    expect(before.speakers).toEqual(["@energy_ministry / null", "Government spokesperson / Spokesperson", "Regional analyst / null"]);
    expect(before.topics).toEqual(["Iran", "Nuclear talks"]);

    const file = await exported(first.db, first.actor);
    const second = await freshDesk();
    const reimported = await commitImport(second.actor, { name: "exported.csv", text: file }, { db: second.db });
    expect(reimported).toMatchObject({ status: "imported", created: 4, sourcesCreated: 3, speakersCreated: 3, topicsCreated: 2 });
    expect(await contents(second.db)).toEqual(before);
  });
});
