import { z } from "zod";
import { oneOf, pageOf } from "@/lib/api/envelope-schema";
import { named } from "@/lib/api/registry";

// The JSON a reader of the API gets for a claim. Field names are camelCase and
// stable for the life of /api/v1: fields may be added, never renamed or
// removed. Enumerated values are lowercase words. Every date-time is UTC
// ("2026-05-31T12:00:00.000Z"); days are "YYYY-MM-DD".

export const API_CLAIM_KINDS = ["statement", "prediction", "promise"] as const;
export const API_STANCES = ["supports", "contradicts", "context"] as const;
export const API_SOURCE_TYPES = [
  "wire_report",
  "official_statement",
  "document",
  "news_article",
  "social_post",
  "market_odds",
  "dataset",
  "interview",
  "other",
] as const;
export const API_CORRECTION_KINDS = ["correction", "update", "clarification"] as const;

export const instant = z.iso.datetime();
export const day = z.iso.date();
const webAddress = z.url();
const slug = z.string().min(1);
const count = z.int().nonnegative();

export const ratingShape = named(
  "Rating",
  z
    .object({
      slug: slug.describe("Stable name of the rating, usable as the `rating` filter."),
      label: z.string().describe('The rating as readers see it, e.g. "Misleading".'),
      value: z.int().min(1).max(5).nullable().describe('ClaimReview ratingValue, 1 (worst) to 5 (best); null for "Pending".'),
      colour: z
        .string()
        .regex(/^#[0-9a-fA-F]{6}$/)
        .describe("The badge colour, #rrggbb."),
    })
    .describe("One step of the newsroom's verdict scale, as published on its methodology page."),
);

export const topicShape = named(
  "Topic",
  z.object({
    slug,
    name: z.string(),
    url: webAddress.describe("The topic's page on the site."),
  }),
);

export const speakerRefShape = named(
  "SpeakerRef",
  z
    .object({
      slug: slug.describe("Stable name of the speaker, usable as the `speaker` filter and in /speakers/{slug}."),
      name: z.string(),
      title: z.string().nullable().describe('Role or title, e.g. "Foreign minister".'),
      affiliation: z.string().nullable(),
      url: webAddress.describe("The speaker's page on the site."),
    })
    .describe("Who made the claim."),
);

export const verdictSummaryShape = named(
  "VerdictSummary",
  z.object({
    rating: ratingShape,
    summary: z.string().describe("The verdict in one line."),
  }),
);

export const verdictShape = named(
  "Verdict",
  verdictSummaryShape.extend({
    reasoning: z.string().describe("Why, as Markdown source. Render it with a Markdown renderer that sanitises HTML."),
    publishedAt: instant.describe("When the verdict was published."),
  }),
);

export const claimSummaryShape = named(
  "ClaimSummary",
  z
    .object({
      slug: slug.describe("Stable name of the claim, used in /claims/{slug}."),
      url: webAddress.describe("The verdict page on the site."),
      text: z.string().describe("The claim in one short sentence: what was checked."),
      quote: z.string().nullable().describe("The speaker's words, verbatim, where there are any."),
      kind: z.enum(API_CLAIM_KINDS).describe("Predictions and promises can only be settled later, by `settleBy`."),
      saidOn: day.describe("The day the claim was made, on the speaker's clock."),
      saidAt: instant.nullable().describe("The moment it was made, when the time of day is known; null when only the day is."),
      timeZone: z.string().nullable().describe("IANA zone the time of day was given in, when it is known."),
      venue: z.string().nullable().describe("Where it was made: press conference, interview, post…"),
      speaker: speakerRefShape,
      topics: z.array(topicShape),
      verdict: verdictSummaryShape,
      publishedAt: instant.describe("When the verdict was published; lists are newest first by this."),
      settleBy: day.nullable().describe("For predictions and promises: the day by which it can be checked."),
    })
    .describe("A published claim and its verdict, as lists show it."),
);

const archiveShape = z
  .object({
    fetchedAt: instant,
    httpStatus: z.int().nullable(),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .nullable()
      .describe("SHA-256 of the bytes received, hex; null when the fetch failed."),
  })
  .describe("The newest archive snapshot the newsroom took of the source.");

const marketShape = z
  .object({
    name: z.string().nullable(),
    outcome: z.string().nullable(),
    probability: z.number().min(0).max(1).nullable().describe("Implied probability, 0 to 1."),
    observedAt: instant.nullable(),
  })
  .describe("For market odds: what the market priced, and when it was seen.");

export const sourceShape = named(
  "Source",
  z
    .object({
      type: z.enum(API_SOURCE_TYPES),
      title: z.string(),
      publisher: z.string().nullable().describe("Outlet or publisher."),
      url: webAddress.nullable(),
      publishedAt: instant.nullable(),
      market: marketShape.nullable(),
      archive: archiveShape.nullable(),
    })
    .describe("An item of the record."),
);

export const recordItemShape = named(
  "RecordItem",
  z
    .object({
      stance: z.enum(API_STANCES).describe("Whether the source supports or contradicts the claim, or gives context."),
      passage: z.string().nullable().describe("The exact passage of the source relied on."),
      note: z.string().nullable(),
      source: sourceShape,
    })
    .describe("One source laid beside the claim, with its stance."),
);

export const appearanceShape = named(
  "Appearance",
  z
    .object({
      url: webAddress,
      title: z.string().nullable(),
      venue: z.string().nullable(),
      seenAt: instant,
      isFirst: z.boolean().describe("True for the first known place the claim was made."),
    })
    .describe("A place where the claim was made or repeated."),
);

export const correctionShape = named(
  "Correction",
  z
    .object({
      kind: z.enum(API_CORRECTION_KINDS),
      note: z.string().describe("The public note, as published."),
      publishedAt: instant,
    })
    .describe("A correction, update or clarification published on the verdict."),
);

export const claimDetailShape = named(
  "ClaimDetail",
  claimSummaryShape
    .extend({
      context: z.string().nullable(),
      settleCriteria: z.string().nullable().describe("For predictions and promises: what would settle it."),
      verdict: verdictShape,
      appearances: z.array(appearanceShape).describe("The first appearance first."),
      record: z.array(recordItemShape).describe("What the record shows, in the order it was laid out."),
      independentSources: z
        .object({ supports: count, contradicts: count, context: count })
        .describe("Independent sources on each side: a repost or syndicated copy counts once, with its original."),
      corrections: z.array(correctionShape).describe("Newest first."),
    })
    .describe("A published claim with its full verdict and the record behind it."),
);

export const claimListShape = pageOf("ClaimList", claimSummaryShape);
export const claimResponseShape = oneOf("ClaimResponse", claimDetailShape);

export type ClaimSummaryJson = z.output<typeof claimSummaryShape>;
export type ClaimDetailJson = z.output<typeof claimDetailShape>;
export type RatingJson = z.output<typeof ratingShape>;
export type ClaimListJson = z.output<typeof claimListShape>;
