import { signIn } from "../e2e/support/accounts";
import { claimAwaitingEditor } from "../e2e/support/factories";
import { correctVerdict, publishVerdict, unpublishVerdict } from "../e2e/support/verdict-desk";
import { everywhere, expect, read, test } from "./support/cluster";

// What a newsroom fears most with several instances: a verdict published,
// corrected or taken down on one instance while another, or the cache in
// front, keeps showing the old one. Each change made through one instance must
// reach the other and the proxy within a second, with no restart.

test("a publication through instance A is on B and through the proxy within 1 s; a correction through B is on A and through the proxy", async ({
  browser,
  cluster,
}) => {
  const { a, b } = cluster.instances;
  const claim = await claimAwaitingEditor();
  const addresses = (path: string) => [a.url, b.url, cluster.varnish.url].map((origin) => `${origin}${path}`);

  // Before: every instance and the proxy have answered "not found", and
  // the lists are cached everywhere without the claim.
  for (const url of addresses(`/claims/${claim.slug}`)) expect((await read(url)).status, url).toBe(404);
  for (const url of addresses("/feed.xml")) expect((await read(url)).text, url).not.toContain(claim.slug);

  const onA = await browser.newContext({ baseURL: a.url });
  const editorOnA = await onA.newPage();
  await signIn(editorOnA, "editor");
  await publishVerdict(editorOnA, claim.id);
  const published = await everywhere(
    [...addresses(`/claims/${claim.slug}`), ...addresses("/feed.xml")],
    (answer) => answer.status === 200 && answer.text.includes(claim.slug),
  );
  console.log(`publication through A: fresh on A, B and the proxy after ${published} ms`);
  // Now kept: the proxy answers from its cache.
  expect((await fetch(`${cluster.varnish.url}/claims/${claim.slug}`)).headers.get("x-cache")).toBe("HIT");

  const onB = await browser.newContext({ baseURL: b.url });
  const editorOnB = await onB.newPage();
  await signIn(editorOnB, "editor");
  const note = "The border agency's own notice gives a later date than we first reported.";
  await correctVerdict(editorOnB, claim.id, { note, rating: "False" });
  const corrected = await everywhere(
    addresses(`/claims/${claim.slug}`),
    (answer) => answer.status === 200 && answer.text.includes("later date than we first reported"),
  );
  console.log(`correction through B: fresh on A, B and the proxy after ${corrected} ms`);
  await onA.close();
  await onB.close();
});

test("an unpublication makes the claim 404 on A, B and the proxy, and takes it out of the API, feeds, sitemap and search everywhere, within 1 s", async ({
  browser,
  cluster,
}) => {
  const { a, b } = cluster.instances;
  const claim = await claimAwaitingEditor();
  const origins = [a.url, b.url, cluster.varnish.url];
  const lists = ["/feed.xml", "/feed.json", "/sitemap.xml", "/api/v1/claims", `/search?q=${encodeURIComponent(claim.text.slice(0, 40))}`];

  const context = await browser.newContext({ baseURL: a.url });
  const editor = await context.newPage();
  await signIn(editor, "editor");
  await publishVerdict(editor, claim.id);
  // Every copy holds the verdict: pages and lists read on each instance and
  // through the proxy, so each cache has something to forget.
  await everywhere(
    origins.flatMap((origin) => [`${origin}/claims/${claim.slug}`, `${origin}/api/v1/claims/${claim.slug}`, ...lists.map((path) => `${origin}${path}`)]),
    (answer) => answer.status === 200 && answer.text.includes(claim.slug),
    5000,
  );

  await unpublishVerdict(editor, claim.id, "The agency withdrew its notice; the verdict comes down while we check.");
  // One second from the editor's confirmation for all of it: its own
  // addresses answer 404 and no list names it, on every instance and through
  // the proxy.
  const own = origins.flatMap((origin) => [`${origin}/claims/${claim.slug}`, `${origin}/api/v1/claims/${claim.slug}`, `${origin}/embed/claims/${claim.slug}`]);
  const gone = await everywhere([...own, ...origins.flatMap((origin) => lists.map((path) => `${origin}${path}`))], (answer, url) =>
    own.includes(url) ? answer.status === 404 : answer.status === 200 && !answer.text.includes(claim.slug),
  );
  console.log(`unpublication through A: 404 and out of every list on A, B and the proxy after ${gone} ms`);
  await context.close();
});
