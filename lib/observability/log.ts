import { type DestinationStream, type Logger, pino } from "pino";
import { settings } from "../settings.ts";
import { redact, redactText } from "./redaction.ts";
import { currentRequest } from "./request-context.ts";

// One logger for the processes OnRecord runs: JSON lines an operator's tools
// can read (time, level, the request's id and user where known), or, in
// `npm run dev`, short readable lines. Every line's fields and message pass
// through lib/observability/redaction.ts first.
//
// pino writes each line synchronously: a line written just before the process
// exits (a refused start, a crash) is never lost, and the busiest lines (the
// access line of a page from the in-memory copy) are written only at debug.

export type LogFormat = "json" | "pretty";
export type LogLevel = "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";

function requestFields(): Record<string, string> {
  const context = currentRequest();
  if (!context) return {};
  return context.userId ? { requestId: context.requestId, userId: context.userId } : { requestId: context.requestId };
}

// `12:03:04.567 WARN  [postgres] message {"other":"fields"}`, a stack below.
export function prettyLine(json: string): string {
  const { time, level, msg, source, pid: _pid, hostname: _hostname, err, ...rest } = JSON.parse(json);
  const clock = typeof time === "string" ? time.slice(11, 23) : "";
  const extra = Object.keys(rest).length > 0 ? ` ${JSON.stringify(rest)}` : "";
  const trace = err?.stack ? `\n  ${String(err.stack).replaceAll("\n", "\n  ")}` : err?.message ? ` (${err.message})` : "";
  return `${clock} ${String(level).toUpperCase().padEnd(5)} ${source ? `[${source}] ` : ""}${msg ?? ""}${extra}${trace}\n`;
}

const prettyStdout: DestinationStream = { write: (line: string) => void process.stdout.write(prettyLine(line)) };

export function createLogger(options: { level?: LogLevel; format?: LogFormat; destination?: DestinationStream } = {}): Logger {
  const format = options.format ?? "json";
  return pino(
    {
      level: options.level ?? "info",
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        log: (fields) => redact(fields) as Record<string, unknown>,
      },
      // Errors are already plain { type, message, stack } here (redact).
      serializers: { err: (error: unknown) => error },
      mixin: requestFields,
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((arg) => (typeof arg === "string" ? redactText(arg) : arg)) as Parameters<typeof method>);
        },
      },
    },
    options.destination ?? (format === "pretty" ? prettyStdout : pino.destination({ dest: 1, sync: true })),
  );
}

// The process's logger, made on first use with LOG_LEVEL and LOG_FORMAT.
let shared: Logger | null = null;
export function log(): Logger {
  if (!shared) {
    let chosen: { LOG_LEVEL?: LogLevel; LOG_FORMAT?: LogFormat } = {};
    try {
      chosen = settings();
    } catch {
      // A wrong variable is reported by whoever reads the settings (npm start
      // stops naming it); that report is logged with the defaults.
    }
    shared = createLogger({ level: chosen.LOG_LEVEL, format: chosen.LOG_FORMAT ?? (process.env.NODE_ENV === "development" ? "pretty" : "json") });
  }
  return shared;
}
