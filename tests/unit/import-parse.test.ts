import { describe, expect, it } from "vitest";
import { COLUMNS, type Column } from "@/lib/import/columns";
import { parseImportFile } from "@/lib/import/parse";

// What a reporter sees after "Check file": the claims the file describes, and
// each problem on the row and column a spreadsheet shows (header = row 1).

type Cells = Partial<Record<Column, string>>;

const HEADER = COLUMNS.join(",");
const quote = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
const line = (cells: Cells) => COLUMNS.map((column) => quote(cells[column] ?? "")).join(",");
const csv = (...rows: Cells[]) => `${[HEADER, ...rows.map(line)].join("\n")}\n`;

const claim: Cells = {
  claim: "Iran has agreed to nuclear restraint.",
  speaker: "Government spokesperson",
  said_on: "2026-05-31",
};
const source: Cells = {
  source_type: "wire report",
  source_title: "Talks end without agreement",
  source_url: "https://example.org/wire/talks-end",
  stance: "contradicts",
};

const problemsOf = (text: string) => parseImportFile(text).errors.map(({ row, column, message }) => ({ row, column, message }));

describe("reading rows into claims", () => {
  it("reads a claim with its source, stance, topics and time of day in its zone", () => {
    const parsed = parseImportFile(
      csv({ ...claim, ...source, said_at: "14:30", time_zone: "Asia/Tehran", topics: "Iran; Nuclear talks", kind: "Statement", passage: "no agreement" }),
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.claims).toHaveLength(1);
    const [read] = parsed.claims;
    expect(read).toMatchObject({
      row: 2,
      text: "Iran has agreed to nuclear restraint.",
      speakerName: "Government spokesperson",
      kind: "STATEMENT",
      // 14:30 in Tehran (UTC+3:30) is 11:00 UTC.
      madeAt: new Date("2026-05-31T11:00:00Z"),
      madeAtTimeZone: "Asia/Tehran",
      topics: ["Iran", "Nuclear talks"],
    });
    expect(read!.evidence).toEqual([expect.objectContaining({ row: 2, stance: "CONTRADICTS", passage: "no agreement" })]);
    expect(parsed.sources).toEqual([
      expect.objectContaining({ type: "WIRE_REPORT", title: "Talks end without agreement", url: "https://example.org/wire/talks-end" }),
    ]);
  });

  it("keeps a date-only claim at midnight UTC with no zone", () => {
    const [read] = parseImportFile(csv(claim)).claims;
    expect(read).toMatchObject({ madeAt: new Date("2026-05-31T00:00:00Z"), madeAtTimeZone: null, evidence: [] });
  });

  it("groups rows with the same claim_ref into one claim with several sources", () => {
    const parsed = parseImportFile(
      csv(
        { claim_ref: "talks", ...claim, ...source },
        { claim_ref: "other", claim: "Prices fell by a tenth last year.", speaker: "Minister", said_on: "2026-01-02" },
        { claim_ref: "talks", source_type: "Official statement or readout", source_title: "Ministry readout", stance: "supports" },
        { claim_ref: "talks", ...claim, source_type: "document", source_title: "Communiqué", stance: "context" },
      ),
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.claims.map((read) => [read.ref, read.row, read.evidence.map((item) => [item.row, item.stance])])).toEqual([
      [
        "talks",
        2,
        [
          [2, "CONTRADICTS"],
          [4, "SUPPORTS"],
          [5, "CONTEXT"],
        ],
      ],
      ["other", 3, []],
    ]);
  });

  it("makes every row without a claim_ref its own claim", () => {
    const parsed = parseImportFile(csv(claim, claim, { ...claim, claim: "A third claim, logged on its own." }));
    expect(parsed.claims).toHaveLength(3);
    expect(parsed.claimCount).toBe(3);
  });

  it("refuses a repeated claim field that differs from the first row of the claim", () => {
    expect(
      problemsOf(
        csv(
          { claim_ref: "a", ...claim, quote: "We agreed." },
          { claim_ref: "a", quote: "We did not agree.", ...source },
          { claim_ref: "a", quote: "We agreed." },
        ),
      ),
    ).toEqual([{ row: 3, column: "quote", message: expect.stringMatching(/Row 2 gives a different quote for claim “a”.*empty.*repeat it exactly/) }]);
  });

  it("creates one source for a link cited by several claims, and refuses the same source twice on one claim", () => {
    const parsed = parseImportFile(csv({ ...claim, ...source }, { claim_ref: "b", ...claim, ...source }, { claim_ref: "b", ...source, stance: "supports" }));
    expect(parsed.sources).toHaveLength(1);
    expect(parsed.errors).toEqual([{ row: 4, column: "source_url", message: expect.stringMatching(/Row 3 already puts this source on the same claim/) }]);
  });

  it("says a row with a source but no claim needs a claim or a claim_ref", () => {
    expect(problemsOf(csv(claim, source))).toEqual([{ row: 3, column: "claim", message: expect.stringMatching(/source but no claim.*claim_ref/) }]);
  });

  it("skips blank rows but keeps counting them, as the spreadsheet does", () => {
    const text = [HEADER, line(claim), "", line({ ...claim, said_on: "yesterday" })].join("\n");
    expect(problemsOf(text)).toEqual([{ row: 4, column: "said_on", message: expect.stringMatching(/“yesterday” is not a date written YYYY-MM-DD/) }]);
  });

  it("reads quoted cells holding commas, quotes and line breaks, and counts a multi-line cell as one row", () => {
    const quoteText = 'He said, "we agreed"\nand then, later, "in principle".';
    const parsed = parseImportFile(csv({ ...claim, quote: quoteText }, { ...claim, said_on: "31/05/2026" }));
    expect(parsed.claims[0]!.quote).toBe(quoteText);
    expect(parsed.errors).toEqual([expect.objectContaining({ row: 3, column: "said_on" })]);
  });

  it("takes off the quote the export put before a formula-like cell, and only that", () => {
    const parsed = parseImportFile(csv({ ...claim, quote: '\'=HYPERLINK("http://evil")', context: "'-5% on the year", venue: "'Town hall'" }));
    expect(parsed.claims[0]).toMatchObject({ quote: '=HYPERLINK("http://evil")', context: "-5% on the year", venue: "'Town hall'" });
  });
});

describe("each rule names its row and column", () => {
  const cases: [string, Cells, Column, RegExp][] = [
    ["a missing claim", { ...claim, claim: "" }, "claim", /one short sentence/],
    ["a claim over 300 characters", { ...claim, claim: "x".repeat(301) }, "claim", /at most 300 characters/],
    ["a missing speaker", { ...claim, speaker: "" }, "speaker", /Name who made the claim/],
    ["a missing date", { ...claim, said_on: "" }, "said_on", /Give the date it was said, as YYYY-MM-DD/],
    ["a date that does not exist", { ...claim, said_on: "2026-02-30" }, "said_on", /not a date/],
    ["a date in the future", { ...claim, said_on: "2150-01-01" }, "said_on", /future/],
    ["a time that is not HH:MM", { ...claim, said_at: "2pm", time_zone: "Europe/London" }, "said_at", /HH:MM/],
    ["a time with no zone", { ...claim, said_at: "14:30" }, "time_zone", /Give the time zone/],
    ["a zone that does not exist", { ...claim, said_at: "14:30", time_zone: "Mars/Olympus" }, "time_zone", /not a time zone name/],
    ["a zone with no time", { ...claim, time_zone: "Europe/London" }, "time_zone", /fill in said_at/],
    ["an unknown kind", { ...claim, kind: "rumour" }, "kind", /statement, prediction or promise/],
    ["a prediction with no settle-by date", { ...claim, kind: "prediction", settle_criteria: "A deal is signed." }, "settle_by", /date by which/],
    ["a promise with no criteria", { ...claim, kind: "PROMISE", settle_by: "2026-12-31" }, "settle_criteria", /what would settle/],
    ["a statement with a settle-by date", { ...claim, settle_by: "2026-12-31" }, "settle_by", /nothing to settle/],
    ["too many topics", { ...claim, topics: "a;b;c;d;e;f;g;h;i;j;k" }, "topics", /at most 10 topics/],
    ["an appearance link that is not http(s)", { ...claim, appearance_url: "javascript:alert(1)" }, "appearance_url", /http:\/\/ or https:\/\//],
    ["a source with no title", { ...claim, ...source, source_title: "" }, "source_title", /title/],
    ["a source with no kind", { ...claim, ...source, source_type: "" }, "source_type", /Give the kind of source/],
    ["an unknown kind of source", { ...claim, ...source, source_type: "blog" }, "source_type", /“blog” is not a kind of source.*news article/],
    ["a source with no stance", { ...claim, ...source, stance: "" }, "stance", /supports, contradicts or context/],
    ["an unknown stance", { ...claim, ...source, stance: "maybe" }, "stance", /“maybe” is not a stance/],
    ["a source link that is not http(s)", { ...claim, ...source, source_url: "ftp://example.org/file" }, "source_url", /http:\/\/ or https:\/\//],
    ["a publication date not written YYYY-MM-DD", { ...claim, ...source, source_published_on: "May 31" }, "source_published_on", /YYYY-MM-DD/],
    ["a passage over 4,000 characters", { ...claim, ...source, passage: "p".repeat(4001) }, "passage", /at most 4,000/],
  ];
  it.each(cases)("%s", (_name, row, column, message) => {
    const parsed = parseImportFile(csv(claim, row));
    expect(parsed.errors).toEqual([{ row: 3, column, message: expect.stringMatching(message) }]);
    // The bad claim is not among those that would be written.
    expect(parsed.claims).toHaveLength(1);
  });

  it("accepts each kind of source by its stored name or its label, in any case", () => {
    for (const type of ["NEWS_ARTICLE", "news article", "News Article", "official statement", "Market odds", "social_post"]) {
      expect(parseImportFile(csv({ ...claim, ...source, source_type: type })).errors, type).toEqual([]);
    }
  });

  it("reports every problem of a row, not just the first", () => {
    const problems = problemsOf(csv({ ...claim, said_on: "tomorrow", kind: "guess", ...source, stance: "against" }));
    expect(problems.map((problem) => problem.column)).toEqual(["said_on", "kind", "stance"]);
  });
});

describe("problems with the whole file", () => {
  it("names a required column the header lacks", () => {
    const text = "claim_ref,claim,speaker\nx,Iran has agreed to restraint.,Spokesperson\n";
    expect(problemsOf(text)).toEqual([{ row: 1, column: "said_on", message: expect.stringMatching(/no “said_on” column/) }]);
  });

  it("suggests the closest column for an unknown one", () => {
    const text = "claim,speaker,said_on,sorce_url\nIran has agreed to restraint.,Spokesperson,2026-05-31,https://example.org\n";
    expect(problemsOf(text)).toEqual([{ row: 1, column: undefined, message: "“sorce_url” is not a column of the import format. Did you mean “source_url”?" }]);
  });

  it("reads header names leniently but refuses the same column twice", () => {
    expect(parseImportFile("Claim,Speaker,Said On\nIran has agreed to restraint.,Spokesperson,2026-05-31\n").errors).toEqual([]);
    expect(problemsOf("claim,speaker,said_on,speaker\n")).toEqual([{ row: 1, column: "speaker", message: expect.stringMatching(/appears twice/) }]);
  });

  it("explains a semicolon-separated export from a spreadsheet", () => {
    expect(problemsOf("claim;speaker;said_on\nx;y;z\n")[0]!.message).toMatch(/semicolons.*CSV UTF-8/);
  });

  it("explains a quote that is never closed, with the row it starts on", () => {
    expect(problemsOf(`${HEADER}\n${line(claim)}\n"Iran has agreed,x\n`)).toEqual([
      { row: 3, column: undefined, message: expect.stringMatching(/from row 3.*double quote that is never closed/) },
    ]);
  });

  it("refuses a row with more cells than the header has columns", () => {
    expect(problemsOf("claim,speaker,said_on\nIran has agreed to restraint,x,Spokesperson,2026-05-31\n")).toEqual([
      { row: 2, column: undefined, message: expect.stringMatching(/4 cells but the header names 3 columns.*double quotes/) },
    ]);
  });

  it("refuses more than 10,000 claims, saying where to split", () => {
    const rows = Array.from({ length: 10_001 }, (_, n) => `Claim number ${n} about the budget,Minister,2026-05-31`);
    const problems = problemsOf(`claim,speaker,said_on\n${rows.join("\n")}\n`);
    expect(problems).toEqual([{ row: 10_002, column: undefined, message: expect.stringMatching(/starts claim 10,001.*Split the file here/) }]);
  });

  it("refuses more than 20,000 rows", () => {
    const rows = Array.from({ length: 20_001 }, () => "a,https://example.org/x,news article,Title,supports");
    expect(problemsOf(`claim_ref,source_url,source_type,source_title,stance,claim,speaker,said_on\n${rows.join("\n")}\n`)[0]!.message).toMatch(
      /20,001 rows; at most 20,000/,
    );
  });

  it("refuses a file over 10 MB", () => {
    expect(problemsOf(`${HEADER}\n${"x".repeat(10 * 1024 * 1024)}`)[0]!.message).toMatch(/larger than 10 MB/);
  });
});
