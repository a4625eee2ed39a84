import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { newsroomNumbers, WEEKS_SHOWN } from "@/lib/numbers/queries";
import { ensureScale, makeClaim, makeUser } from "../support/factories";

// The desk home's numbers, over the whole newsroom: this file's own database
// (tests/support/database-setup.ts) holds only the claims made here.

describe("newsroom numbers", () => {
  it("counts each editor's publications in the week they approved them", async () => {
    const scale = await ensureScale();
    const reporter = await makeUser("REPORTER");
    const editor = await makeUser("EDITOR");
    const now = new Date("2026-06-18T12:00:00Z"); // a Thursday
    const approvals = [new Date("2026-06-15T09:00:00Z"), new Date("2026-06-17T09:00:00Z"), new Date("2026-06-02T09:00:00Z"), new Date("2026-03-01T09:00:00Z")];
    for (const approvedAt of approvals) {
      const claim = await makeClaim(reporter, { status: "PUBLISHED" });
      await prisma.claim.update({ where: { id: claim.id }, data: { publishedAt: approvedAt, createdAt: new Date(approvedAt.getTime() - 36 * 3_600_000) } });
      await prisma.verdict.create({
        data: {
          claimId: claim.id,
          ratingId: scale.false!.id,
          summary: "Counted in the numbers.",
          proposedById: reporter.id,
          approvedById: editor.id,
          approvedAt,
        },
      });
    }

    const numbers = (await newsroomNumbers(editor, now))!;
    expect(numbers.weeks).toHaveLength(WEEKS_SHOWN);
    expect(numbers.weeks.at(-1)).toBe("2026-06-15");
    expect(numbers.weeks[0]).toBe("2026-04-27");
    // Two this week, one in the week of 1 June, none for the approval in March (outside the window).
    expect(numbers.perEditor).toEqual([{ name: editor.name, counts: [0, 0, 0, 0, 0, 1, 0, 2] }]);
    expect(numbers.perState).toEqual({ DRAFT: 0, RESEARCHING: 0, IN_REVIEW: 0, PUBLISHED: 4, ARCHIVED: 0 });
    // Each was logged 36 hours before it was published.
    expect(numbers.medianHoursToPublish).toBe(36);
    expect(numbers.published).toBe(4);
  });

  it("gives nothing to someone without a desk session", async () => {
    expect(await newsroomNumbers(null)).toBeNull();
  });
});
