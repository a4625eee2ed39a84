import type { APIRequestContext } from "@playwright/test";
import { withDatabase } from "../database";

// The pages that could show a row the fuzz wrote, asked again afterwards:
// each must still answer 200, or 404 where the row is not (or no longer)
// public. A 500 here is a row the app stored but cannot show.

export type PageAnswer = { address: string; as: "editor" | "anonymous"; status: number };

const fine = (status: number) => status === 200 || status === 404;

async function ask(request: APIRequestContext, as: PageAnswer["as"], addresses: string[]): Promise<PageAnswer[]> {
  const broken: PageAnswer[] = [];
  for (const address of addresses) {
    const response = await request.get(address, { maxRedirects: 0, timeout: 30_000 });
    // A merged speaker's page redirects to the speaker it was merged into;
    // the read API may be rate-limiting this address after the fuzz.
    const status = response.status();
    if (!fine(status) && !(status >= 300 && status < 400) && !(status === 429 && address.startsWith("/api/"))) broken.push({ address, as, status });
  }
  return broken;
}

type Touched = { claims: { id: string; slug: string; status: string }[]; speakers: string[]; topics: string[] };

async function touchedSince(since: Date | null): Promise<Touched> {
  return withDatabase(async (db) => {
    const when = since ? `WHERE "updatedAt" >= $1` : "";
    const args = since ? [since] : [];
    const claims = (await db.query(`SELECT id, slug, status FROM "Claim" ${when} ORDER BY "updatedAt" DESC`, args)).rows;
    const speakers = (await db.query(`SELECT slug FROM "Speaker" ${when}`, args)).rows.map((row) => row.slug as string);
    const topics = (await db.query(since ? `SELECT slug FROM "Topic" WHERE "createdAt" >= $1` : `SELECT slug FROM "Topic"`, args)).rows.map(
      (row) => row.slug as string,
    );
    return { claims, speakers, topics };
  });
}

const enc = encodeURIComponent;

function addressesFor(touched: Touched) {
  const desk = touched.claims.flatMap((claim) => [`/desk/claims/${enc(claim.id)}`, `/desk/claims/${enc(claim.id)}/history`]);
  const published = touched.claims.filter((claim) => claim.status === "PUBLISHED" || claim.status === "ARCHIVED");
  const open = [
    ...published.flatMap((claim) => [`/claims/${enc(claim.slug)}`, `/embed/claims/${enc(claim.slug)}`, `/api/v1/claims/${enc(claim.slug)}`]),
    ...touched.speakers.flatMap((slug) => [
      `/speakers/${enc(slug)}`,
      `/speakers/${enc(slug)}/feed.xml`,
      `/speakers/${enc(slug)}/feed.json`,
      `/api/v1/speakers/${enc(slug)}`,
    ]),
    ...touched.topics.flatMap((slug) => [`/topics/${enc(slug)}`, `/topics/${enc(slug)}/feed.xml`, `/topics/${enc(slug)}/feed.json`]),
  ];
  return { desk, open };
}

// The pages of claims, speakers and topics changed since `since`, plus the
// lists any of them appears in when there are some.
export async function pagesShowingClaimsSince(editor: APIRequestContext, anonymous: APIRequestContext, since: Date): Promise<PageAnswer[]> {
  const touched = await touchedSince(since);
  if (touched.claims.length + touched.speakers.length + touched.topics.length === 0) return [];
  const { desk, open } = addressesFor(touched);
  return [
    ...(await ask(editor, "editor", ["/desk", "/desk/claims", "/desk/review", "/desk/sources", "/desk/audit", ...desk])),
    ...(await ask(anonymous, "anonymous", ["/", "/speakers", "/topics", "/corrections", "/feed.xml", "/feed.json", "/api/v1/claims", ...open])),
  ];
}

// Every page that lists or shows a row: the desk's lists and export, the
// desk pages of every claim changed since the fuzz began, and every public
// page of every published claim, speaker and topic.
export async function everyPageShowingRows(
  editor: APIRequestContext,
  anonymous: APIRequestContext,
  fuzzBegan: Date,
): Promise<{ asked: number; broken: PageAnswer[] }> {
  const { desk } = addressesFor(await touchedSince(fuzzBegan));
  const { open } = addressesFor(await touchedSince(null));
  const deskLists = [
    "/desk",
    "/desk/claims",
    "/desk/claims?status=DRAFT",
    "/desk/claims?sort=oldest",
    "/desk/claims/export",
    "/desk/review",
    "/desk/sources",
    "/desk/audit",
    "/desk/notifications",
    "/desk/admin/users",
    "/desk/admin/scale",
  ];
  const publicLists = [
    "/",
    "/speakers",
    "/speakers?sort=name",
    "/topics",
    "/corrections",
    "/search?q=iran",
    "/search?q=the",
    "/feed.xml",
    "/feed.json",
    "/api/v1/claims",
    "/api/v1/speakers",
    "/sitemap.xml",
  ];
  const broken = [...(await ask(editor, "editor", [...deskLists, ...desk])), ...(await ask(anonymous, "anonymous", [...publicLists, ...open]))];
  return { asked: deskLists.length + desk.length + publicLists.length + open.length, broken };
}
