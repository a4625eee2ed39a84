import { describe, expect, it } from "vitest";
import { describeDetails, peopleInDetails } from "@/lib/history/audit-labels";
import { auditFilterSchema, auditHref, auditWhere, SYSTEM_ACTOR } from "@/lib/history/audit-schema";
import { decodeCursor, encodeCursor, keyset, pageOf, pageRequest } from "@/lib/history/pages";

// Paging by cursor and reading the audit log's filters from the URL.

const row = (n: number) => ({ createdAt: new Date(Date.UTC(2026, 5, 1, 0, 0, n)), id: `id${String(n).padStart(3, "0")}` });

describe("cursors", () => {
  it("round-trip through the URL and refuse anything else", () => {
    const cursor = row(7);
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    for (const bad of ["", "abc", "12.", ".id", "12.id;drop", ["12.id"], undefined]) expect(decodeCursor(bad)).toBeUndefined();
  });

  it("read ?after= as older rows and ?before= as newer ones", () => {
    expect(pageRequest({ after: encodeCursor(row(3)) })).toEqual({ older: row(3) });
    expect(pageRequest({ before: encodeCursor(row(3)) })).toEqual({ newer: row(3) });
    expect(pageRequest({ after: "nonsense" })).toEqual({});
  });

  it("ask the database for one more row than a page, in the right order", () => {
    expect(keyset({}, 50)).toMatchObject({ where: {}, take: 51, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
    expect(keyset({ newer: row(1) }, 50).orderBy).toEqual([{ createdAt: "asc" }, { id: "asc" }]);
  });

  it("page through rows newest first, forward and back, without gaps or repeats", () => {
    const all = Array.from({ length: 7 }, (_, n) => row(n)).reverse(); // newest first
    const size = 3;
    const fetch = (request: ReturnType<typeof pageRequest>) => {
      const older = request.older;
      const newer = request.newer;
      const key = (r: { createdAt: Date; id: string }) => `${r.createdAt.getTime()}.${r.id}`;
      const rows = newer ? [...all].reverse().filter((r) => key(r) > key(newer)) : all.filter((r) => !older || key(r) < key(older));
      return pageOf(rows.slice(0, size + 1), request, size);
    };
    const first = fetch({});
    expect(first.links.previous).toBeNull();
    const second = fetch(pageRequest(first.links.next!));
    const third = fetch(pageRequest(second.links.next!));
    expect(third.links.next).toBeNull();
    expect([...first.rows, ...second.rows, ...third.rows]).toEqual(all);
    const backToSecond = fetch(pageRequest(third.links.previous!));
    expect(backToSecond.rows).toEqual(second.rows);
    const backToFirst = fetch(pageRequest(backToSecond.links.previous!));
    expect(backToFirst.rows).toEqual(first.rows);
    expect(backToFirst.links.previous).toBeNull();
  });
});

describe("audit filters", () => {
  it("drops blank and unreadable filters instead of failing the page", () => {
    expect(auditFilterSchema.parse({ action: "", person: "", from: "2026-13-45", to: "yesterday", claim: "<script>" })).toEqual({
      action: undefined,
      person: undefined,
      from: undefined,
      to: undefined,
      claim: undefined,
    });
  });

  it("takes a claim's id or its pasted desk address", () => {
    expect(auditFilterSchema.parse({ claim: "cm123abc" }).claim).toBe("cm123abc");
    expect(auditFilterSchema.parse({ claim: "https://desk.example/desk/claims/cm123abc?x=1" }).claim).toBe("cm123abc");
  });

  it("makes whole UTC days of From and To, both included", () => {
    const where = auditWhere(auditFilterSchema.parse({ from: "2026-06-01", to: "2026-06-01", action: "auth.signin", person: SYSTEM_ACTOR, claim: "c1" }));
    expect(where).toEqual({
      action: "auth.signin",
      actorId: null,
      createdAt: { gte: new Date("2026-06-01T00:00:00Z"), lt: new Date("2026-06-02T00:00:00Z") },
      targetType: "Claim",
      targetId: "c1",
    });
  });

  it("keeps the filters in the page links", () => {
    expect(auditHref({ action: "claim.assigned", person: "u1" }, { after: "1.x" })).toBe("/desk/audit?action=claim.assigned&person=u1&after=1.x");
    expect(auditHref({})).toBe("/desk/audit");
  });
});

describe("audit details", () => {
  it("read as short key: value text, with roles, fields and people named", () => {
    expect(describeDetails({ from: "REPORTER", to: "EDITOR" })).toBe("From: Reporter · To: Editor");
    expect(describeDetails({ fields: ["text", "madeAt"] })).toBe("Fields: The claim, When it was said");
    const assignee = "clx0000000000000000000001";
    expect(peopleInDetails([{ assigneeId: assignee, count: 3 }, null])).toEqual([assignee]);
    expect(describeDetails({ assigneeId: assignee }, { [assignee]: "Dana Editor" })).toBe("Assigned to: Dana Editor");
    expect(describeDetails({ email: "someone@example.org", disabled: false })).toBe("Email: someone@example.org · Disabled: no");
    expect(describeDetails({ changes: { label: { from: "False", to: "Wrong" } } })).toBe("Changes: Label: False → Wrong");
    expect(describeDetails({ fileName: "x".repeat(200) }).length).toBeLessThan(100);
    expect(describeDetails(null)).toBe("");
  });
});
