import { describe, expect, it } from "vitest";
import { isUnreachable } from "@/lib/database/unreachable";

// The shapes a stopped or unreachable replica's failure took against a real
// PostgreSQL 15 (tests/integration/read-replicas.test.ts), depending on when
// it struck; only these send a public read to the primary instead.

const prismaError = (code: string, meta?: object) => Object.assign(new Error(`Prisma ${code}`), { name: "PrismaClientKnownRequestError", code, meta });
const adapterError = (cause: object) => Object.assign(new Error("DriverAdapterError"), { name: "DriverAdapterError", cause });

describe("a replica that cannot be reached", () => {
  it.each([
    ["a refused connection (P1001)", prismaError("P1001")],
    ["a connection the server closed (P1017)", prismaError("P1017")],
    [
      "raw SQL on a refused connection",
      prismaError("P2010", { driverAdapterError: adapterError({ kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5433 }) }),
    ],
    ["a reset connection", adapterError({ kind: "ConnectionClosed" })],
    ["a server shutting down (57P01)", prismaError("P2010", { driverAdapterError: adapterError({ kind: "postgres", code: "57P01", originalCode: "57P01" }) })],
    ["a server still starting (57P03)", Object.assign(new Error("the database system is starting up"), { code: "57P03" })],
    ["pg's bare error when the connection drops under a query", new Error("Connection terminated unexpectedly")],
    ["no connection within the pool's timeout", new Error("timeout exceeded when trying to connect")],
  ])("%s", (_, error) => {
    expect(isUnreachable(error)).toBe(true);
  });
});

describe("a failure of the query itself, which the primary would fail too", () => {
  it.each([
    ["a unique clash (P2002)", prismaError("P2002")],
    ["a missing table", prismaError("P2021")],
    ["a syntax error in raw SQL", prismaError("P2010", { driverAdapterError: adapterError({ kind: "postgres", code: "42601", originalCode: "42601" }) })],
    ["something that is not an error", "Connection"],
    ["nothing", undefined],
  ])("%s", (_, error) => {
    expect(isUnreachable(error)).toBe(false);
  });
});
