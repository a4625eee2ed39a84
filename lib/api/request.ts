import type { z } from "zod";
import { invalidRequest, type ApiIssue } from "@/lib/api/api-error";

// Reading the request's query string and path through a zod schema: the
// typed value, or an ApiError (400) naming every parameter that is wrong.

type ObjectSchema = z.ZodObject<z.ZodRawShape>;

export function readQuery<S extends ObjectSchema>(request: Request, schema: S): z.output<S> {
  // A Map, not an object: "constructor" or "__proto__" in a query string are
  // just unknown names, never an object's own machinery.
  const values = new Map<string, string>();
  const repeated = new Set<string>();
  for (const [name, value] of new URL(request.url).searchParams) {
    if (values.has(name)) repeated.add(name);
    values.set(name, value);
  }
  if (repeated.size) {
    throw invalidRequest([...repeated].map((name) => ({ parameter: name, message: `Give ${name} only once.` })));
  }
  return parse(schema, Object.fromEntries(values), "query");
}

export function readPath<S extends ObjectSchema>(schema: S, values: Record<string, string>): z.output<S> {
  return parse(schema, values, "path");
}

function parse<S extends ObjectSchema>(schema: S, values: Record<string, string>, where: "query" | "path"): z.output<S> {
  const parsed = schema.safeParse(values);
  if (parsed.success) return parsed.data;
  throw invalidRequest(parsed.error.issues.flatMap((issue) => issuesOf(issue, Object.keys(schema.shape), where)));
}

function issuesOf(issue: z.core.$ZodIssue, known: string[], where: "query" | "path"): ApiIssue[] {
  if (issue.code === "unrecognized_keys") {
    const takes = known.length ? `This endpoint takes ${known.join(", ")}.` : "This endpoint takes no query parameters.";
    return issue.keys.map((name) => ({ parameter: name, message: `Unknown ${where} parameter "${name}". ${takes}` }));
  }
  const parameter = String(issue.path[0] ?? "");
  return [{ parameter, message: issue.message }];
}
