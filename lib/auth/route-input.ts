import { z } from "zod";
import { DomainError, type DomainErrorCode, invalidParameters, type ParameterIssue, REFUSALS } from "@/lib/errors";

// How the route door reads a request's path and query string through zod.
// No `server-only` and no session here, so the read API's parameters and
// oEmbed's can be tested on plain values.

// The query string as Next gives a page its searchParams: a name given more
// than once brings the list of its values. Each route's schema says what a
// repeated name means (the desk queue takes several states; the read API
// refuses it; oEmbed reads the first). Built from a Map, so "__proto__" or
// "constructor" in an address are plain names, never an object's machinery.
export type QueryValues = Record<string, string | string[]>;

export function queryValues(search: URLSearchParams): QueryValues {
  const values = new Map<string, string | string[]>();
  for (const [name, value] of search) {
    const earlier = values.get(name);
    values.set(name, earlier === undefined ? value : Array.isArray(earlier) ? [...earlier, value] : [earlier, value]);
  }
  return Object.fromEntries(values);
}

// A schema's issue may name the refusal it stands for (oEmbed's unoffered
// format is a 501, not a 400): `params: { refusal: "not_offered" }`.
const namedRefusal = (issue: z.core.$ZodIssue): DomainErrorCode | undefined => {
  const refusal = issue.code === "custom" ? (issue.params as { refusal?: unknown } | undefined)?.refusal : undefined;
  return typeof refusal === "string" && refusal in REFUSALS ? (refusal as DomainErrorCode) : undefined;
};

// The typed value, or a DomainError naming every parameter that is wrong.
export function parseParameters<S extends z.ZodType>(schema: S, values: unknown, where: "path" | "query"): z.output<S> {
  const parsed = schema.safeParse(values);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const code = namedRefusal(issue);
    if (code) throw new DomainError(code, issue.message);
  }
  const known = namesTaken(schema);
  throw invalidParameters(parsed.error.issues.flatMap((issue) => issuesOf(issue, known, where)));
}

function issuesOf(issue: z.core.$ZodIssue, known: string[], where: "path" | "query"): ParameterIssue[] {
  if (issue.code === "unrecognized_keys") {
    const takes = known.length ? `This endpoint takes ${known.join(", ")}.` : "This endpoint takes no query parameters.";
    return issue.keys.map((name) => ({ parameter: name, message: `Unknown ${where} parameter "${name}". ${takes}` }));
  }
  return [{ parameter: String(issue.path[0] ?? ""), message: issue.message }];
}

// The names an object schema reads, looking through the pipes that adapt the
// door's values to it.
function namesTaken(schema: z.ZodType): string[] {
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  if (schema instanceof z.ZodPipe) return [...namesTaken(schema.in as z.ZodType), ...namesTaken(schema.out as z.ZodType)];
  return [];
}
