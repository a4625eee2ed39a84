import { describe, expect, it } from "vitest";
import { type ClaimFacts, can, decide, needsSession, type Permission } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";

// The permission table of lib/auth/policy.ts, cell by cell. Each row is what a person in
// that role may do with no particular claim in view (the check at the door);
// the claim-level rules follow below.

const reporter: Actor = { id: "u-reporter", email: "r@test", name: "Rana", role: "REPORTER" };
const otherReporter: Actor = { id: "u-reporter-2", email: "r2@test", name: "Ravi", role: "REPORTER" };
const editor: Actor = { id: "u-editor", email: "e@test", name: "Eli", role: "EDITOR" };
const otherEditor: Actor = { id: "u-editor-2", email: "e2@test", name: "Emma", role: "EDITOR" };
const admin: Actor = { id: "u-admin", email: "a@test", name: "Ada", role: "ADMIN" };

type Row = { anonymous: boolean; reporter: boolean; editor: boolean; admin: boolean };

const TABLE: Record<Permission, Row> = {
  // see the desk and unpublished claims
  "desk.view": { anonymous: false, reporter: true, editor: true, admin: true },
  // log claims, add sources and evidence
  "claim.create": { anonymous: false, reporter: true, editor: true, admin: true },
  "source.create": { anonymous: false, reporter: true, editor: true, admin: true },
  "evidence.add": { anonymous: false, reporter: true, editor: true, admin: true },
  // edit a claim before publication: reporter "own or assigned" (decided per claim)
  "claim.edit": { anonymous: false, reporter: true, editor: true, admin: true },
  // add a place where the claim was repeated (decided per claim)
  "appearance.add": { anonymous: false, reporter: true, editor: true, admin: true },
  // propose a verdict: reporter "assigned" (decided per claim)
  "verdict.propose": { anonymous: false, reporter: true, editor: true, admin: true },
  // assign claims: reporter may only take an unassigned one
  "claim.take": { anonymous: false, reporter: true, editor: true, admin: true },
  "claim.assign": { anonymous: false, reporter: false, editor: true, admin: true },
  // approve and publish, correct, unpublish, archive, merge
  "verdict.publish": { anonymous: false, reporter: false, editor: true, admin: true },
  "verdict.send_back": { anonymous: false, reporter: false, editor: true, admin: true },
  // settling a due prediction: reporter "assigned" (decided per claim); approving: editors, not their own
  "verdict.settle": { anonymous: false, reporter: true, editor: true, admin: true },
  "settlement.approve": { anonymous: false, reporter: false, editor: true, admin: true },
  "claim.correct": { anonymous: false, reporter: false, editor: true, admin: true },
  "claim.unpublish": { anonymous: false, reporter: false, editor: true, admin: true },
  "claim.archive": { anonymous: false, reporter: false, editor: true, admin: true },
  "claim.merge": { anonymous: false, reporter: false, editor: true, admin: true },
  "speaker.merge": { anonymous: false, reporter: false, editor: true, admin: true },
  // manage users, roles, the verdict scale
  "users.manage": { anonymous: false, reporter: false, editor: false, admin: true },
  "scale.manage": { anonymous: false, reporter: false, editor: false, admin: true },
  "jobs.manage": { anonymous: false, reporter: false, editor: false, admin: true },
  // read the outbox (every email, with other people's links)
  "outbox.read": { anonymous: false, reporter: false, editor: false, admin: true },
  "outbox.send": { anonymous: false, reporter: false, editor: false, admin: true },
  // read the audit log
  "audit.read": { anonymous: false, reporter: false, editor: true, admin: true },
  // open to everyone: what is published, and Auth.js's own steps
  "public.read": { anonymous: true, reporter: true, editor: true, admin: true },
  "auth.session": { anonymous: true, reporter: true, editor: true, admin: true },
  // what an emailed link allows: accept an invitation, reset a password, confirm a new address
  "account.recover": { anonymous: true, reporter: true, editor: true, admin: true },
  // change one's own name, email, password, notice emails
  "account.self": { anonymous: false, reporter: true, editor: true, admin: true },
};

const WHO = { anonymous: null, reporter, editor, admin } as const;

describe("permission table at the door (no claim in view)", () => {
  const cells = Object.entries(TABLE).flatMap(([permission, row]) =>
    (Object.keys(row) as (keyof Row)[]).map((who) => ({ permission: permission as Permission, who, allowed: row[who] })),
  );

  it.each(cells)("$who → $permission: $allowed", ({ permission, who, allowed }) => {
    const decision = decide(WHO[who], permission);
    expect(decision.allowed).toBe(allowed);
    expect(can(WHO[who], permission)).toBe(allowed);
    if (!decision.allowed) expect(decision.reason).toMatch(/\w{3,}/); // a message a person can read
  });

  it("only the open permissions are decided without a session", () => {
    expect((Object.keys(TABLE) as Permission[]).filter((permission) => !needsSession(permission)).sort()).toEqual([
      "account.recover",
      "auth.session",
      "public.read",
    ]);
  });

  it("anonymous visitors are told to sign in", () => {
    const decision = decide(null, "desk.view");
    expect(decision).toEqual({ allowed: false, reason: expect.stringMatching(/sign in/i) });
  });
});

const OPEN: ClaimStatus[] = ["DRAFT", "RESEARCHING", "IN_REVIEW"];
const CLOSED: ClaimStatus[] = ["PUBLISHED", "ARCHIVED"];

const claim = (facts: Partial<ClaimFacts> = {}): ClaimFacts => ({
  status: "RESEARCHING",
  createdById: "someone-else",
  assigneeId: null,
  verdict: null,
  ...facts,
});

describe("claim.edit: reporters edit their own or assigned claims before publication", () => {
  it.each(OPEN)("a reporter edits a %s claim they logged", (status) => {
    expect(can(reporter, "claim.edit", claim({ status, createdById: reporter.id, assigneeId: otherReporter.id }))).toBe(true);
  });

  it.each(OPEN)("a reporter edits a %s claim assigned to them", (status) => {
    expect(can(reporter, "claim.edit", claim({ status, assigneeId: reporter.id }))).toBe(true);
  });

  it("a reporter cannot edit someone else's unassigned claim", () => {
    const decision = decide(reporter, "claim.edit", claim({ createdById: otherReporter.id, assigneeId: null }));
    expect(decision.allowed).toBe(false);
  });

  it("a reporter cannot edit a claim logged by and assigned to someone else", () => {
    expect(can(reporter, "claim.edit", claim({ createdById: otherReporter.id, assigneeId: otherReporter.id }))).toBe(false);
  });

  it.each(OPEN)("editors and admins edit any %s claim", (status) => {
    const facts = claim({ status, createdById: otherReporter.id, assigneeId: otherReporter.id });
    expect(can(editor, "claim.edit", facts)).toBe(true);
    expect(can(admin, "claim.edit", facts)).toBe(true);
  });

  it.each(CLOSED)("nobody edits a %s claim directly, not even its own reporter or an admin", (status) => {
    for (const actor of [reporter, editor, admin]) {
      const decision = decide(actor, "claim.edit", claim({ status, createdById: actor.id, assigneeId: actor.id }));
      expect(decision.allowed).toBe(false);
      if (!decision.allowed) expect(decision.reason).toMatch(/correction|update/i);
    }
  });

  it("anonymous visitors cannot edit any claim", () => {
    expect(can(null, "claim.edit", claim())).toBe(false);
  });
});

describe("appearance.add: any reporter while the claim is open, editors once it is published", () => {
  it.each(OPEN)("a reporter adds an appearance to someone else's %s claim", (status) => {
    expect(can(reporter, "appearance.add", claim({ status, createdById: otherReporter.id, assigneeId: otherReporter.id }))).toBe(true);
  });

  it("a reporter cannot add an appearance to a published claim, and is told to ask an editor", () => {
    const decision = decide(reporter, "appearance.add", claim({ status: "PUBLISHED", createdById: reporter.id, assigneeId: reporter.id }));
    expect(decision.allowed).toBe(false);
    if (!decision.allowed) expect(decision.reason).toMatch(/editor/i);
  });

  it("an editor adds an appearance to a published claim", () => {
    expect(can(editor, "appearance.add", claim({ status: "PUBLISHED" }))).toBe(true);
  });

  it("nobody adds an appearance to an archived claim", () => {
    for (const actor of [reporter, editor, admin]) expect(can(actor, "appearance.add", claim({ status: "ARCHIVED" }))).toBe(false);
  });
});

describe("verdict.propose: the assigned reporter, or an editor", () => {
  it.each(OPEN)("the assigned reporter proposes on a %s claim", (status) => {
    expect(can(reporter, "verdict.propose", claim({ status, assigneeId: reporter.id }))).toBe(true);
  });

  it("a reporter who logged the claim but is not assigned cannot propose", () => {
    expect(can(reporter, "verdict.propose", claim({ createdById: reporter.id, assigneeId: otherReporter.id }))).toBe(false);
    expect(can(reporter, "verdict.propose", claim({ createdById: reporter.id, assigneeId: null }))).toBe(false);
  });

  it("an unassigned reporter cannot propose", () => {
    expect(can(reporter, "verdict.propose", claim({ assigneeId: null }))).toBe(false);
  });

  it("editors and admins propose on any open claim", () => {
    expect(can(editor, "verdict.propose", claim({ assigneeId: otherReporter.id }))).toBe(true);
    expect(can(admin, "verdict.propose", claim({ assigneeId: null }))).toBe(true);
  });

  it.each(CLOSED)("no one proposes on a %s claim", (status) => {
    for (const actor of [reporter, editor, admin]) {
      expect(can(actor, "verdict.propose", claim({ status, assigneeId: actor.id }))).toBe(false);
    }
  });
});

describe("claim.take and claim.assign", () => {
  it("a reporter takes an unassigned open claim", () => {
    expect(can(reporter, "claim.take", claim({ assigneeId: null }))).toBe(true);
  });

  it("a reporter cannot take a claim someone else is on", () => {
    const decision = decide(reporter, "claim.take", claim({ assigneeId: otherReporter.id }));
    expect(decision.allowed).toBe(false);
    if (!decision.allowed) expect(decision.reason).toMatch(/editor/i);
  });

  it("an editor takes over a claim someone else is on", () => {
    expect(can(editor, "claim.take", claim({ assigneeId: otherReporter.id }))).toBe(true);
  });

  it("a reporter cannot take a claim in review, even an unassigned one", () => {
    const decision = decide(reporter, "claim.take", claim({ status: "IN_REVIEW", assigneeId: null }));
    expect(decision.allowed).toBe(false);
    if (!decision.allowed) expect(decision.reason).toMatch(/in review/i);
  });

  it.each(CLOSED)("nobody takes a %s claim", (status) => {
    expect(can(reporter, "claim.take", claim({ status }))).toBe(false);
    expect(can(editor, "claim.take", claim({ status }))).toBe(false);
  });

  it("only editors and admins assign, whatever the claim", () => {
    const unassigned = claim({ assigneeId: null, createdById: reporter.id });
    expect(can(reporter, "claim.assign", unassigned)).toBe(false);
    expect(can(editor, "claim.assign", unassigned)).toBe(true);
    expect(can(admin, "claim.assign", unassigned)).toBe(true);
  });
});

describe("verdict.publish: two-person rule", () => {
  const proposedBy = (id: string) => claim({ status: "IN_REVIEW", verdict: { proposedById: id } });

  it("an editor cannot publish their own proposal", () => {
    const decision = decide(editor, "verdict.publish", proposedBy(editor.id));
    expect(decision.allowed).toBe(false);
    if (!decision.allowed) expect(decision.reason).toMatch(/another editor/i);
  });

  it("an admin cannot publish their own proposal either", () => {
    expect(can(admin, "verdict.publish", proposedBy(admin.id))).toBe(false);
  });

  it("another editor, or an admin, publishes a reporter's or editor's proposal", () => {
    expect(can(editor, "verdict.publish", proposedBy(reporter.id))).toBe(true);
    expect(can(otherEditor, "verdict.publish", proposedBy(editor.id))).toBe(true);
    expect(can(admin, "verdict.publish", proposedBy(editor.id))).toBe(true);
  });

  it("a reporter never publishes, even a proposal by someone else on their own claim", () => {
    const facts = claim({ status: "IN_REVIEW", createdById: reporter.id, assigneeId: reporter.id, verdict: { proposedById: editor.id } });
    expect(can(reporter, "verdict.publish", facts)).toBe(false);
  });
});

describe("settling a due prediction: proposed by its researcher or an editor, approved by another editor", () => {
  const live = (facts: Partial<ClaimFacts> = {}) => claim({ status: "PUBLISHED", verdict: { proposedById: otherReporter.id }, ...facts });
  it("the assigned reporter and editors propose; another reporter does not; nothing unpublished is settled", () => {
    expect(can(reporter, "verdict.settle", live({ assigneeId: reporter.id }))).toBe(true);
    expect(can(editor, "verdict.settle", live())).toBe(true);
    expect(can(reporter, "verdict.settle", live({ assigneeId: otherReporter.id }))).toBe(false);
    expect(can(editor, "verdict.settle", claim({ status: "RESEARCHING" }))).toBe(false);
  });
  it("the editor who proposed a settlement cannot approve it", () => {
    const pending = live({ verdict: { proposedById: otherReporter.id, settlementProposedById: editor.id } });
    expect(decide(editor, "settlement.approve", pending)).toEqual({ allowed: false, reason: expect.stringMatching(/another editor/) });
    expect(can(otherEditor, "settlement.approve", pending)).toBe(true);
    expect(can(reporter, "settlement.approve", pending)).toBe(false);
  });
});

describe("correcting or unpublishing a verdict takes a second editor", () => {
  const published = (proposedById: string) => claim({ status: "PUBLISHED", verdict: { proposedById } });
  it.each(["claim.correct", "claim.unpublish"] as Permission[])("%s: refused to the editor who proposed the verdict, allowed to another", (permission) => {
    const decision = decide(editor, permission, published(editor.id));
    expect(decision.allowed).toBe(false);
    if (!decision.allowed) expect(decision.reason).toMatch(/another editor/);
    expect(can(otherEditor, permission, published(editor.id))).toBe(true);
    expect(can(admin, permission, published(admin.id))).toBe(false);
  });
});

describe("editor-only actions ignore who owns the claim", () => {
  const permissions: Permission[] = ["claim.correct", "claim.unpublish", "claim.archive", "claim.merge", "speaker.merge"];
  it.each(permissions)("%s: refused to the reporter who logged and is assigned to the claim", (permission) => {
    const own = claim({ status: "PUBLISHED", createdById: reporter.id, assigneeId: reporter.id });
    expect(can(reporter, permission, own)).toBe(false);
    expect(can(editor, permission, own)).toBe(true);
  });
});
