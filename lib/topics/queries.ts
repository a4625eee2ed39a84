import "server-only";
import { prisma } from "@/lib/db";

// Topics offered as tick boxes in the claim forms, alphabetically.
export async function listTopicChoices() {
  return prisma.topic.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}
