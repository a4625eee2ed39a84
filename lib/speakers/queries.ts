import "server-only";
import { prisma } from "@/lib/db";

// Speakers offered in the claim form: merged ones are hidden (their claims
// belong to the speaker they were merged into).
export async function listSpeakerChoices() {
  return prisma.speaker.findMany({
    where: { mergedIntoId: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true, title: true },
  });
}
