import { randomBytes } from "node:crypto";

// URL-safe, readable slugs: "iran-agreed-to-nuclear-restraint-k3x9".
export function slugify(text: string, maxWords = 8): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, maxWords)
    .join("-")
    .slice(0, 80)
    .replace(/-+$/, "");
}

// A short random suffix keeps claim slugs unique without a look-up loop, and
// stable once published (the slug never changes when the claim text is edited).
export function uniqueSlug(text: string): string {
  const base = slugify(text) || "claim";
  return `${base}-${randomBytes(3).toString("hex")}`;
}

// The first of base, base-2, base-3… that is not taken.
export function firstFreeSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}
