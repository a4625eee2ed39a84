import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// The architecture as the linter enforces it (biome.jsonc): small files that
// break each boundary, in a folder laid out like the project, are reported;
// the same imports where they belong are not. `npm test` lints the real tree.

const root = path.resolve(import.meta.dirname, "../..");
const folder = mkdtempSync(path.join(os.tmpdir(), "onrecord-architecture-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const files: Record<string, string> = {
  // Breaking the rules:
  "app/desk/page.tsx": 'import { prisma } from "@/lib/db";\nexport const x = prisma;\n',
  "app/(public)/page.tsx": 'import { publicReads } from "@/lib/database/replicas";\nexport const x = publicReads;\n',
  "components/scale/fields.tsx": 'import type { RatingScope } from "@/lib/generated/prisma/enums";\nexport type X = RatingScope;\n',
  "components/claims/form.tsx": 'import { z } from "zod";\nexport const s = z.string();\n',
  "lib/claims/mutations.ts": 'import { Button } from "@/components/ui/button";\nexport const b = Button;\n',
  "lib/claims/queries.ts": 'import { z } from "zod";\nexport const s = z.string();\n',
  "lib/claims/helpers.ts": 'import Page from "@/app/(public)/page";\nexport const p = Page;\n',
  // Keeping them:
  "lib/claims/schema.ts": 'import { z } from "zod";\nexport const s = z.string();\n',
  "lib/claims/actions.ts": 'import { prisma } from "@/lib/db";\nexport const x = prisma;\n',
  "lib/speakers/public.ts": 'import { publicReads } from "@/lib/database/replicas";\nexport const x = publicReads;\n',
  "components/claims/list.tsx": 'import type { ClaimRow } from "@/lib/claims/queries";\nexport type X = ClaimRow;\n',
};

function reported(): Record<string, string[]> {
  copyFileSync(path.join(root, "biome.jsonc"), path.join(folder, "biome.jsonc"));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    writeFileSync(path.join(folder, file), text);
  }
  let output: string;
  try {
    output = execFileSync(path.join(root, "node_modules", ".bin", "biome"), ["lint", "--vcs-enabled=false", "--reporter=json", "."], {
      cwd: folder,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
  } catch (error) {
    output = (error as { stdout: string }).stdout;
  }
  const diagnostics = (JSON.parse(output) as { diagnostics: { category: string; location: { path: string } }[] }).diagnostics;
  const byFile: Record<string, string[]> = {};
  for (const diagnostic of diagnostics) (byFile[diagnostic.location.path] ??= []).push(diagnostic.category);
  return byFile;
}

describe("architecture rules", () => {
  const found = reported();

  it.each([
    "app/desk/page.tsx",
    "app/(public)/page.tsx",
    "components/scale/fields.tsx",
    "components/claims/form.tsx",
    "lib/claims/mutations.ts",
    "lib/claims/queries.ts",
    "lib/claims/helpers.ts",
  ])("%s breaks a boundary and is reported", (file) => {
    expect(found[file]).toEqual(["lint/style/noRestrictedImports"]);
  });

  it("a schema in schema.ts, the database in lib/, and lib's types in components are fine", () => {
    for (const file of ["lib/claims/schema.ts", "lib/claims/actions.ts", "lib/speakers/public.ts", "components/claims/list.tsx"])
      expect(found[file], file).toBeUndefined();
  });
});
