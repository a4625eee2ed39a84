import { z } from "zod";
import { claimListShape, ratingShape, speakerRefShape } from "@/lib/api/claim-schema";
import { oneOf, pageOf } from "@/lib/api/envelope-schema";
import { named } from "@/lib/api/registry";

// A speaker is public only through their published claims: one with none is
// not listed, and its address answers 404 like a speaker that does not exist.

export const speakerSummaryShape = named(
  "SpeakerSummary",
  speakerRefShape
    .extend({
      publishedClaims: z.int().positive().describe("How many of their claims have a published verdict."),
    })
    .describe("A speaker with at least one published verdict."),
);

export const ratingCountShape = named("RatingCount", z.object({ rating: ratingShape, count: z.int().positive() }));

export const speakerDetailShape = named(
  "SpeakerDetail",
  speakerSummaryShape
    .extend({
      description: z.string().nullable(),
      wikidataId: z.string().nullable().describe('Wikidata item, e.g. "Q42", where the newsroom recorded one.'),
      links: z.array(z.url()),
      ratingCounts: z
        .array(ratingCountShape)
        .describe("The track record: published verdicts per rating, in the order of the scale; ratings with none are left out."),
      // Not described here: a description would copy the shape and inline it
      // where the document should point at ClaimList.
      claims: claimListShape,
      claimsUrl: z.url().describe("All their published claims: /claims filtered by this speaker."),
    })
    .describe("A speaker, their track record and their newest published claims (`claims`, a first page; follow its `nextUrl` for more)."),
);

export const speakerListShape = pageOf("SpeakerList", speakerSummaryShape);
export const speakerResponseShape = oneOf("SpeakerResponse", speakerDetailShape);

export type SpeakerSummaryJson = z.output<typeof speakerSummaryShape>;
export type SpeakerDetailJson = z.output<typeof speakerDetailShape>;
