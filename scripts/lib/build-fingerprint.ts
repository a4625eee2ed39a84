import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

// What the production build depends on. When any of it changes, `npm start`
// builds again; otherwise it reuses the build it has.
const INPUT_DIRS = ["app", "components", "lib", "public"];
const INPUT_FILES = ["next.config.ts", "package.json", "postcss.config.mjs", "tsconfig.json", "prisma/schema.prisma"];
// Settings the build writes into its output (security headers, the site's
// address and names in pages rendered at build time, and the deployment id,
// which Next compiles into the build: a build kept after NEXT_DEPLOYMENT_ID
// changed would go on announcing the old id).
const INPUT_SETTINGS = ["SITE_URL", "SITE_NAME", "SITE_PUBLISHER", "NEXT_DEPLOYMENT_ID"];

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const files = await Promise.all(
    entries.map((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? listFiles(full) : Promise.resolve([full]);
    }),
  );
  return files.flat();
}

export async function buildFingerprint(root: string): Promise<string> {
  const hash = createHash("sha256");
  const files = [
    ...(await Promise.all(INPUT_DIRS.map((dir) => listFiles(path.join(root, dir))))).flat(),
    ...INPUT_FILES.map((file) => path.join(root, file)),
  ].sort();
  for (const file of files) {
    const content = await readFile(file).catch(() => null);
    if (content === null) continue;
    hash.update(path.relative(root, file)).update("\0").update(content).update("\0");
  }
  for (const name of INPUT_SETTINGS) hash.update(`${name}=${process.env[name] ?? ""}\0`);
  return hash.digest("hex");
}
