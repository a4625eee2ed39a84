// Errors a mutation raises on purpose. Each carries a message written for the
// person at the desk; anything else that goes wrong is logged with its detail
// and shown as a plain "could not save" message.

export type DomainErrorCode = "forbidden" | "not_found" | "conflict" | "invalid";

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const forbidden = (message: string) => new DomainError("forbidden", message);
export const notFound = (what = "That record") =>
  new DomainError("not_found", `${what} was not found, or you are not allowed to see it.`);
export const conflict = (message: string) => new DomainError("conflict", message);
export const invalid = (message: string, fieldErrors?: Record<string, string[]>) =>
  new DomainError("invalid", message, fieldErrors);
