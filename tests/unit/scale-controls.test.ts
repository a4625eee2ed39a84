import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";

// The scale page's controls, as a screen reader (and Playwright) names them:
// every button says which rating it acts on, and a rating in use offers no
// delete. The server actions are not called here.
vi.mock("@/lib/ratings/actions", () => {
  const action = async () => ({ status: "idle" });
  return {
    saveRating: action,
    addRating: action,
    moveRatingOnScale: action,
    retireRatingFromScale: action,
    restoreRatingToScale: action,
    deleteRatingFromScale: action,
  };
});

const { RatingControls } = await import("@/components/scale/rating-controls");
const { EditRatingForm } = await import("@/components/scale/edit-rating-form");

// Each button's accessible name: its text, visually hidden parts included.
const buttons = (html: string) =>
  [...html.matchAll(/<button([^>]*)>(.*?)<\/button>/g)].map(([, attributes, inner]) => ({
    name: inner!
      .replace(/<[^>]+>/g, "")
      .replace(/\s+/g, " ")
      .trim(),
    unavailable: /aria-disabled="true"/.test(attributes!),
  }));

const controls = (rating: { active: boolean; verdictCount: number }, place: { first: boolean; last: boolean }) =>
  buttons(renderToStaticMarkup(createElement(RatingControls, { rating: { id: "r1", label: "Mostly accurate", ...rating }, position: 2, ...place })));

describe("scale controls", () => {
  it("name the rating on every button, and offer delete only while it is unused", () => {
    expect(controls({ active: true, verdictCount: 0 }, { first: false, last: false })).toEqual([
      { name: "Move Mostly accurate up", unavailable: false },
      { name: "Move Mostly accurate down", unavailable: false },
      { name: "Retire Mostly accurate", unavailable: false },
      { name: "Delete Mostly accurate", unavailable: false },
    ]);
    expect(controls({ active: false, verdictCount: 3 }, { first: false, last: false }).map((button) => button.name)).toEqual([
      "Move Mostly accurate up",
      "Move Mostly accurate down",
      "Restore Mostly accurate",
    ]);
  });

  it("at the ends of the scale the move that cannot happen is marked unavailable but stays focusable", () => {
    const [up, down] = controls({ active: true, verdictCount: 0 }, { first: true, last: true });
    expect(up).toEqual({ name: "Move Mostly accurate up", unavailable: true });
    expect(down).toEqual({ name: "Move Mostly accurate down", unavailable: true });
  });

  it("the edit form is named for its rating, labels every field and saves under the rating's name", () => {
    const html = renderToStaticMarkup(
      createElement(EditRatingForm, {
        rating: { id: "r1", label: "False", description: "The record contradicts it.", value: 1, colour: "#b91c1c", appliesTo: "STATEMENT" },
      }),
    );
    expect(html).toContain('aria-label="Edit False"');
    expect(buttons(html)).toEqual([{ name: "Save False", unavailable: false }]);
    for (const field of ["label", "description", "value", "colour", "appliesTo"]) {
      expect(html, field).toMatch(new RegExp(`<label for="rating-r1-${field}"`));
      expect(html, field).toMatch(new RegExp(`id="rating-r1-${field}"[^>]*name="${field}"|name="${field}"[^>]*id="rating-r1-${field}"`));
    }
    expect(html).toContain('aria-label="Pick on a palette"');
  });
});
