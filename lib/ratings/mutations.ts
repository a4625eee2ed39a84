import "server-only";
import { decide } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { isUniqueClash } from "@/lib/database/unique-clash";
import { prisma, type Transaction } from "@/lib/db";
import { conflict, forbidden, invalid, notFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RatingScope } from "@/lib/generated/prisma/enums";
import { diff, type FieldChanges, recordAudit } from "@/lib/history/record";
import { SCALE_ORDER } from "@/lib/ratings/queries";
import type { EditRatingInput, MoveRatingInput, NewRatingInput, RatingRef } from "@/lib/ratings/schema";
import { firstFreeSlug, slugify } from "@/lib/slug";

// Changes to the verdict scale. Each asks the policy again (the door asked
// before, but these are also called from scripts and tests), runs in one
// transaction and writes its audit event there.

function authorize(actor: Actor) {
  const decision = decide(actor, "scale.manage");
  if (!decision.allowed) throw forbidden(decision.reason);
}

// Scale changes take turns: a move renumbers every position, and the slug and
// label checks read before they write. Two admins at once would otherwise
// leave two ratings at one position or two ratings with one label.
async function lockScale(tx: Transaction) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('onrecord:rating-scale'))`;
}

async function loadRating(tx: Transaction, ratingId: string) {
  const rating = await tx.rating.findUnique({ where: { id: ratingId } });
  if (!rating) throw notFound("That rating");
  return rating;
}

const orderedScale = (tx: Transaction) => tx.rating.findMany({ orderBy: [...SCALE_ORDER], select: { id: true, slug: true, label: true, position: true } });

// Positions stay 1, 2, 3… with no gaps or ties, whatever wrote them before
// (the first default scale left a gap between statements and forecasts).
async function renumber(tx: Transaction, scale: { id: string; position: number }[]) {
  for (const [index, rating] of scale.entries()) {
    if (rating.position !== index + 1) {
      await tx.rating.update({ where: { id: rating.id }, data: { position: index + 1 } });
      rating.position = index + 1;
    }
  }
}

// Two ratings in force on one scale under one label would be told apart by
// nobody: not the reporter choosing, not the reader.
async function sameLabelInForce(tx: Transaction, rating: { label: string; appliesTo: RatingScope; exceptId?: string }) {
  const overlapping: RatingScope[] = rating.appliesTo === "ALL" ? ["STATEMENT", "FORECAST", "ALL"] : [rating.appliesTo, "ALL"];
  return tx.rating.findFirst({
    where: {
      active: true,
      label: { equals: rating.label, mode: "insensitive" },
      appliesTo: { in: overlapping },
      ...(rating.exceptId ? { id: { not: rating.exceptId } } : {}),
    },
    select: { label: true },
  });
}

const labelTaken = (label: string) =>
  invalid("Some fields need attention before this can be saved.", {
    label: [`“${label}” is already a rating in force on this scale. Choose another label, or edit that rating.`],
  });

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

const inUse = (label: string, verdicts?: number) =>
  conflict(
    `“${label}” is used by ${verdicts ? plural(verdicts, "verdict") : "a verdict"}, so it cannot be deleted. Retire it instead: it will no longer be offered for new verdicts, and verdicts that use it keep it.`,
  );

export async function createRating(actor: Actor, input: NewRatingInput) {
  authorize(actor);
  try {
    return await prisma.$transaction(async (tx) => {
      await lockScale(tx);
      if (await sameLabelInForce(tx, input)) throw labelTaken(input.label);
      // The slug is fixed at creation, like a claim's: editing the label later
      // does not move anything that links to it.
      const base = slugify(input.label) || "rating";
      const taken = await tx.rating.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
      const slug = firstFreeSlug(
        base,
        taken.map((rating) => rating.slug),
      );
      const scale = await orderedScale(tx);
      await renumber(tx, scale);
      const rating = await tx.rating.create({ data: { ...input, slug, position: scale.length + 1 } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "rating.created",
        targetType: "Rating",
        targetId: rating.id,
        details: {
          slug,
          label: rating.label,
          description: rating.description,
          value: rating.value,
          colour: rating.colour,
          appliesTo: rating.appliesTo,
          position: rating.position,
        },
      });
      return rating;
    });
  } catch (error) {
    // Only a rating written outside the scale page, between our read and our
    // insert, could take the slug; the admin simply tries again.
    if (isUniqueClash(error)) throw conflict("Another rating was added with the same name at the same moment. Reload the page and try again.");
    throw error;
  }
}

export async function updateRating(actor: Actor, input: EditRatingInput): Promise<{ rating: { id: string; label: string }; changes: FieldChanges }> {
  authorize(actor);
  return prisma.$transaction(async (tx) => {
    await lockScale(tx);
    const before = await loadRating(tx, input.ratingId);
    const { ratingId, ...fields } = input;
    const changes = diff(before, fields);
    if (Object.keys(changes).length === 0) return { rating: before, changes };
    if (before.active && (changes.label || changes.appliesTo) && (await sameLabelInForce(tx, { ...fields, exceptId: ratingId }))) {
      throw labelTaken(fields.label);
    }
    const rating = await tx.rating.update({ where: { id: ratingId }, data: fields });
    await recordAudit(tx, { actorId: actor.id, action: "rating.updated", targetType: "Rating", targetId: ratingId, details: { slug: rating.slug, changes } });
    return { rating, changes };
  });
}

// Swaps the rating with its neighbour in the one order of the whole scale.
export async function moveRating(actor: Actor, input: MoveRatingInput) {
  authorize(actor);
  return prisma.$transaction(async (tx) => {
    await lockScale(tx);
    const scale = await orderedScale(tx);
    const from = scale.findIndex((rating) => rating.id === input.ratingId);
    if (from === -1) throw notFound("That rating");
    const rating = scale[from]!;
    const to = input.direction === "up" ? from - 1 : from + 1;
    if (to < 0) throw invalid(`“${rating.label}” is already first on the scale.`);
    if (to >= scale.length) throw invalid(`“${rating.label}” is already last on the scale.`);
    const neighbour = scale[to]!;
    scale[to] = rating;
    scale[from] = neighbour;
    await renumber(tx, scale);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "rating.reordered",
      targetType: "Rating",
      targetId: rating.id,
      details: { slug: rating.slug, direction: input.direction, from: from + 1, to: to + 1, swappedWith: neighbour.slug },
    });
    return {
      rating: { id: rating.id, label: rating.label },
      position: to + 1,
      of: scale.length,
      order: scale.map(({ id, slug, position }) => ({ id, slug, position })),
    };
  });
}

// Retired: no longer offered for new proposals and gone from the methodology
// page, but every verdict that uses it keeps it (and its colour and label).
export const retireRating = (actor: Actor, input: RatingRef) => setInForce(actor, input, false);
export const restoreRating = (actor: Actor, input: RatingRef) => setInForce(actor, input, true);

async function setInForce(actor: Actor, input: RatingRef, active: boolean) {
  authorize(actor);
  return prisma.$transaction(async (tx) => {
    await lockScale(tx);
    const rating = await loadRating(tx, input.ratingId);
    if (rating.active === active) return rating; // already so: nothing to record
    if (active && (await sameLabelInForce(tx, { ...rating, exceptId: rating.id }))) {
      throw conflict(`Another rating in force on this scale is already called “${rating.label}”. Rename or retire it first, then restore this one.`);
    }
    const updated = await tx.rating.update({ where: { id: rating.id }, data: { active } });
    const verdicts = await tx.verdict.count({ where: { ratingId: rating.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: active ? "rating.restored" : "rating.retired",
      targetType: "Rating",
      targetId: rating.id,
      details: { slug: rating.slug, label: rating.label, verdicts },
    });
    return updated;
  });
}

// Only a rating nothing refers to. Verdicts are checked here, inside the
// transaction, and the foreign key refuses again should one be written in the
// same instant. Claim history is checked too: a proposal revised to another
// rating leaves the old rating's id in a revision, and history is never
// rewritten, so that rating can be retired but not deleted.
export async function deleteRating(actor: Actor, input: RatingRef) {
  authorize(actor);
  let label = "This rating";
  try {
    return await prisma.$transaction(async (tx) => {
      await lockScale(tx);
      const rating = await loadRating(tx, input.ratingId);
      label = rating.label;
      const verdicts = await tx.verdict.count({ where: { ratingId: rating.id } });
      if (verdicts > 0) throw inUse(rating.label, verdicts);
      const [history] = await tx.$queryRaw<{ claims: number }[]>`
        SELECT count(DISTINCT "claimId")::int AS claims FROM "Revision"
        WHERE changes -> 'ratingId' ->> 'from' = ${rating.id} OR changes -> 'ratingId' ->> 'to' = ${rating.id}`;
      if (history && history.claims > 0) {
        throw conflict(
          `“${rating.label}” appears in the history of ${plural(history.claims, "claim")}, so it cannot be deleted. Retire it instead: it will no longer be offered for new verdicts.`,
        );
      }
      await tx.rating.delete({ where: { id: rating.id } });
      await renumber(tx, await orderedScale(tx));
      await recordAudit(tx, {
        actorId: actor.id,
        action: "rating.deleted",
        targetType: "Rating",
        targetId: rating.id,
        details: {
          slug: rating.slug,
          label: rating.label,
          description: rating.description,
          value: rating.value,
          colour: rating.colour,
          appliesTo: rating.appliesTo,
        },
      });
      return rating;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003") throw inUse(label);
    throw error;
  }
}
