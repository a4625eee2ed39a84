import { z } from "zod";
import { claimListShape, claimResponseShape } from "@/lib/api/claim-schema";
import { errorShape } from "@/lib/api/envelope-schema";
import { claimsQuery, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, slugPath, speakersQuery } from "@/lib/api/params-schema";
import { API_BASE_PATH, apiSchemas } from "@/lib/api/registry";
import { speakerListShape, speakerResponseShape } from "@/lib/api/speaker-schema";

// The OpenAPI 3.1 document of the read API (/api/v1/openapi.json), generated
// from the zod schemas the handlers parse their input and replies with. OpenAPI
// 3.1 schemas are JSON Schema 2020-12, zod's default target.

type JsonObject = Record<string, unknown>;
const SCHEMAS = "#/components/schemas/";
const schemaRef = (schema: z.ZodType) => ({ $ref: `${SCHEMAS}${apiSchemas.get(schema)!.id}` });

// Replies are documented as they are written (io: "output"). Objects are
// left open: fields may be added within v1, and a client that validates
// against this document must not break when one is.
function componentSchemas(): Record<string, JsonObject> {
  const { schemas } = z.toJSONSchema(apiSchemas, {
    target: "draft-2020-12",
    io: "output",
    uri: (id) => `${SCHEMAS}${id}`,
    override: ({ jsonSchema }) => {
      if (jsonSchema.additionalProperties === false) delete jsonSchema.additionalProperties;
    },
  });
  // Each component is generated as a document of its own; inside this one
  // it needs neither a dialect nor an $id.
  return Object.fromEntries(Object.entries(schemas).map(([id, { $schema, $id, ...schema }]) => [id, schema]));
}

// Parameters are documented as they are typed in the URL (io: "input").
function parameters(schema: z.ZodObject<z.ZodRawShape>, where: "query" | "path") {
  return Object.entries(schema.shape).map(([name, field]) => {
    const { $schema, description, ...json } = z.toJSONSchema(field, { target: "draft-2020-12", io: "input" });
    return { name, in: where, required: where === "path" || !z.safeParse(field, undefined).success, description, schema: json };
  });
}

const json = (schema: z.ZodType) => ({ "application/json": { schema: schemaRef(schema) } });
const header = (description: string) => ({ description, schema: { type: "integer", minimum: 0 } });
const RATE_HEADERS = {
  "RateLimit-Limit": { $ref: "#/components/headers/RateLimit-Limit" },
  "RateLimit-Remaining": { $ref: "#/components/headers/RateLimit-Remaining" },
  "RateLimit-Reset": { $ref: "#/components/headers/RateLimit-Reset" },
};
const refused = (status: "BadRequest" | "NotFound" | "TooManyRequests" | "ServerError") => ({ $ref: `#/components/responses/${status}` });

function operation(options: {
  id: string;
  tag: string;
  summary: string;
  description: string;
  parameters: unknown[];
  ok: z.ZodType;
  okDescription: string;
  canBeMissing: boolean;
}) {
  return {
    get: {
      operationId: options.id,
      tags: [options.tag],
      summary: options.summary,
      description: options.description,
      parameters: options.parameters,
      responses: {
        "200": { description: options.okDescription, headers: RATE_HEADERS, content: json(options.ok) },
        "400": refused("BadRequest"),
        ...(options.canBeMissing ? { "404": refused("NotFound") } : {}),
        "429": refused("TooManyRequests"),
        "500": refused("ServerError"),
      },
    },
  };
}

function describeApi(ratePerMinute: number) {
  return [
    "Published fact-checks: what was claimed, by whom, the verdict and the record behind it. Only published verdicts are ever served; a verdict that is unpublished disappears at once (a cache in front may keep a reply up to two minutes).",
    "",
    '**Replies** are JSON (`application/json; charset=utf-8`): `{"data": …}` on success, `{"error": {"code", "message", "issues"?}}` otherwise. Field names are camelCase and stable for the life of v1: fields may be added, never renamed or removed, so ignore fields you do not know.',
    "",
    `**Lists** are newest first and paged by cursor: pass the reply's \`nextCursor\` as \`cursor\` (or follow \`nextUrl\`) until it is null. \`limit\` is ${DEFAULT_PAGE_SIZE} by default, at most ${MAX_PAGE_SIZE}. A cursor that was not handed out by the API is refused (400).`,
    "",
    "**Unknown query parameters are refused** (400, naming them), so a misspelt filter never silently returns the unfiltered list. The single-claim and single-speaker addresses take none.",
    "",
    `**Rate limit**: ${ratePerMinute} requests a minute per client address (per /64 for IPv6). Every reply says where you stand (\`RateLimit-Limit\`, \`RateLimit-Remaining\`, \`RateLimit-Reset\` in seconds); over the limit the answer is 429 with \`Retry-After\`.`,
    "",
    "**CORS**: any site may call the API from the browser (`Access-Control-Allow-Origin: *`, no credentials). Methods: GET, HEAD, OPTIONS.",
  ].join("\n");
}

export function openApiDocument({ siteUrl, siteName, ratePerMinute }: { siteUrl: string; siteName: string; ratePerMinute: number }) {
  const slug = (what: string) => parameters(slugPath(what), "path");
  return {
    openapi: "3.1.1",
    info: { title: `${siteName} read API`, version: "1.0.0", description: describeApi(ratePerMinute) },
    servers: [{ url: `${siteUrl}${API_BASE_PATH}` }],
    tags: [
      { name: "claims", description: "Published claims and their verdicts." },
      { name: "speakers", description: "Who made them, and their track record." },
    ],
    paths: {
      "/claims": operation({
        id: "listClaims",
        tag: "claims",
        summary: "Published claims, newest verdict first",
        description: "Filters combine: every one given must match.",
        parameters: parameters(claimsQuery, "query"),
        ok: claimListShape,
        okDescription: "A page of published claims.",
        canBeMissing: false,
      }),
      "/claims/{slug}": operation({
        id: "getClaim",
        tag: "claims",
        summary: "One published claim with its verdict and record",
        description: "404 when no published claim has that slug, including one that was unpublished.",
        parameters: slug("claim"),
        ok: claimResponseShape,
        okDescription: "The claim.",
        canBeMissing: true,
      }),
      "/speakers": operation({
        id: "listSpeakers",
        tag: "speakers",
        summary: "Speakers with at least one published claim, A–Z by slug",
        description: "A speaker appears once one of their claims has a published verdict.",
        parameters: parameters(speakersQuery, "query"),
        ok: speakerListShape,
        okDescription: "A page of speakers.",
        canBeMissing: false,
      }),
      "/speakers/{slug}": operation({
        id: "getSpeaker",
        tag: "speakers",
        summary: "One speaker: track record and newest published claims",
        description: "404 when the speaker has no published claim.",
        parameters: slug("speaker"),
        ok: speakerResponseShape,
        okDescription: "The speaker.",
        canBeMissing: true,
      }),
      "/openapi.json": {
        get: {
          operationId: "getOpenApiDocument",
          tags: ["claims", "speakers"],
          summary: "This document",
          responses: {
            "200": { description: "The OpenAPI 3.1 document.", headers: RATE_HEADERS, content: { "application/json": { schema: { type: "object" } } } },
            "429": refused("TooManyRequests"),
          },
        },
      },
    },
    components: {
      schemas: componentSchemas(),
      headers: {
        "RateLimit-Limit": header("Requests allowed per window (a minute)."),
        "RateLimit-Remaining": header("Requests left in the current window."),
        "RateLimit-Reset": header("Seconds until the window ends and the allowance is whole again."),
        "Retry-After": header("Seconds to wait before trying again."),
      },
      responses: {
        BadRequest: { description: "A query or path parameter is wrong; `issues` names each one.", headers: RATE_HEADERS, content: json(errorShape) },
        NotFound: { description: "Nothing published at that address; the message says what was looked for.", headers: RATE_HEADERS, content: json(errorShape) },
        TooManyRequests: {
          description: "Over the rate limit.",
          headers: { "Retry-After": { $ref: "#/components/headers/Retry-After" }, ...RATE_HEADERS },
          content: json(errorShape),
        },
        ServerError: { description: "Something went wrong on the server; try again shortly.", headers: RATE_HEADERS, content: json(errorShape) },
      },
    },
  };
}
