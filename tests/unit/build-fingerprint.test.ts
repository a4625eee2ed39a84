import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildFingerprint } from "@/scripts/lib/build-fingerprint";

// `npm start` builds again when the fingerprint changes. A setting written
// into the build must change it, or an instance keeps serving a build that
// disagrees with its environment.

let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "onrecord-fingerprint-"));
  await mkdir(path.join(root, "app"));
  await writeFile(path.join(root, "app", "page.tsx"), "export default function Page() { return null; }\n");
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(root, { recursive: true, force: true });
});

describe("buildFingerprint", () => {
  it("is the same for the same code and settings", async () => {
    expect(await buildFingerprint(root)).toBe(await buildFingerprint(root));
  });

  it("changes with NEXT_DEPLOYMENT_ID, which Next compiles into the build", async () => {
    vi.stubEnv("NEXT_DEPLOYMENT_ID", "build-41");
    const before = await buildFingerprint(root);
    vi.stubEnv("NEXT_DEPLOYMENT_ID", "build-42");
    expect(await buildFingerprint(root)).not.toBe(before);
  });

  it("changes with the code", async () => {
    const before = await buildFingerprint(root);
    await writeFile(path.join(root, "app", "page.tsx"), "export default function Page() { return 'changed'; }\n");
    expect(await buildFingerprint(root)).not.toBe(before);
  });
});
