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
