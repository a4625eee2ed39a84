import { decodeKeysetCursor, encodeKeysetCursor, isIsoInstant, type KeysetPosition } from "@/lib/keyset-cursor";

// Keyset pagination: a page starts after the last row of the page before,
// never at an OFFSET, so a page deep in the list costs the same as the first
// and a verdict published meanwhile cannot shift rows into a page twice.
//
// The cursor is opaque to clients (lib/keyset-cursor.ts). It is not signed,
// on purpose: it only says where in a public list to continue, and any
// well-formed position is one a client could have reached by paging. It
// names its list, so a speakers cursor is refused on /claims.
//
// Claims are listed by publication time, newest first, the id breaking ties;
// speakers by slug, which is unique, lowercase and follows the name.

export type CursorList = "claims" | "speakers";
export type CursorPosition = KeysetPosition;

// What slugify() and firstFreeSlug() (lib/slug.ts) can produce.
export const SLUG = /^[a-z0-9][a-z0-9-]{0,199}$/;
// Longer than any cursor this API writes; a cap keeps a pasted essay out of the parser.
export const MAX_CURSOR_LENGTH = 600;

export const encodeCursor = (list: CursorList, position: CursorPosition) => encodeKeysetCursor(list, position);

export function decodeCursor(list: CursorList, token: string): CursorPosition | null {
  if (token.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(token)) return null;
  const position = decodeKeysetCursor(token, list);
  if (!position) return null;
  return (list === "claims" ? isIsoInstant(position.key) : SLUG.test(position.key)) ? position : null;
}
