import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { newsroomNumbers, WEEKS_SHOWN } from "@/lib/numbers/queries";
import { ensureScale, makeClaim, makeUser } from "../support/factories";

// The desk home's numbers. Other test files write claims at the same time,
// so only this editor's own row is checked exactly.

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
      await prisma.verdict.create({ data: { claimId: claim.id, ratingId: scale.false!.id, summary: "Counted in the numbers.", proposedById: reporter.id, approvedById: editor.id, approvedAt } });
    }

    const numbers = (await newsroomNumbers(editor, now))!;
    expect(numbers.weeks).toHaveLength(WEEKS_SHOWN);
    expect(numbers.weeks.at(-1)).toBe("2026-06-15");
    expect(numbers.weeks[0]).toBe("2026-04-27");
    const mine = numbers.perEditor.find((row) => row.name === editor.name)!;
    // Two this week, one in the week of 1 June, none for the approval in March (outside the window).
    expect(mine.counts).toEqual([0, 0, 0, 0, 0, 1, 0, 2]);
    expect(numbers.perState.PUBLISHED).toBeGreaterThanOrEqual(4);
    expect(numbers.medianHoursToPublish).toEqual(expect.any(Number));
    expect(numbers.published).toBeGreaterThanOrEqual(4);
  });

  it("gives nothing to someone without a desk session", async () => {
    expect(await newsroomNumbers(null)).toBeNull();
  });
});
