import { randomInt } from "node:crypto";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db";
import type { ClaimKind, ClaimStatus } from "@/lib/generated/prisma/enums";
import { ensureScale, makeSpeaker, makeUser, unique } from "./factories";

// Calling the read API's route handlers as Next would, with real Requests, and
// making the published (and unpublished) claims they are asked about.

type Handler = (request: Request, context: { params: Promise<{ slug: string }> }) => Promise<Response>;
const routes = {
  claims: await import("@/app/(api)/api/v1/claims/route"),
  claim: await import("@/app/(api)/api/v1/claims/[slug]/route"),
  speakers: await import("@/app/(api)/api/v1/speakers/route"),
  speaker: await import("@/app/(api)/api/v1/speakers/[slug]/route"),
  openapi: await import("@/app/(api)/api/v1/openapi.json/route"),
};

// A documentation address (TEST-NET-3) per caller, so tests count against
// their own rate limit.
export const someAddress = () => `203.0.113.${randomInt(1, 255)}, 198.51.100.${randomInt(1, 255)}`;

function routeOf(pathname: string): { module: { GET: Handler; OPTIONS: () => Promise<Response> }; slug: string } {
  const [list, slug, ...rest] = pathname.replace(/^\/api\/v1\//, "").split("/");
  if (rest.length) throw new Error(`No route for ${pathname}`);
  if (list === "claims") return { module: (slug ? routes.claim : routes.claims) as never, slug: slug ?? "" };
  if (list === "speakers") return { module: (slug ? routes.speaker : routes.speakers) as never, slug: slug ?? "" };
  if (list === "openapi.json") return { module: routes.openapi as never, slug: "" };
  throw new Error(`No route for ${pathname}`);
}

// GET (or OPTIONS) an API address: "/api/v1/claims?limit=5", or a full URL
// such as a reply's nextUrl.
export async function callApi(address: string, options: { ip: string; method?: "GET" | "OPTIONS"; headers?: Record<string, string> }) {
  const url = new URL(address, "http://onrecord.test");
  const request = new Request(`http://onrecord.test${url.pathname}${url.search}`, {
    method: options.method ?? "GET",
    headers: { "x-forwarded-for": options.ip, ...options.headers },
  });
  const { module, slug } = routeOf(url.pathname);
  const response = options.method === "OPTIONS" ? await module.OPTIONS() : await module.GET(request, { params: Promise.resolve({ slug }) });
  const text = await response.text();
  return { response, status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as Record<string, any>) : null };
}

export type ClaimOptions = {
  status?: ClaimStatus;
  speakerId?: string;
  topicIds?: string[];
  rating?: string;
  kind?: ClaimKind;
  madeAt?: Date;
  publishedAt?: Date | null;
  text?: string;
};

// A claim with a verdict in any state. Unpublished ones keep an approval and a
// publication time too, so that only their status keeps them off the API.
export async function newsroom() {
  const [reporter, editor, scale] = await Promise.all([makeUser("REPORTER"), makeUser("EDITOR"), ensureScale()]);
  async function claim(options: ClaimOptions = {}) {
    const publishedAt = options.publishedAt === undefined ? new Date() : options.publishedAt;
    const kind = options.kind ?? "STATEMENT";
    return prisma.claim.create({
      data: {
        slug: unique("api-claim"),
        text: options.text ?? "The ministry said exports doubled last year.",
        madeAt: options.madeAt ?? new Date("2026-05-31T00:00:00Z"),
        kind,
        settleBy: kind === "STATEMENT" ? null : new Date("2026-12-31T00:00:00Z"),
        settleCriteria: kind === "STATEMENT" ? null : "Settled by the year-end trade figures.",
        status: options.status ?? "PUBLISHED",
        publishedAt,
        speakerId: options.speakerId ?? (await makeSpeaker()).id,
        createdById: reporter.id,
        topics: { create: (options.topicIds ?? []).map((topicId) => ({ topicId })) },
        verdict: {
          create: {
            ratingId: scale[options.rating ?? (kind === "STATEMENT" ? "false" : "pending")]!.id,
            summary: "The trade figures say otherwise.",
            reasoning: "Customs data shows a **4%** rise.",
            proposedById: reporter.id,
            approvedById: editor.id,
            approvedAt: publishedAt,
          },
        },
      },
    });
  }
  const topic = () => prisma.topic.create({ data: { slug: unique("api-topic"), name: unique("Trade") } });
  return { reporter: reporter as Actor, editor: editor as Actor, scale, claim, topic, speaker: makeSpeaker };
}
