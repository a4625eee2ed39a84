import type { Logger } from "pino";

// PostgreSQL's own log from the embedded server (crash recovery, a refused
// connection, a checkpoint taking long), passed through as log lines tagged
// { source: "postgres" } with PostgreSQL's severity as the level.
//
// A line looks like "2026-12-05 02:40:00.123 UTC [4711] LOG:  database system
// is ready"; DETAIL, HINT and STATEMENT lines that follow one keep its level.

const SEVERITY = /^(?:\S+ \S+ \S+ )?(?:\[(\d+)\] )?(DEBUG\d?|LOG|INFO|NOTICE|WARNING|ERROR|FATAL|PANIC|DETAIL|HINT|CONTEXT|STATEMENT|LOCATION):\s+(.*)$/;

const LEVEL_OF: Record<string, "debug" | "info" | "warn" | "error" | "fatal"> = {
  LOG: "info",
  INFO: "info",
  NOTICE: "info",
  WARNING: "warn",
  ERROR: "error",
  // A FATAL ends one session (a refused password, a client gone), not the server.
  FATAL: "error",
  PANIC: "fatal",
};

export type PostgresLine = { level: "debug" | "info" | "warn" | "error" | "fatal"; severity?: string; pid?: number; message: string };

export function parsePostgresLog(chunk: string): PostgresLine[] {
  const lines: PostgresLine[] = [];
  let level: PostgresLine["level"] = "info";
  for (const raw of chunk.replace(/^\[STDERR\] /, "").split("\n")) {
    const text = raw.trimEnd();
    if (!text) continue;
    const match = SEVERITY.exec(text);
    if (!match) {
      lines.push({ level, message: text.trim() });
      continue;
    }
    const [, pid, severity, message] = match as unknown as [string, string | undefined, string, string];
    if (severity.startsWith("DEBUG")) level = "debug";
    else if (LEVEL_OF[severity]) level = LEVEL_OF[severity];
    lines.push({ level, severity, ...(pid ? { pid: Number(pid) } : {}), message });
  }
  return lines;
}

export function logPostgres(logger: Logger, chunk: string) {
  for (const line of parsePostgresLog(chunk)) {
    logger[line.level](
      { source: "postgres", ...(line.severity ? { severity: line.severity } : {}), ...(line.pid ? { postgresPid: line.pid } : {}) },
      line.message,
    );
  }
}
