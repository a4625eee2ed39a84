import "server-only";
import type { Logger } from "pino";
import { publicPagesOf, refreshPublicPagesFor } from "@/lib/caching/refresh-public-pages";

// After a recheck stored a new snapshot of a source, the verdict pages that
// cite it are refreshed, so their note ("this page changed after we relied on
// it") appears or goes. Inside Next (a run asked for from the desk) that is
// refreshPublicPagesFor. The job worker is a process of its own, outside any
// request, where Next refuses to expire its cache: there the pages' tags are
// expired in the shared cache on Redis (which every instance reads and hears
// expiries from) and the proxy in front is purged. With one instance and no
// Redis, Next's cache lives inside the web server's process, which the worker
// cannot reach: the note appears when the page is next refreshed for another
// reason (a correction, a settlement), and the operator's log says so.

// Next's own tag for a path, as revalidatePath writes it.
const pathTag = (path: string) => `_N_T_${path}`;

async function expireOutsideNext(slug: string, log?: Logger) {
  const { paths, tags } = await publicPagesOf(slug);
  if (!process.env.REDIS_URL?.trim()) {
    const { purgeInBackground } = await import("@/lib/caching/purge.js");
    purgeInBackground(tags);
    log?.warn({ slug }, "a source on this published claim changed, but the web server's own page cache cannot be refreshed from the worker without REDIS_URL");
    return;
  }
  const { default: RedisCache } = await import("@/lib/caching/redis-cache.js");
  await new RedisCache().revalidateTag([...tags, ...paths.map(pathTag)]);
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
      await expireOutsideNext(slug, log).catch((failure: unknown) =>
        log?.warn({ err: failure, slug }, "could not expire the public pages of a claim whose source changed"),
      );
    }
  }
}
