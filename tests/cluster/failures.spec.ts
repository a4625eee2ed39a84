import { signIn } from "../e2e/support/accounts";
import { claimAwaitingEditor, claimBy } from "../e2e/support/factories";
import { correctVerdict, publishVerdict } from "../e2e/support/verdict-desk";
import { everywhere, expect, read, test } from "./support/cluster";

// Parts fail: an instance dies, Redis goes away, the replica stops. Readers
// must not notice beyond speed, editors must still be able to publish, and
// everything must come back without a restart.

const DEMO_VERDICT = "/claims/military-action-warning-demo";

test("one instance killed with SIGKILL under load: the balancer keeps answering and no reader request fails", async ({ cluster }) => {
  const front = cluster.varnish.url;
  const failures: string[] = [];
  let answered = 0;
  let answeredAfterKill = 0;
  let killed = false;
  let stop = false;
  // Readers through the proxy: a cached verdict page, searches it has never
  // seen (each one asked of an instance), and the health check, which always
  // passes through to an instance.
  const reader = async (n: number) => {
    for (let i = 0; !stop; i++) {
      const path = [DEMO_VERDICT, `/search?q=load-${n}-${i}`, "/api/health"][i % 3]!;
      try {
        const response = await fetch(`${front}${path}`, { signal: AbortSignal.timeout(10_000) });
        await response.arrayBuffer();
        if (response.status !== 200) failures.push(`${response.status} for ${path}`);
        answered += 1;
        if (killed) answeredAfterKill += 1;
      } catch (error) {
        failures.push(`${(error as Error).message} for ${path}`);
      }
    }
  };
  const readers = Array.from({ length: 8 }, (_, n) => reader(n));
  await expect.poll(() => answered, { timeout: 20_000 }).toBeGreaterThan(100);
  process.kill(cluster.instances.b.serverPid, "SIGKILL");
  killed = true;
  // Bounded: until 400 more answers (the health check has left b out by then), or 30 s.
  await expect.poll(() => answeredAfterKill, { timeout: 30_000 }).toBeGreaterThan(400);
  stop = true;
  await Promise.all(readers);
  console.log(`${answered} reader requests, ${answeredAfterKill} after instance b was killed, ${failures.length} failed`);
  expect(failures).toEqual([]);
  // b's `npm start` ends with its server; start it again for the tests after.
  await cluster.instances.b.stop();
  await cluster.restart("b");
  expect((await read(`${cluster.instances.b.url}${DEMO_VERDICT}`)).status).toBe(200);
});

test("Redis stopped: pages still render and the desk still publishes, with no 500; Redis back: sharing resumes with no restart", async ({
  browser,
  cluster,
}) => {
  const { a, b } = cluster.instances;
  const claim = await claimAwaitingEditor();
  await cluster.redis.stop();

  for (const origin of [a.url, b.url]) {
    for (const path of ["/", DEMO_VERDICT, "/speakers", "/feed.xml", "/sitemap.xml", "/api/v1/claims", "/search?q=iran"]) {
      expect((await read(`${origin}${path}`)).status, `${origin}${path} without Redis`).toBe(200);
    }
  }
  const context = await browser.newContext({ baseURL: a.url });
  const editor = await context.newPage();
  await signIn(editor, "editor");
  await publishVerdict(editor, claim.id);
  expect((await claimBy("id", claim.id)).status).toBe("PUBLISHED");
  // Nothing is cached while Redis is away, so B shows it at once.
  await everywhere([`${a.url}/claims/${claim.slug}`, `${b.url}/claims/${claim.slug}`], (answer) => answer.status === 200 && answer.text.includes(claim.slug));

  await cluster.redis.start();
  // Sharing resumes on its own: B keeps its render in Redis again...
  await expect.poll(async () => (await read(`${b.url}/claims/${claim.slug}`)).cache, { timeout: 15_000 }).toBe("HIT");
  await expect.poll(async () => (await read(`${a.url}/claims/${claim.slug}`)).cache, { timeout: 15_000 }).toBe("HIT");
  // ...and a correction through A reaches B's cached copy within a second.
  await correctVerdict(editor, claim.id, { note: "The agency's corrected notice moves the date again.", rating: "False" });
  const took = await everywhere([`${a.url}/claims/${claim.slug}`, `${b.url}/claims/${claim.slug}`], (answer) =>
    answer.text.includes("corrected notice moves the date again"),
  );
  console.log(`after Redis came back, a correction through A was on B after ${took} ms`);
  await context.close();
});

test("the replica stopped: public pages are read from the primary", async ({ browser, cluster }) => {
  const { a, b } = cluster.instances;
  const claim = await claimAwaitingEditor();
  await cluster.replica.stop("immediate");
  try {
    const context = await browser.newContext({ baseURL: a.url });
    const editor = await context.newPage();
    await signIn(editor, "editor");
    await publishVerdict(editor, claim.id);
    // Published after the replica stopped: only the primary has it.
    const took = await everywhere(
      [a.url, b.url, cluster.varnish.url].flatMap((origin) => [
        `${origin}/claims/${claim.slug}`,
        `${origin}/search?q=${encodeURIComponent(claim.text.slice(0, 40))}`,
      ]),
      (answer) => answer.status === 200 && answer.text.includes(claim.slug),
      5000,
    );
    console.log(`with the replica stopped, the new verdict was on every instance and the proxy after ${took} ms`);
    for (const origin of [a.url, b.url]) expect((await read(`${origin}/speakers`)).status).toBe(200);
    await context.close();
  } finally {
    await cluster.restartReplica();
  }
});
