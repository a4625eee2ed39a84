// Keyset pages over append-only rows (revisions, audit events), newest first,
// ordered by (createdAt, id). A cursor names the row a page stops at, so a
// page never skips or repeats rows when new ones arrive while someone reads:
// an offset would shift by one with every new sign-in.

export type Cursor = { createdAt: Date; id: string };

// "older" rows come after the cursor on the next page; "newer" rows before it.
export type PageRequest = { older?: Cursor; newer?: Cursor };

// A link target: {} is the first page, null is no link.
export type PageLinks = { previous: PageLinkTarget | null; next: PageLinkTarget | null };
export type PageLinkTarget = { after?: string; before?: string };

const CURSOR = /^(\d{1,15})\.([A-Za-z0-9_-]{1,64})$/;

export function encodeCursor(row: Cursor): string {
  return `${row.createdAt.getTime()}.${row.id}`;
}

export function decodeCursor(value: unknown): Cursor | undefined {
  if (typeof value !== "string") return undefined;
  const match = CURSOR.exec(value);
  if (!match) return undefined;
  const createdAt = new Date(Number(match[1]));
  return Number.isNaN(createdAt.getTime()) ? undefined : { createdAt, id: match[2]! };
}

// From the URL: ?after= asks for the page of older rows, ?before= for newer.
export function pageRequest(params: { after?: unknown; before?: unknown }): PageRequest {
  const older = decodeCursor(params.after);
  if (older) return { older };
  const newer = decodeCursor(params.before);
  return newer ? { newer } : {};
}

// The `where` and `orderBy` for one page; `take` is one more than the page
// size so the query itself says whether another page follows.
export function keyset(request: PageRequest, size: number) {
  if (request.newer) {
    const { createdAt, id } = request.newer;
    return {
      where: { OR: [{ createdAt: { gt: createdAt } }, { createdAt, id: { gt: id } }] },
      orderBy: [{ createdAt: "asc" as const }, { id: "asc" as const }],
      take: size + 1,
    };
  }
  const where = request.older
    ? { OR: [{ createdAt: { lt: request.older.createdAt } }, { createdAt: request.older.createdAt, id: { lt: request.older.id } }] }
    : {};
  return { where, orderBy: [{ createdAt: "desc" as const }, { id: "desc" as const }], take: size + 1 };
}

// The rows of the page, newest first, and where "Previous page" (newer) and
// "Next page" (older) lead.
export function pageOf<Row extends Cursor>(fetched: Row[], request: PageRequest, size: number): { rows: Row[]; links: PageLinks } {
  const more = fetched.length > size;
  if (request.newer) {
    const rows = fetched.slice(0, size).reverse();
    const newest = rows[0];
    const oldest = rows.at(-1);
    return {
      rows,
      links: {
        previous: more && newest ? { before: encodeCursor(newest) } : null,
        // The cursor's own row is older than all of these, so there is a next page.
        next: oldest ? { after: encodeCursor(oldest) } : {},
      },
    };
  }
  const rows = fetched.slice(0, size);
  const newest = rows[0];
  const oldest = rows.at(-1);
  return {
    rows,
    links: {
      previous: request.older ? (newest ? { before: encodeCursor(newest) } : {}) : null,
      next: more && oldest ? { after: encodeCursor(oldest) } : null,
    },
  };
}
