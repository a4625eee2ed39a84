import { parse } from "csv-parse/sync";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db";
import { makeUser, unique } from "../support/factories";
import { claimFor, marker, speakerNamed } from "./queue-support";

// "Download as CSV" carries the queue's filters, and the file holds exactly
// the claims the queue shows under them, whatever the order or page.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({
  getActor: async () => session.actor,
  requireActor: async () => {
    throw new Error("pages are not under test here");
  },
}));

const { GET: exportQueue } = await import("@/app/(desk)/desk/claims/export/route");

beforeEach(() => {
  session.actor = null;
});

const slugsIn = async (query: string) => {
  const response = await exportQueue(new Request(`http://desk.test/desk/claims/export?${query}`));
  expect(response.status).toBe(200);
  return new Set((parse(await response.text()) as string[][]).slice(1).map((cells) => cells[0]));
};

describe("GET /desk/claims/export with the queue's filters", () => {
  it("writes the claims that match every filter, and only those", async () => {
    const reporter = await makeUser("REPORTER");
    session.actor = reporter;
    const speaker = await speakerNamed();
    const topic = await prisma.topic.create({ data: { name: unique("Topic"), slug: unique("topic") } });
    const word = marker();
    const hit = await claimFor(reporter, {
      speakerId: speaker.id,
      text: `Fuel prices will fall ${word}`,
      kind: "PREDICTION",
      settleBy: new Date("2027-01-01T00:00:00Z"),
      topicIds: [topic.id],
      assigneeId: reporter.id,
    });
    const otherKind = await claimFor(reporter, { speakerId: speaker.id, text: `Fuel prices fell ${word}`, topicIds: [topic.id], assigneeId: reporter.id });
    const otherTopic = await claimFor(reporter, {
      speakerId: speaker.id,
      text: `Fuel prices will fall ${word}`,
      kind: "PREDICTION",
      settleBy: new Date("2027-01-01T00:00:00Z"),
      assigneeId: reporter.id,
    });
    const archived = await claimFor(reporter, {
      speakerId: speaker.id,
      text: `Fuel prices will fall ${word}`,
      kind: "PREDICTION",
      settleBy: new Date("2027-01-01T00:00:00Z"),
      topicIds: [topic.id],
      assigneeId: reporter.id,
      status: "ARCHIVED",
    });

    expect(await slugsIn(`q=${word}&speaker=${speaker.slug}&topic=${topic.slug}&kind=PREDICTION&assignee=me&sort=speaker`)).toEqual(new Set([hit.slug]));
    expect(await slugsIn(`q=${word}`)).toEqual(new Set([hit.slug, otherKind.slug, otherTopic.slug]));
    expect(await slugsIn(`q=${word}&status=ARCHIVED&status=RESEARCHING`)).toEqual(new Set([hit.slug, otherKind.slug, otherTopic.slug, archived.slug]));
    // A value that means nothing is dropped, as the queue drops it.
    expect(await slugsIn(`q=${word}&kind=RUMOUR`)).toEqual(new Set([hit.slug, otherKind.slug, otherTopic.slug]));
  });

  it("an export bigger than one batch holds every claim once", async () => {
    const reporter = await makeUser("REPORTER");
    session.actor = reporter;
    const speaker = await speakerNamed();
    const made = [];
    for (let n = 0; n < 520; n += 1)
      made.push({ slug: unique("bulk"), text: `Bulk claim ${n}`, madeAt: new Date("2026-05-31T00:00:00Z"), speakerId: speaker.id, createdById: reporter.id });
    await prisma.claim.createMany({ data: made });
    const response = await exportQueue(new Request(`http://desk.test/desk/claims/export?speaker=${speaker.slug}`));
    const rows = (parse(await response.text()) as string[][]).slice(1).map((cells) => cells[0]);
    expect(rows).toHaveLength(520);
    expect(new Set(rows)).toEqual(new Set(made.map((claim) => claim.slug)));
  });
});
