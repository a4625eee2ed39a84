import "server-only";
import type { Logger } from "pino";
import { EXPIRY_CHANNEL } from "@/lib/caching/expiry-channel.js";
import { publicPagesOf, refreshPublicPagesFor } from "@/lib/caching/refresh-public-pages";
import { prisma } from "@/lib/db";

// After a recheck stored a new snapshot of a source, the verdict pages that
// cite it are refreshed, so their note ("this page changed after we relied on
// it") appears or goes. Inside Next (a run asked for from the desk) that is
// refreshPublicPagesFor. The job worker is a process of its own, outside any
// request, where Next refuses to expire its cache: there the pages' tags are
// announced on a PostgreSQL channel, which every web server's own cache
// listens on (lib/caching/expiry-channel.js), and, with several instances,
// expired in the shared cache on Redis that they all read (which also tells
// the proxy in front).

// Next's own tag for a path, as revalidatePath writes it.
const pathTag = (path: string) => `_N_T_${path}`;

async function expireOutsideNext(slug: string) {
  const { paths, tags } = await publicPagesOf(slug);
  const all = [...tags, ...paths.map(pathTag)];
  await prisma.$executeRaw`SELECT pg_notify(${EXPIRY_CHANNEL}, ${JSON.stringify(all)})`;
  if (process.env.REDIS_URL?.trim()) {
    const { default: RedisCache } = await import("@/lib/caching/redis-cache.js");
    await new RedisCache().revalidateTag(all);
  }
}

const outsideNext = (error: unknown) => error instanceof Error && /static generation store missing|outside a request|workAsyncStorage/i.test(error.message);

export async function refreshPagesAfterRecheck(slugs: readonly string[], log?: Logger) {
  for (const slug of slugs) {
    try {
      await refreshPublicPagesFor({ slug });
    } catch (error) {
      if (!outsideNext(error)) {
        log?.warn({ err: error, slug }, "could not refresh the public pages of a claim whose source changed");
        continue;
      }
      await expireOutsideNext(slug).catch((failure: unknown) =>
        log?.warn({ err: failure, slug }, "could not expire the public pages of a claim whose source changed"),
      );
    }
  }
}
