import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { guardCell, unguardCell } from "@/lib/import/cells";
import { COLUMNS, closestColumn } from "@/lib/import/columns";
import { parseImportFile } from "@/lib/import/parse";
import { claimRows, csvText, type ExportClaim, templateCsv } from "@/lib/import/serialize";

// The file the queue's "Download as CSV" writes: safe to open in a
// spreadsheet, and read back by the import as the same claims.

const claim: ExportClaim = {
  slug: "iran-has-agreed-to-nuclear-restraint-k3x9a1",
  text: "Iran has agreed to nuclear restraint.",
  quote: 'He said, "in principle"\nand left.',
  context: null,
  madeAt: new Date("2026-05-31T11:00:00Z"),
  madeAtTimeZone: "Asia/Tehran",
  venue: "Press conference",
  kind: "PREDICTION",
  settleBy: new Date("2026-12-31T00:00:00Z"),
  settleCriteria: "A signed agreement is published.",
  speaker: { name: "Government spokesperson", title: "Spokesperson" },
  topics: ["Iran", "Nuclear talks"],
  appearanceUrl: "https://example.org/briefing",
  evidence: [
    {
      stance: "CONTRADICTS",
      passage: "no final agreement was reached",
      note: null,
      source: {
        type: "WIRE_REPORT",
        title: "Talks end",
        publisher: "Regional wire",
        url: "https://example.org/wire",
        publishedAt: new Date("2026-05-31T00:00:00Z"),
      },
    },
    {
      stance: "SUPPORTS",
      passage: null,
      note: "=cmd|' /C calc'!A0",
      source: { type: "OFFICIAL_STATEMENT", title: "Ministry readout", publisher: null, url: null, publishedAt: null },
    },
  ],
};

const cellsOf = (text: string) => parse(text) as string[][];

describe("export rows", () => {
  it("writes one row per item of the record, with the claim's fields on the first row only", () => {
    const rows = claimRows(claim).map((cells) => Object.fromEntries(COLUMNS.map((column, index) => [column, cells[index]])));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      claim_ref: claim.slug,
      claim: claim.text,
      said_on: "2026-05-31",
      said_at: "14:30",
      time_zone: "Asia/Tehran",
      kind: "prediction",
      settle_by: "2026-12-31",
      topics: "Iran; Nuclear talks",
      source_type: "wire report",
      source_published_on: "2026-05-31",
      stance: "contradicts",
    });
    expect(rows[1]).toMatchObject({
      claim_ref: claim.slug,
      claim: "",
      speaker: "",
      said_on: "",
      source_type: "official statement or readout",
      stance: "supports",
    });
  });

  it("writes a claim without evidence as one row, and a time with no zone in UTC so the instant survives", () => {
    const rows = claimRows({ ...claim, madeAt: new Date("2026-05-31T09:15:00Z"), madeAtTimeZone: null, evidence: [] });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.slice(6, 9)).toEqual(["2026-05-31", "09:15", "UTC"]);
    expect(claimRows({ ...claim, madeAt: new Date("2026-05-31T00:00:00Z"), madeAtTimeZone: null })[0]!.slice(6, 9)).toEqual(["2026-05-31", "", ""]);
  });

  it("starts with the header row and no byte order mark, and quotes commas, quotes and line breaks", () => {
    const text = csvText(claimRows(claim), { header: true });
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text.split("\r\n")[0]).toBe(COLUMNS.join(","));
    const cells = cellsOf(text);
    expect(cells[1]![2]).toBe('He said, "in principle"\nand left.');
    expect(cells).toHaveLength(3);
  });

  it("puts a quote before every cell a spreadsheet would run as a formula", () => {
    const cells = cellsOf(csvText([['=HYPERLINK("http://x")', "+1", "-5%", "@SUM(A1)", "\tlead", "\rcr", "plain", "a=b"]]))[0];
    expect(cells).toEqual(['\'=HYPERLINK("http://x")', "'+1", "'-5%", "'@SUM(A1)", "'\tlead", "'\rcr", "plain", "a=b"]);
  });

  it("the guard comes off exactly, even for values that start with a quote themselves", () => {
    for (const value of ["=1+1", "'=already quoted", "''-twice", "'just quoted'", "-", "@", "plain"]) {
      expect(unguardCell(guardCell(value)), value).toBe(value);
    }
  });
});

describe("reading the export back", () => {
  it("the import reads an exported claim as the same claim, formula-like note included", () => {
    const parsed = parseImportFile(csvText(claimRows(claim), { header: true }));
    expect(parsed.errors).toEqual([]);
    expect(parsed.claims).toHaveLength(1);
    const [read] = parsed.claims;
    expect(read).toMatchObject({
      ref: claim.slug,
      text: claim.text,
      quote: claim.quote,
      madeAt: claim.madeAt,
      madeAtTimeZone: "Asia/Tehran",
      kind: "PREDICTION",
      settleBy: claim.settleBy,
      settleCriteria: claim.settleCriteria,
      speakerName: "Government spokesperson",
      speakerTitle: "Spokesperson",
      topics: ["Iran", "Nuclear talks"],
      appearanceUrl: "https://example.org/briefing",
    });
    expect(read!.evidence.map((item) => [item.stance, item.passage, item.note])).toEqual([
      ["CONTRADICTS", "no final agreement was reached", null],
      ["SUPPORTS", null, "=cmd|' /C calc'!A0"],
    ]);
    expect(parsed.sources.map((source) => [source.type, source.title, source.publisher, source.url, source.publishedAt])).toEqual([
      ["WIRE_REPORT", "Talks end", "Regional wire", "https://example.org/wire", new Date("2026-05-31T00:00:00Z")],
      ["OFFICIAL_STATEMENT", "Ministry readout", null, null, null],
    ]);
  });

  it("the template downloads with the full header and an example row that imports cleanly", () => {
    const template = templateCsv();
    expect(cellsOf(template)[0]).toEqual([...COLUMNS]);
    const parsed = parseImportFile(template);
    expect(parsed.errors).toEqual([]);
    expect(parsed.claims).toHaveLength(1);
  });
});

describe("suggesting a column name", () => {
  it("suggests near misses and nothing for unrelated names", () => {
    expect(closestColumn("speaker_name")).toBe("speaker");
    expect(closestColumn("sayd_on")).toBe("said_on");
    expect(closestColumn("timezone")).toBe("time_zone");
    expect(closestColumn("rating")).toBeUndefined();
  });
});
