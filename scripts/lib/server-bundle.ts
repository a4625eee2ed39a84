import path from "node:path";
import { build } from "esbuild";

// The production server (scripts/serve.ts) compiled into one JavaScript file
// in the build folder, which `npm start` runs with plain Node.
//
// Why not run it through tsx as the other scripts are: Next imports its cache
// handler again on every request that reaches it, and under tsx's loader each
// of those imports crosses to the loader's thread, about a fifth of the
// server's time (measured with npm run bench:verdict). Our own files are
// bundled (their `@/` imports resolved through tsconfig.json); packages stay
// imports of node_modules, so Next, React and the cache handler's `redis` are
// the very modules Next itself loads.
export async function bundleServer(root: string, distDir: string): Promise<string> {
  const outfile = path.join(root, distDir, "onrecord-server.mjs");
  await build({
    entryPoints: [path.join(root, "scripts", "serve.ts")],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    tsconfig: path.join(root, "tsconfig.json"),
    logLevel: "warning",
    banner: { js: "// Built by npm start from scripts/serve.ts (scripts/lib/server-bundle.ts); do not edit." },
  });
  return outfile;
}
