import type { IncomingMessage } from "node:http";

// The families of addresses the production server counts and logs requests
// by (/metrics and the access lines): few enough to keep Prometheus' series
// bounded, distinct enough to tell a slow desk from a slow public page.

export const ROUTE_GROUPS = ["static", "action", "desk", "account", "api", "embed", "feeds", "health", "metrics", "page"] as const;
export type RouteGroup = (typeof ROUTE_GROUPS)[number];

const FEED = /(?:^\/feed\.(?:xml|json)$|\/feed\.(?:xml|json)$|^\/sitemap[\w-]*\.xml$|^\/robots\.txt$)/;
// Signing in and out, and the pages behind the desk's emailed links.
const ACCOUNT_PAGES = new Set(["/login", "/logout", "/forgot-password", "/welcome", "/reset-password", "/confirm-email"]);
// Files Next serves as they are: its build output, the icon, fonts and images.
const STATIC_FILE = /\.(?:js|css|map|woff2?|ttf|otf|png|jpe?g|gif|webp|avif|svg|ico|txt)$/;

export function routeGroup(method: string | undefined, path: string, headers: IncomingMessage["headers"]): RouteGroup {
  if (method === "POST" && headers["next-action"] !== undefined) return "action";
  if (path.startsWith("/_next/")) return "static";
  if (path.startsWith("/desk")) return "desk";
  if (path.startsWith("/api/")) return path === "/api/health" || path.startsWith("/api/health/") ? "health" : "api";
  if (ACCOUNT_PAGES.has(path)) return "account";
  if (path.startsWith("/embed/")) return "embed";
  if (FEED.test(path)) return "feeds";
  if (path === "/metrics") return "metrics";
  if (STATIC_FILE.test(path)) return "static";
  return "page";
}

// The address without its query string, which may carry what a log must not.
export function pathOf(url: string | undefined): string {
  const value = url ?? "/";
  const query = value.indexOf("?");
  return query === -1 ? value : value.slice(0, query);
}
