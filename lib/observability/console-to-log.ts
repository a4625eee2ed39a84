import { format } from "node:util";
import type { Logger } from "pino";

// The production server sends console.* through the logger: lines written by
// our own modules (which keep console so they also run in the browser, in
// plain-JS cache files Next loads uncompiled, and under tests that watch
// console), by Next and by libraries all come out as JSON lines with a time,
// a level, the request's id, and an error's stack in one field.
// "[onrecord] text" becomes { source: "onrecord", msg: "text" }.

const LEVELS = { error: "error", warn: "warn", info: "info", log: "info", debug: "debug", trace: "trace" } as const;

export function consoleEntry(args: unknown[]): { fields: Record<string, unknown>; message: string } {
  const error = args.find((arg) => arg instanceof Error);
  const rest = error ? args.filter((arg) => arg !== error) : args;
  let message = rest.length > 0 ? format(...rest) : error ? String((error as Error).message) : "";
  const fields: Record<string, unknown> = {};
  const tag = /^\[([\w .-]{1,40})\]\s*/.exec(message);
  if (tag) {
    fields.source = tag[1];
    message = message.slice(tag[0].length);
  }
  if (error) fields.err = error;
  return { fields, message };
}

export function sendConsoleToLog(logger: Logger) {
  for (const [method, level] of Object.entries(LEVELS)) {
    (console as unknown as Record<string, (...args: unknown[]) => void>)[method] = (...args: unknown[]) => {
      if (!logger.isLevelEnabled(level)) return;
      const { fields, message } = consoleEntry(args);
      logger[level](fields, message);
    };
  }
}
