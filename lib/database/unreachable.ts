// Whether a failed query failed because the server could not be reached or
// went away, rather than because of the query. A public read that fails this
// way on a replica is answered by the primary instead (lib/database/replicas.ts);
// any other failure (a bad query, a missing table) would fail on the primary
// too, and is passed on as it is.
//
// The same outage reaches us in several shapes, depending on when it struck:
// Prisma's own codes, the pg adapter's error kinds, PostgreSQL's SQLSTATE,
// or pg's bare Error when a connection closes under a query.

// Can't reach the server, timed out reaching it, the server closed the connection.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017"]);
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// Class 08 is "connection exception"; 57P01-57P03 are a server shutting down
// (administrator, crash) or starting up ("the database system is starting up").
const SQLSTATE = /^(08...|57P0[123])$/;
const PG_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|ECONNREFUSED|ECONNRESET/;

type Shape = { code?: unknown; kind?: unknown; originalCode?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };

export function isUnreachable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 4) return false;
  const shape = error as Shape;
  if (typeof shape.code === "string" && (PRISMA_CODES.has(shape.code) || SQLSTATE.test(shape.code))) return true;
  if (typeof shape.originalCode === "string" && SQLSTATE.test(shape.originalCode)) return true;
  if (typeof shape.kind === "string" && ADAPTER_KINDS.has(shape.kind)) return true;
  if (typeof shape.message === "string" && PG_MESSAGES.test(shape.message)) return true;
  return isUnreachable(shape.cause, depth + 1) || isUnreachable(shape.meta?.driverAdapterError, depth + 1);
}
