import "server-only";
import { decide } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db";
import { idsToName, type NameBook } from "@/lib/history/fields";
import { keyset, type PageRequest, pageOf } from "@/lib/history/pages";

// A claim's history for the desk: unpublished claims included, so the acting
// person is checked here, not only by the page.

// Fifty changes fill a long page already; a claim with more is paged rather
// than rendered (and diffed) whole.
export const HISTORY_PAGE_SIZE = 50;

export async function claimHistory(actor: Actor | null, claimId: string, request: PageRequest = {}) {
  if (!decide(actor, "desk.view").allowed) return null;
  const claim = await prisma.claim.findUnique({
    where: { id: claimId },
    select: {
      id: true,
      text: true,
      status: true,
      version: true,
      createdById: true,
      assigneeId: true,
      verdict: { select: { proposedById: true } },
      // What the claim holds now, so a row whose earlier value is already
      // back in place need not offer to restore it.
      quote: true,
      context: true,
      venue: true,
      settleBy: true,
      settleCriteria: true,
      speakerId: true,
    },
  });
  if (!claim) return null;
  const page = keyset(request, HISTORY_PAGE_SIZE);
  const fetched = await prisma.revision.findMany({
    where: { claimId, ...page.where },
    orderBy: page.orderBy,
    take: page.take,
    select: { id: true, action: true, changes: true, reason: true, createdAt: true, author: { select: { name: true } } },
  });
  const { rows: revisions, links } = pageOf(fetched, request, HISTORY_PAGE_SIZE);
  return { claim, revisions, links, names: await nameBook(revisions.map((revision) => revision.changes)) };
}

export type ClaimHistory = NonNullable<Awaited<ReturnType<typeof claimHistory>>>;
export type HistoryRevision = ClaimHistory["revisions"][number];

// Speakers, people and ratings the page's revisions mention, one query each
// for the whole page however many revisions name them.
async function nameBook(changesList: unknown[]): Promise<NameBook> {
  const ids = idsToName(changesList);
  const [speakers, users, ratings] = await Promise.all([
    ids.speakers.length ? prisma.speaker.findMany({ where: { id: { in: ids.speakers } }, select: { id: true, name: true } }) : [],
    ids.users.length ? prisma.user.findMany({ where: { id: { in: ids.users } }, select: { id: true, name: true } }) : [],
    ids.ratings.length ? prisma.rating.findMany({ where: { id: { in: ids.ratings } }, select: { id: true, label: true } }) : [],
  ]);
  return {
    speakers: Object.fromEntries(speakers.map((speaker) => [speaker.id, speaker.name])),
    users: Object.fromEntries(users.map((user) => [user.id, user.name])),
    ratings: Object.fromEntries(ratings.map((rating) => [rating.id, rating.label])),
  };
}
