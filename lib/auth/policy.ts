import { type Actor, isEditor } from "@/lib/auth/roles";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";

// The newsroom's permission table, in one place (the table below). Every server action, route
// handler and data query that reaches unpublished data asks this module; pages
// may ask it too, but only to decide what to show.
//
// | action                                   | reporter               | editor           | admin |
// | see the desk and unpublished claims      | yes                    | yes              | yes   |
// | log claims, add sources and evidence     | yes                    | yes              | yes   |
// | add a place where a claim was repeated   | yes, before publication| yes              | yes   |
// | edit a claim before publication          | own or assigned        | yes              | yes   |
// | propose a verdict, submit for review     | assigned               | yes              | yes   |
// | assign claims                            | take an unassigned one | yes              | yes   |
// | approve and publish, correct, unpublish, | no                     | yes (not their   | yes   |
// |   archive, merge                         |                        |  own proposal)   |       |
// | send a proposal back with comments       | no                     | yes              | yes   |
// | propose settling a due prediction        | assigned               | yes              | yes   |
// | approve a settlement                     | no                     | yes (not their   | yes   |
// |                                          |                        |  own settlement) |       |
// | manage users, roles, the verdict scale   | no                     | no               | yes   |
// |   (invite, resend, revoke invitations)   |                        |                  |       |
// | see and run background jobs, retry or    | no                     | no               | yes   |
// |   dismiss failed ones (/desk/admin/jobs) |                        |                  |       |
// | read the outbox: every email, with its   | no                     | no               | yes   |
// |   links (/desk/admin/outbox)             |                        |                  |       |
// | send a failed or held email again        | no                     | no               | yes   |
// | change one's own name, email, password,  | own account only       | own account only | own   |
// |   notice emails (/desk/account)          |                        |                  |       |
// | read the audit log                       | no                     | yes              | yes   |
//
// Three permissions are open to everyone, signed in or not (anonymous too):
// `public.read`, what the newsroom has published (feeds, the read API,
// oEmbed, the health check), `auth.session`, Auth.js's own steps (sign
// in, read one's session, sign out), and `account.recover`, what an emailed
// link allows (accept an invitation, ask for and use a reset link, confirm a
// new address): the link's single-use token is the proof there. The doors
// load no session for them.

export type Permission =
  | "desk.view"
  | "claim.create"
  | "source.create"
  | "evidence.add"
  | "claim.edit"
  | "appearance.add"
  | "verdict.propose"
  | "claim.take"
  | "claim.assign"
  | "verdict.publish"
  | "verdict.send_back"
  | "verdict.settle"
  | "settlement.approve"
  | "claim.correct"
  | "claim.unpublish"
  | "claim.archive"
  | "claim.merge"
  | "speaker.merge"
  | "users.manage"
  | "jobs.manage"
  | "scale.manage"
  | "audit.read"
  | "outbox.read"
  | "outbox.send"
  | "public.read"
  | "auth.session"
  | "account.recover"
  | "account.self";

const OPEN_TO_ALL: ReadonlySet<Permission> = new Set(["public.read", "auth.session", "account.recover"]);

// Whether deciding this permission needs to know who is asking: the door
// reads the session (a database query) only when it does.
export const needsSession = (permission: Permission) => !OPEN_TO_ALL.has(permission);

// What the policy needs to know about a claim to decide claim-level permissions.
export type ClaimFacts = {
  status: ClaimStatus;
  createdById: string;
  assigneeId: string | null;
  // Who last wrote the claim's sentence or quote (see Claim.wordingById).
  wordingById?: string | null;
  verdict?: { proposedById: string; settlementProposedById?: string | null } | null;
};

const BEFORE_PUBLICATION: ReadonlySet<ClaimStatus> = new Set(["DRAFT", "RESEARCHING", "IN_REVIEW"]);

export type Decision = { allowed: true } | { allowed: false; reason: string };

const allow: Decision = { allowed: true };
const deny = (reason: string): Decision => ({ allowed: false, reason });

// Called without `claim`, a claim-level permission answers whether the role
// could ever have it (the check at the door); mutations ask again with the
// claim's facts, read inside their transaction (the check in the data).
export function decide(actor: Actor | null, permission: Permission, claim?: ClaimFacts): Decision {
  if (!needsSession(permission)) return allow;
  if (!actor) return deny("Sign in to do this.");
  const editor = isEditor(actor);

  switch (permission) {
    case "public.read":
    case "auth.session":
    case "account.recover":
      return allow;

    // Everyone signed in manages their own account; the account mutations
    // take no user id, so "own" is decided by the data, not by a check here.
    case "account.self":
      return allow;

    case "desk.view":
    case "claim.create":
    case "source.create":
    case "evidence.add":
      return allow;

    case "claim.edit": {
      if (!claim) return allow;
      if (!BEFORE_PUBLICATION.has(claim.status)) {
        return deny("A published or archived claim changes only through a correction or update.");
      }
      if (editor) return allow;
      const mine = claim.createdById === actor.id || claim.assigneeId === actor.id;
      return mine ? allow : deny("Reporters can edit only claims they logged or are assigned to.");
    }

    // Logging that a claim was made again is part of logging claims: any
    // reporter may add it while the claim is open. On a published claim it
    // changes a public page, so it takes an editor.
    case "appearance.add": {
      if (!claim) return allow;
      if (claim.status === "ARCHIVED") return deny("This claim is archived; log the new appearance on the claim it was merged into, or as a new claim.");
      if (claim.status === "PUBLISHED" && !editor) return deny("This claim is published. Ask an editor to add the new appearance to it.");
      return allow;
    }

    case "verdict.propose": {
      if (!claim) return allow;
      if (!BEFORE_PUBLICATION.has(claim.status)) return deny("This claim is no longer open for a proposal.");
      if (editor || claim.assigneeId === actor.id) return allow;
      return deny("Only the reporter assigned to this claim, or an editor, can propose its verdict.");
    }

    case "claim.take": {
      if (!claim) return allow;
      // Once in review, the proposal is the researcher's: an editor reassigns if need be.
      if (claim.status !== "DRAFT" && claim.status !== "RESEARCHING") {
        return deny(claim.status === "IN_REVIEW" ? "This claim is in review. Ask an editor to reassign it." : "This claim is no longer open.");
      }
      if (editor) return allow;
      return claim.assigneeId === null ? allow : deny("This claim already has someone on it. Ask an editor to reassign it.");
    }

    case "claim.assign":
      return editor ? allow : deny("Only editors assign claims.");

    case "verdict.publish": {
      if (!editor) return deny("Only editors can approve and publish verdicts.");
      if (!claim) return allow;
      if (claim.verdict && claim.verdict.proposedById === actor.id) {
        return deny("You proposed this verdict; another editor must approve it.");
      }
      // The sentence and quote readers will see need a second pair of eyes
      // too: an editor who reworded a claim in review does not publish it.
      if (claim.wordingById === actor.id) {
        return deny(
          "You wrote this claim's current sentence or quote; another editor must approve it before it is published. Ask another editor, or send it back to the reporter with your wording as a comment.",
        );
      }
      return allow;
    }

    // A published prediction or promise is settled the way it was published:
    // the researcher proposes, another editor approves.
    case "verdict.settle": {
      if (!claim) return allow;
      if (claim.status !== "PUBLISHED" || !claim.verdict) return deny("Only a published prediction or promise is settled.");
      if (editor || claim.assigneeId === actor.id) return allow;
      return deny("Only the reporter assigned to this claim, or an editor, can propose how it settled.");
    }

    case "settlement.approve": {
      if (!editor) return deny("Only editors approve settlements.");
      if (!claim) return allow;
      if (claim.verdict?.settlementProposedById === actor.id) return deny("You proposed this settlement; another editor must approve it.");
      return allow;
    }

    case "verdict.send_back": {
      if (!editor) return deny("Only editors review proposals and send them back.");
      if (!claim) return allow;
      return claim.status === "IN_REVIEW" ? allow : deny("Only a claim in review can be sent back.");
    }

    // Changing what readers see of a verdict takes a second person, as
    // publishing it did: not the editor who proposed it.
    case "claim.correct":
    case "claim.unpublish": {
      if (!editor) return deny("Only editors can do this.");
      if (claim?.verdict && claim.verdict.proposedById === actor.id) {
        return deny("You proposed this verdict; another editor must correct or unpublish it.");
      }
      return allow;
    }

    case "claim.archive":
    case "claim.merge":
    case "speaker.merge":
      return editor ? allow : deny("Only editors can do this.");

    case "audit.read":
      return editor ? allow : deny("Only editors and admins can read the audit log.");

    case "users.manage":
    case "scale.manage":
    case "jobs.manage":
      return actor.role === "ADMIN" ? allow : deny("Only admins can do this.");

    // The outbox holds invitation and reset links for other people's
    // accounts: reading it is as much power as managing accounts.
    case "outbox.read":
      return actor.role === "ADMIN" ? allow : deny("Only admins can read the outbox.");
    case "outbox.send":
      return actor.role === "ADMIN" ? allow : deny("Only admins can send email from the outbox.");
  }
}

export const can = (actor: Actor | null, permission: Permission, claim?: ClaimFacts) => decide(actor, permission, claim).allowed;
