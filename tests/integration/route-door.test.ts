import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { cameThroughTheDoor } from "@/lib/auth/route-door";

// Every route handler goes through the route door (lib/auth/route-door.ts):
// each route.ts under app/ is imported as Next would import it, and every
// HTTP method it exports must be a handler the door made (the door marks
// them). Reading the source for the door's import would pass a file that
// imports it and exports something else; this cannot.

// next-auth only loads inside Next; what Auth.js's catch-all exports is the
// door's handler around it, which is what is checked here.
vi.mock("@/lib/auth/config", () => ({ handlers: { GET: async () => new Response(), POST: async () => new Response() } }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => null }));

const APP = path.resolve(import.meta.dirname, "../../app");
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(folder, entry.name)) : [path.relative(APP, path.join(folder, entry.name))],
  );
}

const files = filesUnder(APP);
const routes = files.filter((file) => /(^|\/)route\.tsx?$/.test(file)).sort();

// Metadata files Next serves as routes, though they are not handlers: they
// take no request and return data Next writes out. Each reads only what is
// published; a new one must be looked at, and listed here with its reason.
const METADATA = {
  "robots.ts": "fixed rules and the sitemap's address",
  "sitemap.ts": "addresses of published verdicts, speakers and topics",
  "(public)/claims/[slug]/opengraph-image.tsx": "a published verdict's share image (not found when unpublished)",
};

describe("the route door", () => {
  it("finds the app's route handlers", () => {
    expect(routes.length).toBeGreaterThanOrEqual(18);
  });

  it.each(routes)("every method of %s comes through the door", async (file) => {
    const route = (await import(path.join(APP, file))) as Record<string, unknown>;
    const methods = METHODS.filter((method) => method in route);
    expect(methods, "a route.ts answers at least one method").not.toEqual([]);
    expect(
      methods.filter((method) => !cameThroughTheDoor(route[method])),
      "made without routeDoor()",
    ).toEqual([]);
  });

  it("a handler written by hand is not taken for one the door made", () => {
    expect(cameThroughTheDoor(async () => new Response())).toBe(false);
  });

  it("knows every metadata route the app serves", () => {
    const metadata = files.filter((file) => /(^|\/)(sitemap|robots|manifest|(opengraph|twitter)-image|icon|apple-icon)\.tsx?$/.test(file)).sort();
    expect(metadata).toEqual(Object.keys(METADATA).sort());
  });
});
