import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { AUDIT_PAGE_SIZE, auditLog, auditPeople } from "@/lib/history/audit";
import { auditFilterSchema, SYSTEM_ACTOR } from "@/lib/history/audit-schema";
import { pageRequest } from "@/lib/history/pages";
import { makeClaim, makeUser } from "../support/factories";

// The audit log: editors and admins read it, filtered by action, person,
// days and claim, a page of fifty at a time; nobody else gets a row.

const filters = (raw: Record<string, string>) => auditFilterSchema.parse(raw);

async function events(rows: { actorId: string | null; action: string; at: string; targetId?: string; targetType?: string }[]) {
  for (const row of rows) {
    await prisma.auditEvent.create({
      data: {
        actorId: row.actorId,
        action: row.action,
        createdAt: new Date(row.at),
        targetId: row.targetId ?? null,
        targetType: row.targetType ?? (row.targetId ? "Claim" : null),
      },
    });
  }
}

describe("reading the audit log", () => {
  it("filters by person and by action, newest first, naming the person and the claim", async () => {
    const editor = await makeUser("EDITOR");
    const person = await makeUser("REPORTER");
    const claim = await makeClaim(person);
    await events([
      { actorId: person.id, action: "auth.signin", at: "2026-03-01T09:00:00Z" },
      { actorId: person.id, action: "claim.assigned", at: "2026-03-01T10:00:00Z", targetId: claim.id },
      { actorId: person.id, action: "claim.updated", at: "2026-03-01T11:00:00Z", targetId: claim.id },
      { actorId: editor.id, action: "claim.assigned", at: "2026-03-01T12:00:00Z", targetId: claim.id },
    ]);
    const mine = await auditLog(editor, filters({ person: person.id }));
    expect(mine!.events.map((event) => event.action)).toEqual(["claim.updated", "claim.assigned", "auth.signin"]);
    expect(mine!.events[0]!.actor?.name).toBe(person.name);
    expect(mine!.names.claims[claim.id]).toBe(claim.text);

    const assigned = await auditLog(editor, filters({ person: person.id, action: "claim.assigned" }));
    expect(assigned!.events.map((event) => event.createdAt.toISOString())).toEqual(["2026-03-01T10:00:00.000Z"]);
  });

  it("filters by whole days, From and To both included", async () => {
    const admin = await makeUser("ADMIN");
    const person = await makeUser("EDITOR");
    await events([
      { actorId: person.id, action: "auth.signin", at: "2026-03-01T23:59:59Z" },
      { actorId: person.id, action: "auth.signin", at: "2026-03-02T00:00:00Z" },
      { actorId: person.id, action: "auth.signin", at: "2026-03-02T23:59:59Z" },
      { actorId: person.id, action: "auth.signin", at: "2026-03-03T00:00:00Z" },
    ]);
    const times = async (raw: Record<string, string>) =>
      (await auditLog(admin, filters({ person: person.id, ...raw })))!.events.map((event) => event.createdAt.toISOString().slice(0, 19));
    expect(await times({ from: "2026-03-02", to: "2026-03-02" })).toEqual(["2026-03-02T23:59:59", "2026-03-02T00:00:00"]);
    expect(await times({ from: "2026-03-02" })).toEqual(["2026-03-03T00:00:00", "2026-03-02T23:59:59", "2026-03-02T00:00:00"]);
    expect(await times({ to: "2026-03-01" })).toEqual(["2026-03-01T23:59:59"]);
  });

  it("filters by claim, by id or desk address, including events no one signed in caused", async () => {
    const editor = await makeUser("EDITOR");
    const person = await makeUser("REPORTER");
    const claim = await makeClaim(person);
    const other = await makeClaim(person);
    await events([
      { actorId: person.id, action: "claim.updated", at: "2026-04-01T10:00:00Z", targetId: claim.id },
      { actorId: editor.id, action: "claim.published", at: "2026-04-02T10:00:00Z", targetId: claim.id },
      { actorId: null, action: "claim.archived", at: "2001-01-01T00:00:00Z", targetId: claim.id },
      { actorId: person.id, action: "claim.updated", at: "2026-04-01T10:00:00Z", targetId: other.id },
      // Same id, not a claim: not this claim's event.
      { actorId: person.id, action: "user.role_changed", at: "2026-04-01T10:00:00Z", targetId: claim.id, targetType: "User" },
    ]);
    const byId = await auditLog(editor, filters({ claim: claim.id }));
    expect(byId!.events.map((event) => event.action)).toEqual(["claim.published", "claim.updated", "claim.archived"]);
    const byAddress = await auditLog(editor, filters({ claim: `http://localhost:3000/desk/claims/${claim.id}` }));
    expect(byAddress!.events.map((event) => event.id)).toEqual(byId!.events.map((event) => event.id));
    const system = await auditLog(editor, filters({ claim: claim.id, person: SYSTEM_ACTOR }));
    expect(system!.events.map((event) => event.action)).toEqual(["claim.archived"]);
    expect(system!.events[0]!.actor).toBeNull();
  });

  it("pages fifty at a time, forward and back, with no event missed or repeated", async () => {
    const editor = await makeUser("EDITOR");
    const person = await makeUser("REPORTER");
    const base = Date.UTC(2026, 4, 1);
    // 120 events, three to a timestamp, so the id has to break ties.
    await prisma.auditEvent.createMany({
      data: Array.from({ length: 120 }, (_, n) => ({ actorId: person.id, action: "auth.signin", createdAt: new Date(base + Math.floor(n / 3) * 60_000) })),
    });
    const only = filters({ person: person.id });
    const pages = [await auditLog(editor, only)];
    while (pages.at(-1)!.links.next) pages.push(await auditLog(editor, only, pageRequest(pages.at(-1)!.links.next!)));
    expect(pages.map((page) => page!.events.length)).toEqual([AUDIT_PAGE_SIZE, AUDIT_PAGE_SIZE, 20]);
    const walked = pages.flatMap((page) => page!.events);
    expect(new Set(walked.map((event) => event.id)).size).toBe(120);
    const stored = await prisma.auditEvent.findMany({ where: { actorId: person.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true } });
    expect(walked.map((event) => event.id)).toEqual(stored.map((event) => event.id));

    // And back again from the last page.
    const back = await auditLog(editor, only, pageRequest(pages[2]!.links.previous!));
    expect(back!.events.map((event) => event.id)).toEqual(pages[1]!.events.map((event) => event.id));
    const start = await auditLog(editor, only, pageRequest(back!.links.previous!));
    expect(start!.events.map((event) => event.id)).toEqual(pages[0]!.events.map((event) => event.id));
    expect(start!.links.previous).toBeNull();
  });

  it("gives a reporter, or someone not signed in, nothing at all", async () => {
    const reporter = await makeUser("REPORTER");
    await events([{ actorId: reporter.id, action: "auth.signin", at: "2026-03-01T09:00:00Z" }]);
    expect(await auditLog(reporter, filters({ person: reporter.id }))).toBeNull();
    expect(await auditLog(null, filters({}))).toBeNull();
    expect(await auditPeople(reporter)).toEqual([]);
    expect(await auditPeople(null)).toEqual([]);
  });

  it("lists everyone for the person filter to editors and admins", async () => {
    const editor = await makeUser("EDITOR");
    const person = await makeUser("REPORTER");
    const people = await auditPeople(editor);
    expect(people).toEqual(expect.arrayContaining([{ id: person.id, name: person.name }]));
  });
});
