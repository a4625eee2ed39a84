// Keyset cursors in addresses (the desk queue's pages, the read API's lists):
// base64url of the JSON triple [scope, key, id], where scope names the list
// or sort the cursor belongs to, key is the sort key of the last row handed
// out and id breaks ties. Opaque, so nobody is tempted to edit one; a cursor
// that does not decode to exactly that, for the scope at hand, is refused.

export type KeysetPosition = { key: string; id: string };

const ID = /^[A-Za-z0-9_-]{1,64}$/;

export function encodeKeysetCursor(scope: string, position: KeysetPosition): string {
  return Buffer.from(JSON.stringify([scope, position.key, position.id]), "utf8").toString("base64url");
}

export function decodeKeysetCursor(token: string, scope: string): KeysetPosition | null {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(token, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value.length !== 3 || !value.every((part) => typeof part === "string")) return null;
  const [cursorScope, key, id] = value as [string, string, string];
  return cursorScope === scope && ID.test(id) ? { key, id } : null;
}

// A key that is an instant exactly as toISOString() writes it.
export function isIsoInstant(key: string): boolean {
  const instant = new Date(key);
  return !Number.isNaN(instant.getTime()) && instant.toISOString() === key;
}
