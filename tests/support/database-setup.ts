import { inject } from "vitest";

// lib/db.ts creates its client on first use from DATABASE_URL.
process.env.DATABASE_URL = inject("databaseUrl");
