import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { AuditFiltersForm } from "@/components/history/audit-filters-form";
import { AuditTable } from "@/components/history/audit-table";
import { RevisionEntry } from "@/components/history/revision-entry";
import { emptyNameBook } from "@/lib/history/fields";

// What the history and audit pages put in front of people: marks that read
// without colour, buttons and filters findable by name, no changing controls
// in the audit log.

// The server action only matters when the button is pressed.
vi.mock("@/lib/history/actions", () => ({ restoreEarlierValueAction: async () => ({ status: "idle" }) }));

const revision = {
  id: "rev1",
  action: "claim.updated",
  reason: "The minister said 'early March'.",
  createdAt: new Date("2026-06-01T10:00:00Z"),
  author: { name: "Dana Reporter" },
  changes: {
    text: { from: "The border has been closed since March.", to: "The border has been closed since early March." },
    speakerId: { from: "sp1", to: "sp2" },
    status: { from: "DRAFT", to: "RESEARCHING" },
  },
};
const names = { ...emptyNameBook(), speakers: { sp1: "Abbas Araghchi", sp2: "Steve Witkoff" } };
const restore = { claimId: "claim1", version: 4, now: { text: "The border has been closed since early March.", speakerId: "sp2" } };

const plain = (html: string) => html.replace(/<[^>]+>/g, "");

describe("a revision in the history", () => {
  it("shows who, when, why, and each field before and after with removed and added words marked", () => {
    const html = renderToStaticMarkup(createElement("ol", null, createElement(RevisionEntry, { revision, names, restore })));
    expect(html).toContain("Claim edited");
    expect(html).toContain("by Dana Reporter");
    expect(html).toContain("1 Jun 2026");
    expect(html).toContain("Reason:</span> The minister said");
    expect(html).toMatch(/<th scope="row"[^>]*>The claim<\/th>/);
    expect(html).toMatch(/<ins[^>]*><span class="sr-only">\[added: <\/span>early/);
    expect(html).toMatch(/<del[^>]*><span class="sr-only">\[removed: <\/span>Abbas Araghchi/);
    expect(html).toContain("Steve Witkoff");
    expect(html).not.toContain("sp1");
  });

  it("offers to restore each claim field with the field in the button's name, and not workflow state", () => {
    const html = renderToStaticMarkup(createElement("ol", null, createElement(RevisionEntry, { revision, names, restore })));
    const buttons = [...html.matchAll(/<button[^>]*>(.*?)<\/button>/g)].map((match) => plain(match[1]!));
    expect(buttons).toEqual([
      "Restore the earlier value of the claim, from before the change of 1 Jun 2026, 10:00 UTC",
      "Restore the earlier value of speaker, from before the change of 1 Jun 2026, 10:00 UTC",
    ]);
    expect(html).toContain('name="version" value="4"');
    expect(html).toContain('name="revisionId" value="rev1"');
  });

  it("offers nothing to restore to someone who may not edit the claim", () => {
    const html = renderToStaticMarkup(createElement("ol", null, createElement(RevisionEntry, { revision, names, restore: null })));
    expect(html).not.toContain("<button");
    expect(html).not.toContain("<form");
  });
});

describe("the audit log", () => {
  const people = [{ id: "u1", name: "Dana Editor" }];

  it("has labelled filters that travel in the URL and a button to apply them", () => {
    const html = renderToStaticMarkup(createElement(AuditFiltersForm, { filters: { action: "claim.assigned" }, people }));
    const form = /<form[^>]*>/.exec(html)![0];
    expect(form).toContain('method="get"');
    expect(form).toContain('action="/desk/audit"');
    for (const [id, label] of [
      ["audit-action", "Action"],
      ["audit-person", "Person"],
      ["audit-from", "From"],
      ["audit-to", "To"],
      ["audit-claim", "Claim"],
    ]) {
      expect(html).toContain(`<label for="${id}" class="block text-sm font-medium">${label}</label>`);
    }
    expect(html).toContain("Apply filters");
    expect(html).toMatch(/<option value="claim.assigned" selected="">Claim assigned<\/option>/);
  });

  it("lists events in words, links claims, shows a dash for the system, and has no forms", () => {
    const events = [
      {
        id: "e1",
        action: "user.role_changed",
        targetType: "User",
        targetId: "u1",
        ip: null,
        details: { from: "REPORTER", to: "EDITOR" },
        createdAt: new Date("2026-06-01T10:00:00Z"),
        actor: { name: "Ada Admin" },
      },
      {
        id: "e2",
        action: "auth.signin_failed",
        targetType: null,
        targetId: null,
        ip: "203.0.113.9",
        details: { email: "x@example.org" },
        createdAt: new Date("2026-06-01T09:00:00Z"),
        actor: null,
      },
      {
        id: "e3",
        action: "claim.assigned",
        targetType: "Claim",
        targetId: "c1",
        ip: null,
        details: {},
        createdAt: new Date("2026-06-01T08:00:00Z"),
        actor: { name: "Ada Admin" },
      },
    ];
    const html = renderToStaticMarkup(
      createElement(AuditTable, { events, names: { claims: { c1: "The border is closed." }, users: { u1: "Dana Editor" }, sources: {} } }),
    );
    expect(html).toContain("Role changed");
    expect(html).toContain("Account: Dana Editor");
    expect(html).toContain("From: Reporter · To: Editor");
    expect(html).toContain("Sign-in failed");
    expect(html).toContain('<abbr title="No one was signed in: the system">—</abbr>');
    expect(html).toContain('href="/desk/claims/c1"');
    expect(html).toContain("203.0.113.9");
    expect(html).not.toMatch(/<form|<button/);
  });

  it("says so when nothing matches", () => {
    expect(renderToStaticMarkup(createElement(AuditTable, { events: [], names: { claims: {}, users: {}, sources: {} } }))).toContain(
      "No audit events match these filters.",
    );
  });
});
