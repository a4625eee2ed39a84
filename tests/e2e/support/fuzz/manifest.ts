import { readFileSync } from "node:fs";
import path from "node:path";
import { E2E } from "../env";

// Every server action of the build the e2e server runs, read from Next's own
// manifest: its id (what a browser sends in `Next-Action`), the module and
// export it comes from, and the pages whose forms carry it. The fuzz is
// driven from this list, so an action added to a "use server" file is
// fuzzed (or the suite fails for want of a description) without anyone
// remembering to add it.

export type BuiltAction = { id: string; file: string; name: string; pages: string[] };

type Manifest = { node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }> };

export function builtActions(): BuiltAction[] {
  const file = path.join(E2E.distDir, "server", "server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as Manifest;
  return Object.entries(manifest.node)
    .map(([id, entry]) => ({ id, file: entry.filename, name: entry.exportedName, pages: Object.keys(entry.workers) }))
    .sort((a, b) => `${a.file}#${a.name}`.localeCompare(`${b.file}#${b.name}`));
}

export const actionKey = (action: { file: string; name: string }) => `${action.file}#${action.name}`;

// The address of a page that carries the action, so Next finds it there and
// re-renders that page after it. Route groups drop out of the address; a
// claim page gets the claim the case names, or else `anyClaimId`; another
// desk page with a record's id in its address gets a made-up one.
export function pageAddressFor(action: BuiltAction, claimId: string | undefined, anyClaimId: string): string {
  const pages = action.pages.map(
    (page) =>
      page
        .replace(/^app/, "")
        .replace(/\/page$/, "")
        .replace(/\/\([^)]*\)/g, "") || "/",
  );
  const claimPage = pages.find((page) => page.startsWith("/desk/claims/[id]"));
  const onClaim = (id: string) => claimPage!.replace("[id]", encodeURIComponent(wellFormed(id)));
  if (claimPage && claimId) return onClaim(claimId);
  const fixed = pages.find((page) => !page.includes("["));
  if (fixed) return fixed;
  if (claimPage) return onClaim(anyClaimId);
  // A page only some record's address reaches (one email of the outbox):
  // Next finds the action there all the same, and the page answers 404.
  const other = pages.find((page) => /^\/desk\/[^[]*\[[a-z]+\]$/i.test(page));
  if (other) return other.replace(/\[[a-z]+\]$/i, "e2e-missing-0000");
  throw new Error(`no page the fuzz can address carries ${actionKey(action)}: ${pages.join(", ")}`);
}

// A fuzzed id may hold half a surrogate pair, which no address can carry.
const wellFormed = (text: string) => text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
