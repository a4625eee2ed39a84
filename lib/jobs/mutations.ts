import "server-only";
import { decide } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db";
import { forbidden, notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/history/record";
import { appBoss, DEAD_LETTERS } from "./boss.ts";

// What an admin does on /desk/admin/jobs: run a job now, send a failed job
// back to its queue for another round of tries, or dismiss it. Each is
// checked against the policy here too and written to the audit log.

function allowed(actor: Actor | null): Actor {
  const decision = decide(actor, "jobs.manage");
  if (!decision.allowed || !actor) throw forbidden(decision.allowed ? "Sign in to do this." : decision.reason);
  return actor;
}

async function deadLetter(id: string) {
  const boss = await appBoss();
  const [letter] = await boss.findJobs(DEAD_LETTERS, { id, queued: true });
  if (!letter) throw notFound("That failed job");
  return { boss, letter };
}

export async function runJobNow(actor: Actor | null, input: { name: string }) {
  const admin = allowed(actor);
  const boss = await appBoss();
  const id = await boss.send(input.name, {});
  await prisma.$transaction((tx) => recordAudit(tx, { actorId: admin.id, action: "job.run", targetType: "Job", details: { job: input.name, jobId: id } }));
  return { name: input.name };
}

export async function retryFailedJob(actor: Actor | null, input: { id: string }) {
  const admin = allowed(actor);
  const { boss, letter } = await deadLetter(input.id);
  const moved = await boss.redrive(DEAD_LETTERS, { ids: [letter.id] });
  if (moved === 0) throw notFound("That failed job");
  await prisma.$transaction((tx) =>
    recordAudit(tx, { actorId: admin.id, action: "job.retried", targetType: "Job", details: { job: letter.sourceName, jobId: letter.sourceId } }),
  );
  return { name: letter.sourceName ?? "job" };
}

export async function dismissFailedJob(actor: Actor | null, input: { id: string }) {
  const admin = allowed(actor);
  const { boss, letter } = await deadLetter(input.id);
  await boss.deleteJob(DEAD_LETTERS, letter.id);
  await prisma.$transaction((tx) =>
    recordAudit(tx, { actorId: admin.id, action: "job.dismissed", targetType: "Job", details: { job: letter.sourceName, jobId: letter.sourceId } }),
  );
  return { name: letter.sourceName ?? "job" };
}
