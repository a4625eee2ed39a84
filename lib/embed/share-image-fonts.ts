import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";

// The share image is drawn by satori, which reads WOFF or TTF (not WOFF2), so
// it takes Inter from @fontsource/inter rather than the site's variable font.
// Read on the first image request, not at build, and kept for the process.
const FILES = { 400: "inter-latin-400-normal.woff", 700: "inter-latin-700-normal.woff" } as const;

type Weight = keyof typeof FILES;
export type ShareImageFont = { name: string; data: Buffer; weight: Weight; style: "normal" };

let loading: Promise<ShareImageFont[]> | null = null;

export function shareImageFonts(): Promise<ShareImageFont[]> {
  loading ??= Promise.all(
    (Object.keys(FILES).map(Number) as Weight[]).map(async (weight) => ({
      name: "Inter",
      data: await readFile(path.join(process.cwd(), "node_modules/@fontsource/inter/files", FILES[weight])),
      weight,
      style: "normal" as const,
    })),
  ).catch((error: unknown) => {
    // A failed read is not kept: the next request tries again.
    loading = null;
    throw error;
  });
  return loading;
}
