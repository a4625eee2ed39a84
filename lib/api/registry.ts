import { z } from "zod";

// Where the read API lives; a breaking change would get /api/v2 beside it.
export const API_BASE_PATH = "/api/v1";

// The named shapes of the public read API: each one registered here becomes
// an entry of the OpenAPI document's components.schemas (lib/api/openapi.ts),
// and the route handlers parse their replies with the very same schema
// objects, so the document cannot describe a field the API does not send.
//
// A registry of the API's own rather than zod's global one: only these shapes
// are public, and an id given to some other schema elsewhere in the app can
// never slip into the document.
export const apiSchemas = z.registry<{ id: string }>();

// Each named shape, by its id, for the tests that check a real reply against
// the component the document names for it.
export const apiSchemasById = new Map<string, z.ZodType>();

export function named<T extends z.ZodType>(id: string, schema: T): T {
  apiSchemas.add(schema, { id });
  apiSchemasById.set(id, schema);
  return schema;
}
