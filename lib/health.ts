import "server-only";
import { prisma } from "@/lib/db";

const startedAt = Date.now();

// A database that does not answer within this time counts as down: a load
// balancer polling this wants a quick answer, not a hung request.
const DATABASE_TIMEOUT_MS = 2000;

export type Health = {
  status: "ok" | "degraded";
  app: { status: "up"; version: string; uptimeSeconds: number };
  database: { status: "up"; latencyMs: number } | { status: "down"; error: string };
};

export async function checkHealth(): Promise<Health> {
  const app = {
    status: "up" as const,
    version: process.env.npm_package_version ?? "0.1.0",
    uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
  };
  const began = performance.now();
  try {
    await Promise.race([prisma.$queryRaw`SELECT 1`, new Promise((_, reject) => setTimeout(() => reject(new Error("timed out")), DATABASE_TIMEOUT_MS))]);
    return { status: "ok", app, database: { status: "up", latencyMs: Math.round(performance.now() - began) } };
  } catch (error) {
    console.error("[onrecord] health check: database unreachable", error);
    return { status: "degraded", app, database: { status: "down", error: "The database did not answer." } };
  }
}
