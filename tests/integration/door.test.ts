import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { DATABASE_NOT_ANSWERING, throughTheDoor } from "@/lib/auth/door";
import type { Actor } from "@/lib/auth/roles";
import { createPrismaClient, prisma } from "@/lib/db";
import { conflict, forbidden, invalid, notFound } from "@/lib/errors";
import { proposeVerdict, publishVerdict } from "@/lib/verdicts/mutations";
import { publishSchema, verdictSchema } from "@/lib/verdicts/schema";
import { ensureScale, makeClaim, makeUser } from "../support/factories";

// The one door every server action and route handler goes through. The
// session comes from next-auth, which only runs inside Next; each test passes
// the actor loader the door would otherwise use.
vi.mock("@/lib/auth/session", () => ({
  getActor: async () => {
    throw new Error("tests pass their own actor loader");
  },
}));

afterEach(() => vi.restoreAllMocks());

// Loads the actor from the database, as the session helper does.
const signedInAs = (actor: Actor | null) => async () =>
  actor ? prisma.user.findUnique({ where: { id: actor.id }, select: { id: true, email: true, name: true, role: true } }) : null;

const schema = z.object({ title: z.string().min(3, { error: "Give it a title." }), password: z.string().optional() });

describe("throughTheDoor", () => {
  it("bad input comes back as field errors, and neither the session nor the action runs", async () => {
    const run = vi.fn();
    const loader = vi.fn(async () => null);
    const outcome = await throughTheDoor({ schema, permission: "claim.create", run }, { title: "x", password: "hunter2-secret", extra: "kept" }, loader);
    expect(outcome).toEqual({
      status: "invalid",
      message: expect.stringMatching(/need attention/),
      fieldErrors: { title: ["Give it a title."] },
      // What was typed comes back so the form keeps it, except passwords.
      values: { title: "x", extra: "kept" },
    });
    expect(run).not.toHaveBeenCalled();
    expect(loader).not.toHaveBeenCalled();
  });

  it("a NUL, control or direction-override character in any field, even one no text rule covers, is refused before the session or the action", async () => {
    const idOnly = z.object({ claimId: z.string().min(1), choice: z.array(z.string()).optional() });
    for (const raw of [{ claimId: "c1\u0000" }, { claimId: "c1\u202E" }, { claimId: "c1", choice: ["a", "b\u0007"] }]) {
      const run = vi.fn();
      const loader = vi.fn(async () => null);
      const outcome = await throughTheDoor({ schema: idOnly, permission: "claim.create", run }, raw, loader);
      expect(outcome).toMatchObject({ status: "invalid", fieldErrors: { [Object.keys(raw).at(-1)!]: [expect.stringMatching(/cannot be stored/)] } });
      expect(run).not.toHaveBeenCalled();
      expect(loader).not.toHaveBeenCalled();
    }
  });

  it("with no one signed in, refuses and never runs the action", async () => {
    const run = vi.fn();
    const outcome = await throughTheDoor({ schema, permission: "desk.view", run }, { title: "A title" }, signedInAs(null));
    expect(outcome).toEqual({ status: "refused", message: expect.stringMatching(/sign in/i) });
    expect(run).not.toHaveBeenCalled();
  });

  it("a reporter asking for an editor's permission is refused and the action never runs", async () => {
    const reporter = await makeUser("REPORTER");
    for (const permission of ["verdict.publish", "claim.assign", "claim.archive", "audit.read", "users.manage"] as const) {
      const run = vi.fn();
      const outcome = await throughTheDoor({ schema, permission, run }, { title: "A title" }, signedInAs(reporter));
      expect(outcome, permission).toMatchObject({ status: "refused" });
      expect(run, permission).not.toHaveBeenCalled();
    }
  });

  it("an editor asking for an admin's permission is refused", async () => {
    const editor = await makeUser("EDITOR");
    const run = vi.fn();
    const outcome = await throughTheDoor({ schema, permission: "users.manage", run }, { title: "A title" }, signedInAs(editor));
    expect(outcome).toEqual({ status: "refused", message: "Only admins can do this." });
    expect(run).not.toHaveBeenCalled();
  });

  it("a disabled account loads as no one, so it is refused", async () => {
    const reporter = await makeUser("REPORTER", { disabled: true });
    const run = vi.fn();
    // As lib/auth/session.ts does: a disabled account has no actor.
    const loader = async () => {
      const user = await prisma.user.findUniqueOrThrow({ where: { id: reporter.id } });
      return user.disabledAt ? null : reporter;
    };
    expect(await throughTheDoor({ schema, permission: "desk.view", run }, { title: "A title" }, loader)).toMatchObject({ status: "refused" });
    expect(run).not.toHaveBeenCalled();
  });

  it("when allowed, runs the action once with the parsed input and the actor", async () => {
    const editor = await makeUser("EDITOR");
    const run = vi.fn(async (input: z.output<typeof schema>, actor: Actor) => `${input.title} by ${actor.name}`);
    const outcome = await throughTheDoor({ schema, permission: "verdict.publish", run }, { title: "A title" }, signedInAs(editor));
    expect(outcome).toEqual({ status: "ok", result: `A title by ${editor.name}`, input: { title: "A title" } });
    expect(run).toHaveBeenCalledTimes(1);
    expect(run).toHaveBeenCalledWith({ title: "A title" }, { id: editor.id, email: editor.email, name: editor.name, role: "EDITOR" });
  });

  it.each([
    [forbidden("Not yours."), { status: "refused", message: "Not yours." }],
    [notFound("That claim"), { status: "not_found", message: expect.stringMatching(/That claim was not found/) }],
    [conflict("Someone else changed it."), { status: "conflict", message: "Someone else changed it." }],
    [invalid("Pick a rating.", { ratingId: ["Choose one."] }), { status: "invalid", message: "Pick a rating.", fieldErrors: { ratingId: ["Choose one."] } }],
  ])("turns the mutation's %s into a message for the desk", async (error, expected) => {
    const editor = await makeUser("EDITOR");
    const outcome = await throughTheDoor({ schema, permission: "desk.view", run: async () => Promise.reject(error) }, { title: "A title" }, signedInAs(editor));
    expect(outcome).toMatchObject(expected);
  });

  it("a database failure is logged in full but shown only as a plain message", async () => {
    const editor = await makeUser("EDITOR");
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const secret = new Error('relation "Claim" violates constraint Claim_secret_internal_detail');
    const outcome = await throughTheDoor(
      { schema, permission: "desk.view", run: async () => Promise.reject(secret) },
      { title: "A title" },
      signedInAs(editor),
    );
    expect(outcome.status).toBe("failed");
    expect(JSON.stringify(outcome)).not.toContain("Claim_secret_internal_detail");
    expect(log).toHaveBeenCalledWith(expect.any(String), secret);
  });
});

describe("the door in front of real mutations", () => {
  it("a reporter posting straight to the publish action is refused at the door; the claim is untouched", async () => {
    const scale = await ensureScale();
    const reporter = await makeUser("REPORTER");
    const claim = await makeClaim(reporter, { status: "IN_REVIEW" });
    const outcome = await throughTheDoor(
      { schema: publishSchema, permission: "verdict.publish", run: (input, actor) => publishVerdict(actor, input) },
      { claimId: claim.id, version: String(claim.version), ratingId: scale.accurate!.id, summary: "I approve my own work, thank you." },
      signedInAs(reporter),
    );
    expect(outcome).toMatchObject({ status: "refused" });
    expect(await prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).toEqual(claim);
    expect(await prisma.verdict.count({ where: { claimId: claim.id } })).toBe(0);
  });

  it("a reporter passes the door for proposals but is stopped by the claim-level rule when not assigned", async () => {
    const scale = await ensureScale();
    const reporter = await makeUser("REPORTER");
    const other = await makeUser("REPORTER");
    const claim = await makeClaim(other);
    const outcome = await throughTheDoor(
      { schema: verdictSchema, permission: "verdict.propose", run: (input, actor) => proposeVerdict(actor, input) },
      { claimId: claim.id, version: String(claim.version), ratingId: scale.false!.id, summary: "Proposing on someone else's claim." },
      signedInAs(reporter),
    );
    expect(outcome).toMatchObject({
      status: "refused",
      message: expect.stringMatching(/assigned/i),
      values: { summary: "Proposing on someone else's claim." },
    });
    expect(await prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).toEqual(claim);
    expect(await prisma.verdict.count({ where: { claimId: claim.id } })).toBe(0);
    expect(await prisma.revision.count({ where: { claimId: claim.id } })).toBe(0);
  });

  it("a form with a tampered version gets a conflict, not a silent overwrite", async () => {
    const scale = await ensureScale();
    const reporter = await makeUser("REPORTER");
    const claim = await makeClaim(reporter);
    const outcome = await throughTheDoor(
      { schema: verdictSchema, permission: "verdict.propose", run: (input, actor) => proposeVerdict(actor, input) },
      { claimId: claim.id, version: "99", ratingId: scale.false!.id, summary: "A proposal from an old tab." },
      signedInAs(reporter),
    );
    expect(outcome).toMatchObject({ status: "conflict" });
    expect(await prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).toEqual(claim);
  });
});

describe("the door with the database down", () => {
  // A client of the app's own kind, pointed where nothing listens: the
  // errors are the ones a real outage gives.
  const down = createPrismaClient("postgresql://nobody@127.0.0.1:1/none");
  const typed = { title: "What the reporter typed before the outage", password: "never-echoed" };

  it("a session lookup that cannot reach the database answers the form, keeping what was typed", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const run = vi.fn();
    const sessionLookup = async () => down.user.findUnique({ where: { id: "someone" }, select: { id: true, email: true, name: true, role: true } });
    const outcome = await throughTheDoor({ schema, permission: "claim.create", run }, typed, sessionLookup);
    expect(outcome).toEqual({ status: "failed", message: DATABASE_NOT_ANSWERING, values: { title: typed.title } });
    expect(run).not.toHaveBeenCalled();
  });

  it("a mutation that cannot reach the database says so, not a generic failure", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const reporter = await makeUser("REPORTER");
    const outcome = await throughTheDoor({ schema, permission: "claim.create", run: () => down.claim.count() }, typed, signedInAs(reporter));
    expect(outcome).toEqual({ status: "failed", message: DATABASE_NOT_ANSWERING, values: { title: typed.title } });
    expect(console.error).toHaveBeenCalled();
  });
});
