import { z } from "zod";
import { named } from "@/lib/api/registry";

// Every reply of the read API is an object with one of two keys: `data` (what
// was asked for) or `error`. Lists add the cursor of the next page.

export function pageOf<T extends z.ZodType>(id: string, item: T) {
  return named(
    id,
    z.object({
      data: z.array(item),
      nextCursor: z.string().nullable().describe("Pass as `cursor` to get the next page; null on the last page. Opaque: do not build or edit one."),
      nextUrl: z.url().nullable().describe("The next page's full address, the same query with `cursor` set; null on the last page."),
    }),
  );
}

export function oneOf<T extends z.ZodType>(id: string, item: T) {
  return named(id, z.object({ data: item }));
}

export const API_ERROR_CODES = ["invalid_request", "not_found", "rate_limited", "server_error"] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export const errorShape = named(
  "Error",
  z
    .object({
      error: z.object({
        code: z.enum(API_ERROR_CODES).describe("Stable, for programs: invalid_request (400), not_found (404), rate_limited (429), server_error (500)."),
        message: z.string().describe("For people: what went wrong and what to do."),
        issues: z
          .array(z.object({ parameter: z.string(), message: z.string() }))
          .optional()
          .describe("On invalid_request: one entry per problem, naming the query or path parameter."),
      }),
    })
    .describe("What every refusal looks like."),
);

export type ApiErrorJson = z.output<typeof errorShape>;
