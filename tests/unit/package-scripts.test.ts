import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// `npm run db:seed` once named a script that did not exist. Every file an npm
// script names must be in the repository.
const root = path.resolve(import.meta.dirname, "../..");
const scripts = (JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;

describe("npm scripts", () => {
  it.each(Object.entries(scripts))("%s names only files that exist", (_name, command) => {
    const files = command.match(/(?:scripts|tests)\/[\w./-]+\.ts/g) ?? [];
    for (const file of files) expect(existsSync(path.join(root, file)), file).toBe(true);
  });
});
