import { Prisma } from "@/lib/generated/prisma/client";

// PostgreSQL's unique-constraint violation, as Prisma reports it.
export function isUniqueClash(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

// For writes that look a row up and create it when missing (a new topic, a new
// speaker): two people doing it at the same moment both miss, and the second
// insert hits the unique index. Running the whole transaction again then finds
// the row the other person created.
export async function retryOnUniqueClash<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (!isUniqueClash(error) || attempt >= attempts) throw error;
    }
  }
}
