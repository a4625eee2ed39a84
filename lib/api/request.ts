import { z } from "zod";
import { parseParameters, type QueryValues, queryValues } from "@/lib/auth/route-input";

// The read API's query strings and paths. The endpoints give the route door
// `eachOnce(query)` and the path schema (lib/api/endpoint.ts); readQuery and
// readPath read a Request the same way outside the door, which is how the
// parameter rules are tested: the typed value, or a DomainError (400) naming
// every parameter that is wrong.

type ObjectSchema = z.ZodObject<z.ZodRawShape>;

// Each parameter once: a repeated one is refused rather than one of its
// values picked, so a client never gets a list filtered by a value it did
// not mean. Only the repeated names are reported, before anything else.
export function eachOnce<S extends ObjectSchema>(schema: S) {
  return z
    .custom<QueryValues>()
    .transform((values, context): Record<string, unknown> => {
      const repeated = Object.keys(values).filter((name) => Array.isArray(values[name]));
      if (!repeated.length) return values;
      for (const name of repeated) context.addIssue({ code: "custom", path: [name], message: `Give ${name} only once.` });
      return z.NEVER;
    })
    .pipe(schema);
}

export function readQuery<S extends ObjectSchema>(request: Request, schema: S): z.output<S> {
  return parseParameters(eachOnce(schema), queryValues(new URL(request.url).searchParams), "query");
}

export function readPath<S extends ObjectSchema>(schema: S, values: Record<string, string>): z.output<S> {
  return parseParameters(schema, values, "path");
}
