import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { prisma, type Transaction } from "@/lib/db";
import { queuePage } from "@/lib/queue/queries";
import { DEFAULT_QUEUE_FILTERS, parseQueueFilters, QUEUE_SORTS, type QueueFilters, type QueueSort, queueHref } from "@/lib/queue/schema";
import { claimFor, marker, speakerNamed } from "./queue-support";

// "Next page" and "Previous page" visit every claim exactly once, in order,
// in both directions, for every order, even where many claims share the sort
// key (said the same day, updated in the same instant, by speakers with the
// same name). Every page link goes through the URL, as a browser's would.
//
// A page is found either by walking the order through a window of claims or
// by collecting the matches (lib/queue/queries.ts), and where the window ends
// depends on every claim in the database: this file's own database
// (tests/support/database-setup.ts) holds only the claims made here.

const db = prisma as unknown as Transaction;

// Windows smaller than a page, than the matches, and larger than the whole database.
const WINDOWS = [1, 6, 10, undefined];

const PAGE = 4;

type Made = { id: string; madeAt: Date; updatedAt: Date; speakerName: string };

// The order the queue promises, computed here independently: the key, then the id.
function expectedOrder(claims: Made[], sort: QueueSort): string[] {
  const key = (claim: Made) => (sort === "speaker" ? claim.speakerName.toLowerCase() : (sort === "updated" ? claim.updatedAt : claim.madeAt).toISOString());
  const ascending = sort === "said-oldest" || sort === "speaker";
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...claims]
    .sort((a, b) => {
      const order = compare(key(a), key(b)) || compare(a.id, b.id);
      return ascending ? order : -order;
    })
    .map((claim) => claim.id);
}

// Follows the links a reader would click, through the URL.
async function follow(actor: Actor, start: QueueFilters, direction: "next" | "previous", walkWindow?: number) {
  const pages: string[][] = [];
  let filters = start;
  for (let guard = 0; guard < 50; guard += 1) {
    const page = await queuePage(actor, filters, { pageSize: PAGE, walkWindow, db });
    pages.push(page.claims.map((claim) => claim.id));
    const cursor = page[direction];
    if (!cursor) return { pages, last: filters, page };
    filters = parseQueueFilters(new URLSearchParams(queueHref(filters, { cursor }).split("?")[1]));
  }
  throw new Error("the pages never ended");
}

async function deskWithTies() {
  const word = marker();
  const user = await db.user.create({ data: { email: `${word}@test.onrecord`, name: `Reporter ${word}`, passwordHash: "x", role: "REPORTER" } });
  const reporter: Actor = { id: user.id, email: user.email, name: user.name, role: user.role };
  // Two speakers with the same name but for case, and a third.
  const speakers = [
    await speakerNamed(`Maria Costa ${word}`, db),
    await speakerNamed(`maria costa ${word}`, db),
    await speakerNamed(`Abbas Araghchi ${word}`, db),
  ];
  const sameDay = new Date("2026-03-04T00:00:00.000Z");
  const sameInstant = new Date("2026-05-01T09:30:00.000Z");
  const made: Made[] = [];
  for (let n = 0; n < 15; n += 1) {
    const speaker = speakers[n % 3]!;
    const claim = await claimFor(
      reporter,
      {
        speakerId: speaker.id,
        text: `Claim number ${n} ${word}`,
        // Most share a day and an instant; a few do not.
        madeAt: n % 4 === 0 ? new Date(Date.UTC(2026, 0, 1 + n)) : sameDay,
        updatedAt: n % 5 === 0 ? new Date(Date.UTC(2026, 5, 1 + n)) : sameInstant,
      },
      db,
    );
    made.push({ id: claim.id, madeAt: claim.madeAt, updatedAt: claim.updatedAt, speakerName: speaker.name });
  }
  return { reporter, word, made };
}

describe("cursor pages", () => {
  it("visit every claim once, in order, forwards and back, for every order and both ways of finding a page", async () => {
    const { reporter, word, made } = await deskWithTies();
    // Claims the search does not find, in between: the walk must skip them.
    for (let n = 0; n < 8; n += 1) await claimFor(reporter, { speakerId: (await speakerNamed(undefined, db)).id, text: "An unrelated sentence" }, db);
    for (const sort of QUEUE_SORTS) {
      const expected = expectedOrder(made, sort);
      for (const walkWindow of WINDOWS) {
        const label = `${sort}, window ${walkWindow ?? "default"}`;
        const forwards = await follow(reporter, { ...DEFAULT_QUEUE_FILTERS, q: word, sort }, "next", walkWindow);
        expect(forwards.pages.flat(), label).toEqual(expected);
        expect(
          forwards.pages.map((page) => page.length),
          label,
        ).toEqual([4, 4, 4, 3]);
        expect(forwards.page.next, label).toBeNull();

        // From the last page back to the first, by "Previous page".
        const backwards = await follow(reporter, forwards.last, "previous", walkWindow);
        expect(backwards.pages.reverse().flat(), label).toEqual(expected);
        expect(backwards.page.previous, label).toBeNull();
      }
    }
  });

  it("the first page has no 'Previous page'; a page reached by going back to the start is the first page whole", async () => {
    const { reporter, word, made } = await deskWithTies();
    const first = await queuePage(reporter, { ...DEFAULT_QUEUE_FILTERS, q: word }, { pageSize: PAGE, db });
    expect(first.previous).toBeNull();
    expect(first.next).not.toBeNull();
    expect(first.total).toBe(made.length);

    // A "Previous page" link made when the page began at the third claim:
    // only two claims lie before it, so the first page is shown instead.
    const expected = expectedOrder(made, "updated");
    const third = made.find((claim) => claim.id === expected[2])!;
    const link = { ...DEFAULT_QUEUE_FILTERS, q: word, cursor: { direction: "before" as const, key: third.updatedAt.toISOString(), id: third.id } };
    const back = await queuePage(reporter, link, { pageSize: PAGE, db });
    expect(back.claims.map((claim) => claim.id)).toEqual(expected.slice(0, PAGE));
    expect(back.previous).toBeNull();
  });

  it("a claim changed while someone pages is neither lost behind them nor shown twice", async () => {
    const { reporter, word, made } = await deskWithTies();
    const expected = expectedOrder(made, "said-oldest");
    const first = await queuePage(reporter, { ...DEFAULT_QUEUE_FILTERS, q: word, sort: "said-oldest" }, { pageSize: PAGE, db });
    // Someone edits a claim on the first page; by "when said" it keeps its place.
    await db.claim.update({ where: { id: expected[0]! }, data: { context: "Edited while the queue was open." } });
    const second = await queuePage(reporter, { ...DEFAULT_QUEUE_FILTERS, q: word, sort: "said-oldest", cursor: first.next }, { pageSize: PAGE, db });
    expect(second.claims.map((claim) => claim.id)).toEqual(expected.slice(PAGE, 2 * PAGE));
  });
});
