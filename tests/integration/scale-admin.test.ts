import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db";
import { createRating, deleteRating, moveRating, restoreRating, retireRating, updateRating } from "@/lib/ratings/mutations";
import { publishedScale, ratingsFor } from "@/lib/ratings/queries";
import { editRatingSchema, newRatingSchema } from "@/lib/ratings/schema";
import { proposeVerdict } from "@/lib/verdicts/mutations";
import { makeClaim, makeUser, unique } from "../support/factories";

// The verdict scale, as admins edit it. Every test here makes its own ratings
// and leaves the default ratings as they were (their positions are
// renumbered 1, 2, 3… in the same order, which is what the scale page keeps
// them as), so each test starts from the default scale plus what the tests
// before it added.

const rejectsWith = (promise: Promise<unknown>, code: string, message?: RegExp) =>
  expect(promise).rejects.toMatchObject({ name: "DomainError", code, ...(message ? { message: expect.stringMatching(message) } : {}) });

const ratingRow = (id: string) => prisma.rating.findUniqueOrThrow({ where: { id } });
const auditFor = (id: string) => prisma.auditEvent.findMany({ where: { targetType: "Rating", targetId: id }, orderBy: { createdAt: "asc" } });

// As the add form posts it.
const form = (overrides: Record<string, string> = {}) =>
  newRatingSchema.parse({
    label: unique("Scale test"),
    description: "Made by a scale test.",
    value: "3",
    colour: "#1d4ed8",
    appliesTo: "STATEMENT",
    ...overrides,
  });

const makeRating = (admin: Actor, overrides: Record<string, string> = {}) => createRating(admin, form(overrides));

async function ratingInUse(rating: { id: string }) {
  const reporter = await makeUser("REPORTER");
  const claim = await makeClaim(reporter);
  await proposeVerdict(reporter, { claimId: claim.id, version: claim.version, ratingId: rating.id, summary: "The record says otherwise.", reasoning: "" });
  return claim;
}

// Positions are dense when, read in order, they are exactly 1, 2, 3…
const dense = (positions: number[]) => positions.every((position, index) => position === index + 1);

describe("adding a rating", () => {
  it("puts it at the end of the scale, with a slug made from its label, and audits it", async () => {
    const admin = await makeUser("ADMIN");
    const label = unique("Half True");
    const rating = await createRating(admin, form({ label, value: "", appliesTo: "ALL" }));

    expect(rating).toMatchObject({ label, slug: label.toLowerCase().replace(" ", "-"), value: null, appliesTo: "ALL", active: true });
    expect(rating.position).toBe((await prisma.rating.aggregate({ _max: { position: true } }))._max.position);
    expect(await auditFor(rating.id)).toEqual([
      expect.objectContaining({
        action: "rating.created",
        actorId: admin.id,
        details: expect.objectContaining({ slug: rating.slug, label, appliesTo: "ALL" }),
      }),
    ]);
  });

  it("two ratings whose labels make the same slug, added at once, get different slugs and places", async () => {
    const admin = await makeUser("ADMIN");
    const label = unique("Clash");
    const [first, second] = await Promise.all([makeRating(admin, { label }), makeRating(admin, { label: `${label}!` })]);
    expect(new Set([first.slug, second.slug])).toEqual(new Set([label.toLowerCase(), `${label.toLowerCase()}-2`]));
    expect(first.position).not.toBe(second.position);
  });

  it("refuses a label already in force on the same scale, beside the label field", async () => {
    const admin = await makeUser("ADMIN");
    const existing = await makeRating(admin, { appliesTo: "FORECAST" });
    const before = await prisma.rating.count();

    await expect(makeRating(admin, { label: existing.label.toUpperCase(), appliesTo: "ALL" })).rejects.toMatchObject({
      code: "invalid",
      fieldErrors: { label: [expect.stringMatching(/already a rating in force/)] },
    });
    expect(await prisma.rating.count()).toBe(before);
    // On the other scale the same words are a different rating.
    await expect(makeRating(admin, { label: existing.label, appliesTo: "STATEMENT" })).resolves.toMatchObject({ label: existing.label });
  });
});

describe("editing a rating", () => {
  it("saves the new label, description, value, colour and scope, and audits only what changed", async () => {
    const admin = await makeUser("ADMIN");
    const rating = await makeRating(admin);
    const label = unique("Renamed");

    const { changes } = await updateRating(
      admin,
      editRatingSchema.parse({ ratingId: rating.id, label, description: rating.description, value: "1", colour: "#7C2D12", appliesTo: "ALL" }),
    );

    const expected = {
      label: { from: rating.label, to: label },
      value: { from: 3, to: 1 },
      colour: { from: "#1d4ed8", to: "#7c2d12" },
      appliesTo: { from: "STATEMENT", to: "ALL" },
    };
    expect(changes).toEqual(expected);
    expect(await ratingRow(rating.id)).toMatchObject({ label, value: 1, colour: "#7c2d12", appliesTo: "ALL", slug: rating.slug, position: rating.position });
    const events = await auditFor(rating.id);
    expect(events.map((event) => event.action)).toEqual(["rating.created", "rating.updated"]);
    expect(events[1]).toMatchObject({ actorId: admin.id, details: { slug: rating.slug, changes: expected } });
  });

  it("saving without a change writes no audit event", async () => {
    const admin = await makeUser("ADMIN");
    const rating = await makeRating(admin);
    const { changes } = await updateRating(admin, {
      ratingId: rating.id,
      label: rating.label,
      description: rating.description,
      value: 3,
      colour: rating.colour,
      appliesTo: "STATEMENT",
    });
    expect(changes).toEqual({});
    expect((await auditFor(rating.id)).map((event) => event.action)).toEqual(["rating.created"]);
  });

  it("a rating that is not there is not found", async () => {
    const admin = await makeUser("ADMIN");
    await rejectsWith(
      updateRating(admin, { ratingId: "no-such-rating", label: "X", description: "X", value: null, colour: "#1d4ed8", appliesTo: "ALL" }),
      "not_found",
    );
  });
});

describe("reordering the scale", () => {
  it("moves a rating past its neighbour, keeps positions 1, 2, 3… and the verdict form follows the new order", async () => {
    const admin = await makeUser("ADMIN");
    const first = await makeRating(admin);
    const second = await makeRating(admin);
    const position = async (id: string) => (await ratingRow(id)).position;
    const [firstAt, secondAt] = [await position(first.id), await position(second.id)];
    // Nothing else in this file's database adds a rating meanwhile: the second is right after the first.
    expect(secondAt).toBe(firstAt + 1);

    const moved = await moveRating(admin, { ratingId: second.id, direction: "up" });
    expect(moved.position).toBe(firstAt);
    expect(await position(second.id)).toBe(firstAt);
    expect(await position(first.id)).toBe(secondAt);
    expect(dense(moved.order.map((rating) => rating.position))).toBe(true);
    const offered = (await ratingsFor("STATEMENT")).map((rating) => rating.id);
    expect(offered.indexOf(second.id)).toBeLessThan(offered.indexOf(first.id));
    expect(offered.indexOf(second.id)).toBeGreaterThan(-1);
    const published = await publishedScale();
    expect(published.map((rating) => rating.position)).toEqual([...published.map((rating) => rating.position)].sort((a, b) => a - b));

    const events = await auditFor(second.id);
    expect(events.at(-1)).toMatchObject({ action: "rating.reordered", actorId: admin.id, details: expect.objectContaining({ direction: "up" }) });

    // And back down again.
    const back = await moveRating(admin, { ratingId: second.id, direction: "down" });
    expect(back.order.findIndex((rating) => rating.id === second.id)).toBe(back.order.findIndex((rating) => rating.id === first.id) + 1);
    expect(dense(back.order.map((rating) => rating.position))).toBe(true);
  });

  it("the last rating cannot move further down, and nothing changes", async () => {
    const admin = await makeUser("ADMIN");
    await makeRating(admin);
    const last = await prisma.rating.findFirstOrThrow({ orderBy: [{ position: "desc" }, { createdAt: "desc" }, { id: "desc" }] });
    const before = await ratingRow(last.id);
    await rejectsWith(moveRating(admin, { ratingId: last.id, direction: "down" }), "invalid", /already last/);
    expect(await ratingRow(last.id)).toEqual(before);
  });
});

describe("retiring and restoring", () => {
  it("a retired rating is no longer offered or published, but the verdict that uses it keeps it", async () => {
    const admin = await makeUser("ADMIN");
    const rating = await makeRating(admin);
    const claim = await ratingInUse(rating);
    expect((await ratingsFor("STATEMENT")).map((offered) => offered.id)).toContain(rating.id);

    await retireRating(admin, { ratingId: rating.id });

    expect(await ratingRow(rating.id)).toMatchObject({ active: false });
    expect((await ratingsFor("STATEMENT")).map((offered) => offered.id)).not.toContain(rating.id);
    expect((await publishedScale()).map((published) => published.id)).not.toContain(rating.id);
    const verdict = await prisma.verdict.findUniqueOrThrow({ where: { claimId: claim.id }, include: { rating: true } });
    expect(verdict.rating).toMatchObject({ id: rating.id, label: rating.label, colour: rating.colour });
    expect(await auditFor(rating.id)).toEqual([
      expect.objectContaining({ action: "rating.created" }),
      expect.objectContaining({ action: "rating.retired", actorId: admin.id, details: expect.objectContaining({ slug: rating.slug, verdicts: 1 }) }),
    ]);

    // Nor can a new proposal choose it.
    const reporter = await makeUser("REPORTER");
    const other = await makeClaim(reporter);
    await rejectsWith(
      proposeVerdict(reporter, { claimId: other.id, version: other.version, ratingId: rating.id, summary: "The record says otherwise.", reasoning: "" }),
      "invalid",
    );

    await restoreRating(admin, { ratingId: rating.id });
    expect((await ratingsFor("STATEMENT")).map((offered) => offered.id)).toContain(rating.id);
    expect((await auditFor(rating.id)).at(-1)).toMatchObject({ action: "rating.restored", actorId: admin.id });
  });

  it("restoring is refused while another rating in force has taken its label", async () => {
    const admin = await makeUser("ADMIN");
    const retired = await makeRating(admin);
    await retireRating(admin, { ratingId: retired.id });
    await makeRating(admin, { label: retired.label });
    await rejectsWith(restoreRating(admin, { ratingId: retired.id }), "conflict", /already called/);
    expect(await ratingRow(retired.id)).toMatchObject({ active: false });
  });
});

describe("deleting", () => {
  it("a rating in use is refused with a message saying to retire it, and nothing changes", async () => {
    const admin = await makeUser("ADMIN");
    const rating = await makeRating(admin);
    await ratingInUse(rating);
    const before = await ratingRow(rating.id);

    await rejectsWith(deleteRating(admin, { ratingId: rating.id }), "conflict", /used by 1 verdict, so it cannot be deleted\. Retire it instead/);

    expect(await ratingRow(rating.id)).toEqual(before);
    expect((await auditFor(rating.id)).map((event) => event.action)).toEqual(["rating.created"]);
  });

  it("a rating that only the history of a claim mentions is refused too", async () => {
    const admin = await makeUser("ADMIN");
    const rating = await makeRating(admin);
    const replacement = await makeRating(admin);
    const claim = await ratingInUse(rating);
    // The proposal moves to another rating; the first stays in the revision.
    const reporter = await prisma.user.findUniqueOrThrow({ where: { id: claim.createdById } });
    const current = await prisma.claim.findUniqueOrThrow({ where: { id: claim.id } });
    await proposeVerdict(reporter, {
      claimId: claim.id,
      version: current.version,
      ratingId: replacement.id,
      summary: "The record says otherwise.",
      reasoning: "",
    });

    await rejectsWith(deleteRating(admin, { ratingId: rating.id }), "conflict", /history of 1 claim/);
    expect(await ratingRow(rating.id)).toBeTruthy();
  });

  it("an unused rating is deleted, the scale closes up, and the deletion is audited with what it was", async () => {
    const admin = await makeUser("ADMIN");
    const rating = await makeRating(admin);
    const after = await makeRating(admin);

    await deleteRating(admin, { ratingId: rating.id });

    expect(await prisma.rating.findUnique({ where: { id: rating.id } })).toBeNull();
    expect((await ratingRow(after.id)).position).toBeLessThan(after.position);
    expect(await auditFor(rating.id)).toEqual([
      expect.objectContaining({ action: "rating.created" }),
      expect.objectContaining({
        action: "rating.deleted",
        actorId: admin.id,
        details: expect.objectContaining({ slug: rating.slug, label: rating.label, colour: rating.colour }),
      }),
    ]);
    await rejectsWith(deleteRating(admin, { ratingId: rating.id }), "not_found");
  });
});

describe("only admins manage the scale", () => {
  for (const role of ["EDITOR", "REPORTER"] as const) {
    it(`${role === "EDITOR" ? "an editor" : "a reporter"} is refused every change, and nothing is written`, async () => {
      const admin = await makeUser("ADMIN");
      const person = await makeUser(role);
      const rating = await makeRating(admin);
      const retired = await makeRating(admin);
      await retireRating(admin, { ratingId: retired.id });
      const before = await prisma.rating.findMany({ where: { id: { in: [rating.id, retired.id] } }, orderBy: { id: "asc" } });
      const refusedLabel = unique("Refused");

      const attempts: [string, () => Promise<unknown>][] = [
        ["create", () => createRating(person, form({ label: refusedLabel }))],
        ["update", () => updateRating(person, { ratingId: rating.id, label: "Hijacked", description: "x", value: 1, colour: "#000000", appliesTo: "ALL" })],
        ["move up", () => moveRating(person, { ratingId: rating.id, direction: "up" })],
        ["move down", () => moveRating(person, { ratingId: rating.id, direction: "down" })],
        ["retire", () => retireRating(person, { ratingId: rating.id })],
        ["restore", () => restoreRating(person, { ratingId: retired.id })],
        ["delete", () => deleteRating(person, { ratingId: rating.id })],
      ];
      for (const [name, attempt] of attempts) {
        await expect(attempt(), name).rejects.toMatchObject({ name: "DomainError", code: "forbidden", message: "Only admins can do this." });
      }
      expect(await prisma.rating.count({ where: { label: refusedLabel } })).toBe(0);

      expect(await prisma.rating.findMany({ where: { id: { in: [rating.id, retired.id] } }, orderBy: { id: "asc" } })).toEqual(before);
      expect(await prisma.auditEvent.count({ where: { actorId: person.id } })).toBe(0);
    });
  }
});
