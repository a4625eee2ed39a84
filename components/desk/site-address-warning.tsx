import { can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { settings } from "@/lib/settings";
import { siteAddressProblem } from "@/lib/site-address";

// Told to admins only: SITE_URL is set in the server's environment, which
// they run and reporters and editors do not; a banner nobody reading it can
// act on would only teach the desk to ignore banners. Shown on every desk
// page until it is fixed, because every share link made meanwhile is wrong.
export function SiteAddressWarning({ actor }: { actor: Actor }) {
  // Admins are the ones who run the server (its jobs, its accounts).
  if (!can(actor, "jobs.manage")) return null;
  const { SITE_URL, PORT } = settings();
  const problem = siteAddressProblem(SITE_URL, PORT);
  if (!problem) return null;
  return (
    <aside aria-labelledby="site-address-warning" className="border-b border-amber-600 bg-amber-50 text-amber-950">
      <div className="mx-auto max-w-6xl px-4 py-3 text-sm">
        <p id="site-address-warning" className="font-semibold">
          Share links point at this machine
        </p>
        <p className="mt-1">
          {problem.reason === "unset" ? "SITE_URL is not set, so" : "SITE_URL is an address on this machine, so"} share links, embed codes, feeds and the
          ClaimReview data search engines read all say <code>{problem.address}</code>, which readers cannot open.
        </p>
        <p className="mt-1">
          Set <code>SITE_URL</code> in the server's environment to the public address readers use, such as <code>https://factcheck.example.org</code>, and
          restart OnRecord. Only admins see this notice.
        </p>
      </div>
    </aside>
  );
}
