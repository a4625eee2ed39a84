import { parse } from "csv-parse/sync";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db";
import { COLUMNS } from "@/lib/import/columns";
import type { CommitLine, ImportPreview } from "@/lib/import/summary";
import { makeClaim, makeUser, unique } from "../support/factories";
import { type Cells, csvOf } from "../support/import-csv";

// The route handlers as a browser reaches them: the session comes from
// next-auth, which only runs inside Next, so the test says who is signed in.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({
  getActor: async () => session.actor,
  requireActor: async () => {
    throw new Error("pages are not under test here");
  },
}));

// The route runs the import after it has answered; keeping each run's promise
// lets a test wait for the import itself to end instead of guessing how long
// it takes.
const imports = vi.hoisted(() => [] as Promise<unknown>[]);
vi.mock("@/lib/import/commit", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/import/commit")>();
  return {
    ...original,
    commitImport: (...args: Parameters<typeof original.commitImport>) => {
      const run = original.commitImport(...args);
      imports.push(run);
      return run;
    },
  };
});

const { POST: preview } = await import("@/app/(desk)/desk/import/preview/route");
const { POST: commit } = await import("@/app/(desk)/desk/import/commit/route");
const { GET: exportQueue } = await import("@/app/(desk)/desk/claims/export/route");
const { GET: template } = await import("@/app/(desk)/desk/import/template/route");

beforeEach(() => {
  session.actor = null;
});

const upload = (path: string, body: string, headers: Record<string, string> = {}) =>
  new Request(`http://desk.test${path}`, {
    method: "POST",
    body,
    headers: {
      host: "desk.test",
      origin: "http://desk.test",
      "sec-fetch-site": "same-origin",
      "content-type": "text/csv",
      "x-file-name": "desk.csv",
      ...headers,
    },
  });

async function lines(response: Response): Promise<CommitLine[]> {
  return (await response.text())
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as CommitLine);
}

const claimRow = (overrides: Cells = {}): Cells => ({
  claim: `Fuel prices have doubled since January (${unique("c")}).`,
  speaker: unique("Opposition leader"),
  said_on: "2026-05-30",
  ...overrides,
});

const claimsBy = (actor: Actor) => prisma.claim.count({ where: { createdById: actor.id } });

describe("POST /desk/import/preview and /commit refusals", () => {
  it("signed out: 401 with a sentence saying to sign in", async () => {
    for (const handler of [preview, commit]) {
      const response = await handler(upload("/desk/import/commit", csvOf(claimRow())));
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: expect.stringMatching(/Sign in and try again/) });
    }
  });

  it("a page on another site cannot post a file with the desk's cookies: 403, nothing written", async () => {
    const reporter = await makeUser("REPORTER");
    session.actor = reporter;
    const attempts: Record<string, string>[] = [{ origin: "https://evil.example" }, { origin: "", "sec-fetch-site": "cross-site" }];
    for (const headers of attempts) {
      const response = await commit(upload("/desk/import/commit", csvOf(claimRow()), headers));
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({ error: expect.stringMatching(/another site/) });
    }
    expect(await claimsBy(reporter)).toBe(0);
  });

  it("a file over 10 MB is refused with 413 before it is read", async () => {
    session.actor = await makeUser("REPORTER");
    const response = await preview(upload("/desk/import/preview", "claim,speaker,said_on\n", { "content-length": String(11 * 1024 * 1024) }));
    expect(response.status).toBe(413);
    expect((await response.json()).error).toMatch(/larger than 10 MB/);
  });
});

describe("checking and importing through the routes", () => {
  it("preview answers with the summary and problems; commit streams progress, then done, and the claims are on the desk", async () => {
    const reporter = await makeUser("REPORTER");
    session.actor = reporter;
    const rows = Array.from({ length: 600 }, () => claimRow());
    const checked = await preview(upload("/desk/import/preview", csvOf(...rows), { "x-file-name": encodeURIComponent("mai 2026 – archive.csv") }));
    expect(checked.status).toBe(200);
    const summary = (await checked.json()) as ImportPreview;
    expect(summary).toMatchObject({ fileName: "mai 2026 – archive.csv", rows: 600, claims: 600, newSpeakers: 600, errorCount: 0 });
    expect(summary.preview).toHaveLength(50);
    expect(await claimsBy(reporter)).toBe(0);

    const response = await commit(upload("/desk/import/commit", csvOf(...rows)));
    expect(response.headers.get("content-type")).toMatch(/ndjson/);
    const answer = await lines(response);
    expect(answer.slice(0, -1)).toEqual([
      { type: "progress", done: 0, total: 600 },
      { type: "progress", done: 500, total: 600 },
      { type: "progress", done: 600, total: 600 },
    ]);
    expect(answer.at(-1)).toMatchObject({ type: "done", created: 600, speakersCreated: 600 });
    expect(await claimsBy(reporter)).toBe(600);
  });

  it("leaving the page mid-import rolls the whole import back", async () => {
    const reporter = await makeUser("REPORTER");
    session.actor = reporter;
    const response = await commit(upload("/desk/import/commit", csvOf(...Array.from({ length: 2_000 }, () => claimRow()))));
    const reader = response.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(JSON.parse(first.split("\n")[0]!)).toEqual({ type: "progress", done: 0, total: 2_000 });
    await reader.cancel();
    // The import stops at its next batch (the route throws its Abandoned
    // error there), and the transaction has rolled back once the run settles.
    const stopped = await imports.at(-1)!.then(
      () => null,
      (error: unknown) => error,
    );
    expect(stopped?.constructor.name).toBe("Abandoned");
    expect(await claimsBy(reporter)).toBe(0);
    expect(await prisma.auditEvent.count({ where: { actorId: reporter.id, action: "claims.imported" } })).toBe(0);
  });

  it("commit checks the file again and streams the problems instead of trusting an earlier preview", async () => {
    const reporter = await makeUser("REPORTER");
    session.actor = reporter;
    const response = await commit(
      upload("/desk/import/commit", csvOf(claimRow(), claimRow({ stance: "agrees", source_title: "A post", source_type: "social post" }))),
    );
    expect(await lines(response)).toEqual([
      {
        type: "error",
        message: expect.stringMatching(/Nothing was imported/),
        errorCount: 1,
        errors: [{ row: 3, column: "stance", message: expect.stringMatching(/“agrees” is not a stance/) }],
      },
    ]);
    expect(await claimsBy(reporter)).toBe(0);
  });
});

describe("GET /desk/claims/export", () => {
  it("signed out: 401", async () => {
    const response = await exportQueue(new Request("http://desk.test/desk/claims/export"));
    expect(response.status).toBe(401);
  });

  it("downloads the queue as a dated CSV attachment, honouring the state filter", async () => {
    const editor = await makeUser("EDITOR");
    session.actor = editor;
    const archived = await makeClaim(editor, { status: "ARCHIVED" });
    const open = await makeClaim(editor, { status: "RESEARCHING" });

    const all = await exportQueue(new Request("http://desk.test/desk/claims/export"));
    expect(all.headers.get("content-disposition")).toMatch(/^attachment; filename="onrecord-claims-\d{4}-\d{2}-\d{2}\.csv"$/);
    const refs = (response: string) => (parse(response) as string[][]).map((cells) => cells[0]);
    const allRows = refs(await all.text());
    expect(allRows[0]).toBe(COLUMNS[0]);
    expect(allRows).toContain(open.slug);
    expect(allRows).not.toContain(archived.slug);

    const archivedOnly = refs(await (await exportQueue(new Request("http://desk.test/desk/claims/export?status=ARCHIVED"))).text());
    expect(archivedOnly).toContain(archived.slug);
    expect(archivedOnly).not.toContain(open.slug);
  });

  it("the template is the header and an example row", async () => {
    session.actor = await makeUser("REPORTER");
    const response = await template();
    expect(response.headers.get("content-disposition")).toMatch(/attachment/);
    expect((parse(await response.text()) as string[][])[0]).toEqual([...COLUMNS]);
  });
});
