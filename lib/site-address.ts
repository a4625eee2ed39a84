// Whether the public address (SITE_URL) is one readers can open. Share links,
// embed codes, feeds, the sitemap and ClaimReview data all start from it
// (lib/site.ts); unset, they say http://localhost, and a loopback address is
// no better: both lead a reader's browser, or a search engine, to its own
// machine. Pure, so the rule is tested without a server.

export type SiteAddressProblem = {
  // What share links use now.
  address: string;
  // Unset (so the localhost fallback), or set to an address on this machine.
  reason: "unset" | "this-machine";
};

const LOOPBACK_NAMES = new Set(["localhost", "0.0.0.0", "[::1]", "[::]"]);

function onThisMachine(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return LOOPBACK_NAMES.has(host) || host.endsWith(".localhost") || /^127(?:\.\d{1,3}){3}$/.test(host);
}

export function siteAddressProblem(siteUrl: string | undefined, port: number): SiteAddressProblem | null {
  if (!siteUrl) return { address: `http://localhost:${port}`, reason: "unset" };
  try {
    return onThisMachine(new URL(siteUrl).hostname) ? { address: siteUrl, reason: "this-machine" } : null;
  } catch {
    // settings() only lets http(s) addresses through; anything else is not ours to judge.
    return null;
  }
}
