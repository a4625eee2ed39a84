import { DomainError, invalidParameters, type ParameterIssue } from "@/lib/errors";

// The read API's refusals are DomainErrors (lib/errors.ts), answered by the
// route door with the status of the one table there; lib/api/responses.ts
// gives each its stable code in the API's envelope. These say what went
// wrong in the API's own words.

export type ApiIssue = ParameterIssue;

export const invalidRequest = (issues: ApiIssue[]) => invalidParameters(issues);

// Says what was not found, in the words of the address that was asked for.
export const notFound = (what: string) => new DomainError("not_found", `${what} was not found. Only published verdicts and their speakers are in this API.`);
