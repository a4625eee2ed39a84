import "dotenv/config";
import path from "node:path";
import { defineConfig } from "prisma/config";

// The npm registry does not carry Prisma's native schema engine, so on machines
// without it `prisma generate` would fail while looking for it. Generating the
// client only needs the bundled WASM, so point the variable at any executable
// (node itself) unless the developer has a real engine configured.
if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
}

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  // `env("DATABASE_URL")` throws when unset, which would break `prisma generate`
  // on a fresh clone; an empty URL is fine for generating.
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
