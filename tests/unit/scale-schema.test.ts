import { describe, expect, it } from "vitest";
import { z } from "zod";
import { badgeContrast, contrastRatio, formatRatio, MIN_BADGE_CONTRAST, readableBehindBadgeText } from "@/lib/ratings/contrast";
import { DEFAULT_SCALE } from "@/lib/ratings/default-scale";
import { DESCRIPTION_MAX, editRatingSchema, LABEL_MAX, moveRatingSchema, newRatingSchema, ratingRefSchema } from "@/lib/ratings/schema";

// What an admin sees when a change to the scale is refused: the field, and why.
function fieldErrors(schema: z.ZodType, input: unknown): Record<string, string[]> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  return z.flattenError(result.error).fieldErrors as Record<string, string[]>;
}

// As the add form posts it: every value a string.
const valid = { label: "Half true", description: "Some of it is on the record.", value: "3", colour: "#1d4ed8", appliesTo: "STATEMENT" };

describe("colour contrast", () => {
  it("measures as WCAG does: black on white is 21:1, white on white 1:1", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBe(1);
    // Order does not matter.
    expect(contrastRatio("#ffffff", "#767676")).toBeCloseTo(contrastRatio("#767676", "#ffffff"), 10);
    // #767676 is the lightest grey that passes AA on white; #777777 just fails.
    expect(badgeContrast("#767676")).toBeGreaterThanOrEqual(MIN_BADGE_CONTRAST);
    expect(badgeContrast("#777777")).toBeLessThan(MIN_BADGE_CONTRAST);
  });

  it("every colour of the default scale keeps its badge readable", () => {
    for (const step of DEFAULT_SCALE) expect(readableBehindBadgeText(step.colour), step.slug).toBe(true);
  });

  it("never rounds a failing ratio up to the threshold", () => {
    expect(formatRatio(4.4999)).toBe("4.4:1");
    expect(formatRatio(21)).toBe("21.0:1");
  });
});

describe("rating form", () => {
  it("accepts a rating and reads the value as a number, the colour in lower case", () => {
    expect(newRatingSchema.parse({ ...valid, colour: " #1D4ED8 ", label: "  Half true " })).toEqual({
      label: "Half true",
      description: "Some of it is on the record.",
      value: 3,
      colour: "#1d4ed8",
      appliesTo: "STATEMENT",
    });
  });

  it("an empty value means not rated", () => {
    expect(newRatingSchema.parse({ ...valid, value: "" }).value).toBeNull();
  });

  it("refuses values outside 1 to 5, fractions and words", () => {
    for (const value of ["0", "6", "-1", "2.5", "three", "1e1"]) {
      expect(fieldErrors(newRatingSchema, { ...valid, value }).value, value).toEqual([expect.stringMatching(/1 \(worst\) to 5 \(best\)/)]);
    }
    for (const value of ["1", "5"]) expect(fieldErrors(newRatingSchema, { ...valid, value }), value).toEqual({});
  });

  it("wants a colour written as #rrggbb", () => {
    for (const colour of ["1d4ed8", "#1d4ed", "#1d4ed80", "blue", "#12345g", "rgb(0,0,0)", ""]) {
      expect(fieldErrors(newRatingSchema, { ...valid, colour }).colour, colour).toEqual([expect.stringMatching(/six hexadecimal digits/)]);
    }
  });

  it("refuses a colour too light for the badge's white text, and says so with the ratio", () => {
    const errors = fieldErrors(newRatingSchema, { ...valid, colour: "#facc15" });
    expect(errors.colour).toEqual([expect.stringMatching(/contrast of only 1\.\d:1.*at least 4\.5:1.*darker/)]);
    // Just either side of the line.
    expect(fieldErrors(newRatingSchema, { ...valid, colour: "#777777" }).colour).toHaveLength(1);
    expect(fieldErrors(newRatingSchema, { ...valid, colour: "#767676" })).toEqual({});
  });

  it("a label is required, trimmed, and at most the length a badge can carry", () => {
    expect(fieldErrors(newRatingSchema, { ...valid, label: "   " }).label).toEqual(["Give the rating a label."]);
    expect(fieldErrors(newRatingSchema, { ...valid, label: "x".repeat(LABEL_MAX) })).toEqual({});
    expect(fieldErrors(newRatingSchema, { ...valid, label: "x".repeat(LABEL_MAX + 1) }).label).toEqual([expect.stringMatching(/at most 40 characters/)]);
    expect(newRatingSchema.parse({ ...valid, label: ` ${"x".repeat(LABEL_MAX)}  ` }).label).toHaveLength(LABEL_MAX);
  });

  it("a description is required and kept short", () => {
    expect(fieldErrors(newRatingSchema, { ...valid, description: "" }).description).toEqual(["Say what the rating means."]);
    expect(fieldErrors(newRatingSchema, { ...valid, description: "y".repeat(DESCRIPTION_MAX + 1) }).description).toHaveLength(1);
  });

  it("applies to statements, forecasts or both, and nothing else", () => {
    for (const appliesTo of ["STATEMENT", "FORECAST", "ALL"]) expect(fieldErrors(newRatingSchema, { ...valid, appliesTo })).toEqual({});
    expect(fieldErrors(newRatingSchema, { ...valid, appliesTo: "PREDICTION" }).appliesTo).toHaveLength(1);
  });

  it("reports every problem at once", () => {
    expect(Object.keys(fieldErrors(newRatingSchema, { label: "", description: "", value: "9", colour: "#ffffff", appliesTo: "" })).sort()).toEqual([
      "appliesTo",
      "colour",
      "description",
      "label",
      "value",
    ]);
  });

  it("editing, moving, retiring and deleting name the rating", () => {
    expect(fieldErrors(editRatingSchema, valid).ratingId).toEqual(["No rating given."]);
    expect(editRatingSchema.parse({ ...valid, ratingId: " r1 " }).ratingId).toBe("r1");
    expect(fieldErrors(ratingRefSchema, { ratingId: "" }).ratingId).toEqual(["No rating given."]);
    expect(moveRatingSchema.parse({ ratingId: "r1", direction: "down" })).toEqual({ ratingId: "r1", direction: "down" });
    expect(fieldErrors(moveRatingSchema, { ratingId: "r1", direction: "sideways" }).direction).toHaveLength(1);
  });
});
