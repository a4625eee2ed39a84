import type { ApiErrorCode } from "@/lib/api/envelopes";

// A refusal the read API gives on purpose, with a message for the person
// reading the reply. Anything else that goes wrong is logged and answered
// with a plain 500.

export type ApiIssue = { parameter: string; message: string };

const STATUS: Record<ApiErrorCode, number> = { invalid_request: 400, not_found: 404, rate_limited: 429, server_error: 500 };

export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly issues?: ApiIssue[],
  ) {
    super(message);
    this.name = "ApiError";
    this.status = STATUS[code];
  }
}

export const invalidRequest = (issues: ApiIssue[]) =>
  new ApiError(
    "invalid_request",
    issues.length === 1 ? issues[0]!.message : `${issues.length} problems with the request: ${issues.map((issue) => issue.message).join(" ")}`,
    issues,
  );

// Says what was not found, in the words of the address that was asked for.
export const notFound = (what: string) => new ApiError("not_found", `${what} was not found. Only published verdicts and their speakers are in this API.`);
