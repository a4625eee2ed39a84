import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db";
import type { ClaimStatus, Role } from "@/lib/generated/prisma/enums";
import { DEFAULT_SCALE } from "@/lib/ratings/default-scale";
import { proposeVerdict } from "@/lib/verdicts/mutations";
import { verdictSchema } from "@/lib/verdicts/schema";

// Each test makes its own people and records, with unique names, so the tests
// of one file, which share that file's database, do not trip over each other.

export const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString("hex")}`;

export async function makeUser(role: Role, options: { password?: string; disabled?: boolean } = {}): Promise<Actor & { password: string }> {
  const password = options.password ?? "correct horse battery staple";
  const email = `${unique(role.toLowerCase())}@test.onrecord`;
  const user = await prisma.user.create({
    data: {
      email,
      name: unique(role.charAt(0) + role.slice(1).toLowerCase()),
      role,
      passwordHash: await hashPassword(password),
      disabledAt: options.disabled ? new Date() : null,
    },
  });
  return { id: user.id, email: user.email, name: user.name, role: user.role, password };
}

export async function ensureScale() {
  for (const step of DEFAULT_SCALE) {
    await prisma.rating.upsert({ where: { slug: step.slug }, create: step, update: {} });
  }
  return Object.fromEntries((await prisma.rating.findMany()).map((rating) => [rating.slug, rating]));
}

export async function makeSpeaker() {
  const name = unique("Speaker");
  return prisma.speaker.create({ data: { name, slug: name.toLowerCase() } });
}

export async function makeClaim(
  createdBy: Actor,
  options: { status?: ClaimStatus; assigneeId?: string | null; kind?: "STATEMENT" | "PREDICTION" | "PROMISE" } = {},
) {
  const speaker = await makeSpeaker();
  return prisma.claim.create({
    data: {
      slug: unique("claim"),
      text: "The minister said the border has been closed since March.",
      madeAt: new Date("2026-05-31T12:00:00Z"),
      kind: options.kind ?? "STATEMENT",
      settleBy: options.kind && options.kind !== "STATEMENT" ? new Date("2026-12-31T00:00:00Z") : null,
      status: options.status ?? "RESEARCHING",
      speakerId: speaker.id,
      createdById: createdBy.id,
      assigneeId: options.assigneeId === undefined ? createdBy.id : options.assigneeId,
    },
  });
}

// A reporter's claim, researched and proposed by the reporter ("False"): in
// review, waiting for an editor. The claim is as it stands after the proposal.
export async function claimInReview(summary = "No record we found corroborates it.") {
  const scale = await ensureScale();
  const reporter = await makeUser("REPORTER");
  const claim = await makeClaim(reporter, { assigneeId: reporter.id });
  await proposeVerdict(reporter, verdictSchema.parse({ claimId: claim.id, version: String(claim.version), ratingId: scale.false!.id, summary }));
  return { reporter, claim: await prisma.claim.findUniqueOrThrow({ where: { id: claim.id } }) };
}
