import "server-only";
import { decide } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db";

export const SOURCE_PAGE_SIZE = 25;

// The source library, newest first, optionally narrowed by words in the
// title, outlet or address. Desk-only: sources can belong to unpublished claims.
export async function listSources(actor: Actor | null, options: { query?: string; page?: number } = {}) {
  if (!decide(actor, "desk.view").allowed) return { sources: [], total: 0, page: 1, pages: 1 };
  const page = Math.max(1, options.page ?? 1);
  const words = (options.query ?? "").trim();
  const where = words
    ? {
        OR: [
          { title: { contains: words, mode: "insensitive" as const } },
          { publisher: { contains: words, mode: "insensitive" as const } },
          { url: { contains: words, mode: "insensitive" as const } },
        ],
      }
    : {};
  const [sources, total] = await Promise.all([
    prisma.source.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * SOURCE_PAGE_SIZE,
      take: SOURCE_PAGE_SIZE,
      include: {
        derivedFrom: { select: { id: true, title: true } },
        _count: { select: { evidence: true } },
        snapshots: { orderBy: { fetchedAt: "desc" }, take: 1, select: { fetchedAt: true, httpStatus: true, error: true } },
      },
    }),
    prisma.source.count({ where }),
  ]);
  return { sources, total, page, pages: Math.max(1, Math.ceil(total / SOURCE_PAGE_SIZE)) };
}

// Sources offered when attaching evidence or marking a copy: the most recent
// few hundred, enough for a live story; the library page searches the rest.
export async function sourceChoices(actor: Actor | null) {
  if (!decide(actor, "desk.view").allowed) return [];
  return prisma.source.findMany({
    orderBy: { createdAt: "desc" },
    take: 300,
    select: { id: true, title: true, publisher: true, type: true },
  });
}
