import { describe, expect, it } from "vitest";
import { consoleEntry } from "@/lib/observability/console-to-log";
import { createLogger, prettyLine } from "@/lib/observability/log";
import { parsePostgresLog } from "@/lib/observability/postgres-log";
import { inRequest, noteUser } from "@/lib/observability/request-context";

// What an operator reads: one JSON line per event with its time, level and
// request, and never a password, token or cookie whatever the code logs.

function capture(level: "info" | "debug" = "info") {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const logger = createLogger({
    level,
    destination: {
      write: (line: string) => {
        raw.push(line);
        lines.push(JSON.parse(line));
      },
    },
  });
  return { logger, lines, raw };
}

const SECRETS = ["hunter2-password", "tok_live_abcdef", "authjs.session-token-value", "Basic-c2VjcmV0", "s3cr3t-db-pass"];

describe("log lines", () => {
  it("carry an ISO time, a level by name, and the request's id and user inside a request", () => {
    const { logger, lines } = capture();
    inRequest({ requestId: "req-1" }, () => {
      logger.info("before the session");
      noteUser("user-7");
      logger.warn({ source: "onrecord" }, "after it");
    });
    logger.info("outside any request");
    expect(lines[0]).toMatchObject({ level: "info", requestId: "req-1", msg: "before the session" });
    expect(lines[0]).not.toHaveProperty("userId");
    expect(lines[1]).toMatchObject({ level: "warn", requestId: "req-1", userId: "user-7", source: "onrecord" });
    expect(lines[2]).not.toHaveProperty("requestId");
    for (const line of lines) expect(new Date(String(line.time)).toISOString()).toBe(line.time);
  });

  it("never hold a password, token, cookie or authorization, in fields, nested objects, errors or text", () => {
    const { logger, raw } = capture();
    logger.info(
      {
        password: SECRETS[0],
        user: { email: "a@b.c", newPassword: SECRETS[0] },
        headers: { cookie: `authjs.session-token=${SECRETS[2]}`, authorization: `Bearer ${SECRETS[1]}` },
      },
      "signed in",
    );
    logger.info({ apiKey: SECRETS[1], list: [{ token: SECRETS[1] }] }, "listed");
    logger.error({ err: new Error(`connect to postgresql://onrecord:${SECRETS[4]}@db:5432/onrecord failed`) }, "database");
    logger.warn(`asked /api/export?token=${SECRETS[1]}&page=2 with Authorization: Bearer ${SECRETS[1]} and Basic ${SECRETS[3]}`);
    logger.info(`ALTER ROLE app PASSWORD '${SECRETS[0]}'`);
    logger.info({ headers: new Headers({ cookie: `x=${SECRETS[2]}`, "x-thing": "kept" }) }, "headers object");
    const all = raw.join("");
    for (const secret of SECRETS) expect(all).not.toContain(secret);
    expect(all).toContain("[redacted]");
    expect(all).toContain("a@b.c");
    expect(all).toContain("page=2");
    expect(all).toContain('"x-thing":"kept"');
  });

  it("put an error's stack in one field, so a trace is one line", () => {
    const { logger, raw } = capture();
    logger.error({ err: new Error("boom", { cause: new Error("underneath") }) }, "failed");
    expect(raw).toHaveLength(1);
    expect(raw[0]!.trimEnd()).not.toContain("\n");
    const line = JSON.parse(raw[0]!);
    expect(line.err).toMatchObject({ type: "Error", message: "boom", cause: { message: "underneath" } });
    expect(line.err.stack).toContain("log-lines.test");
  });

  it("are readable in development: time, level, source, message", () => {
    const text = prettyLine(
      JSON.stringify({ time: "2026-12-05T02:40:00.123Z", level: "warn", source: "postgres", msg: "checkpoints are too frequent", pid: 1, hostname: "h" }),
    );
    expect(text).toBe("02:40:00.123 WARN  [postgres] checkpoints are too frequent\n");
  });
});

describe("console lines in the production server", () => {
  it("take their source from the [tag] and their error apart from the message", () => {
    const error = new Error("connection reset");
    expect(consoleEntry(["[onrecord] read API failed", "GET", "/api/v1/claims", error])).toEqual({
      fields: { source: "onrecord", err: error },
      message: "read API failed GET /api/v1/claims",
    });
    expect(consoleEntry([error])).toEqual({ fields: { err: error }, message: "connection reset" });
    expect(consoleEntry(["plain %d lines", 3])).toEqual({ fields: {}, message: "plain 3 lines" });
  });
});

describe("PostgreSQL's log", () => {
  it("keeps each line's severity as its level, and lines that follow one at its level", () => {
    const lines = parsePostgresLog(
      "2026-12-05 02:40:00.123 UTC [4711] LOG:  database system was interrupted; last known up at 2026-12-05 02:39:00 UTC\n" +
        '2026-12-05 02:40:00.200 UTC [4711] FATAL:  password authentication failed for user "postgres"\n' +
        '2026-12-05 02:40:00.200 UTC [4711] DETAIL:  Connection matched file "pg_hba.conf" line 1\n' +
        "2026-12-05 02:40:01.000 UTC [4712] PANIC:  could not write to file\n",
    );
    expect(lines.map((line) => [line.level, line.severity])).toEqual([
      ["info", "LOG"],
      ["error", "FATAL"],
      ["error", "DETAIL"],
      ["fatal", "PANIC"],
    ]);
    expect(lines[0]).toMatchObject({ pid: 4711, message: expect.stringContaining("database system was interrupted") });
  });
});
