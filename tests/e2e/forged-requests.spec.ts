import http from "node:http";
import { type APIResponse, expect, type Page, test } from "@playwright/test";
import { ACCOUNTS, signIn } from "./support/accounts";
import { withDatabase } from "./support/database";
import { E2E } from "./support/env";
import { type ClaimRow, makeClaim, unique, userId } from "./support/factories";
import { type ActionFields, captureActionFields, formWithButton, postActionForm } from "./support/server-actions";

// Requests no browser on the site would send, made by hand against the
// production server (scripts/serve.ts): a forged host to pass Next's
// same-origin check for server actions, and server-action posts whose body is
// not what Next expects. Each is refused with a 4xx answer, and the database
// shows nothing was written.

const evidenceCount = (claimId: string) =>
  withDatabase(async (db) => (await db.query(`SELECT count(*)::int AS n FROM "Evidence" WHERE "claimId" = $1`, [claimId])).rows[0].n as number);

// A claim of the reporter's own, in research, with the "Add to the record"
// form as the reporter's browser renders it.
async function reporterWithClaim(page: Page): Promise<{ claim: ClaimRow; addToRecord: ActionFields }> {
  const reporterId = await userId(ACCOUNTS.reporter.email);
  const claim = await makeClaim({ createdById: reporterId, status: "RESEARCHING", assigneeId: reporterId });
  await signIn(page, "reporter");
  await page.goto(`/desk/claims/${claim.id}`);
  const addToRecord = await captureActionFields(formWithButton(page, "Add to the record"));
  return { claim, addToRecord };
}

const recordFields = (claimId: string) => ({ claimId, type: "SOCIAL_POST", title: `A post from a forged request (${unique("f")})`, stance: "SUPPORTS" });

// The id Next gives the action: a plain action's form names it in
// `$ACTION_ID_<id>`; a `useActionState` form carries it in `$ACTION_<n>:0`.
function actionIdOf(fields: ActionFields): string {
  const plain = Object.keys(fields).find((name) => name.startsWith("$ACTION_ID_"));
  if (plain) return plain.slice("$ACTION_ID_".length);
  const bound = Object.entries(fields).find(([name]) => /^\$ACTION_\d+:0$/.test(name));
  if (!bound) throw new Error("the form carries no server-action id");
  return (JSON.parse(bound[1]) as { id: string }).id;
}

test.describe("a forged X-Forwarded-Host", () => {
  test("cannot make another site's post pass as the site's own: refused, nothing written", async ({ page }) => {
    const { claim, addToRecord } = await reporterWithClaim(page);

    // A script on evil.example posting with the reporter's cookies, claiming
    // through X-Forwarded-Host that the site itself is evil.example.
    const forged = await page.request.post(`/desk/claims/${claim.id}`, {
      multipart: { ...addToRecord, ...recordFields(claim.id) },
      headers: { Origin: "http://evil.example", "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "http", Forwarded: "host=evil.example" },
      maxRedirects: 0,
    });
    expect(forged.status()).toBe(403);
    expect(await forged.text()).toMatch(/another site/);
    expect(await evidenceCount(claim.id)).toBe(0);

    // The same replay from the site's own origin is written: the refusal
    // above came from the origin check, not from a broken replay.
    const own = await postActionForm(page.request, `/desk/claims/${claim.id}`, addToRecord, recordFields(claim.id));
    expect(own.status()).toBeLessThan(400);
    expect(await evidenceCount(claim.id)).toBe(1);
  });
});

test.describe("malformed server-action posts are refused with a 4xx, not a server error", () => {
  let claim: ClaimRow;
  let actionId: string;
  let reporter: Page;

  test.beforeAll(async ({ browser }) => {
    const context = await browser.newContext({ baseURL: E2E.baseURL });
    reporter = await context.newPage();
    const mine = await reporterWithClaim(reporter);
    claim = mine.claim;
    actionId = actionIdOf(mine.addToRecord);
  });

  test.afterAll(async () => {
    await reporter.context().close();
  });

  // Posts to the claim's page as the signed-in reporter, from the site's own
  // origin, with the action's id in `Next-Action` as Next's client sends it.
  const postAction = (body: string | Buffer, contentType: string | null, extra: Record<string, string> = {}): Promise<APIResponse> =>
    reporter.request.post(`/desk/claims/${claim.id}`, {
      data: body,
      headers: { "Next-Action": actionId, Origin: E2E.baseURL, ...(contentType ? { "Content-Type": contentType } : {}), ...extra },
      maxRedirects: 0,
    });

  async function expectRefused(response: APIResponse, status: 400 | 413) {
    expect(response.status()).toBe(status);
    expect(response.headers()["content-type"]).toMatch(/^text\/plain/);
    expect((await response.text()).length).toBeLessThan(200);
    expect(await evidenceCount(claim.id)).toBe(0);
  }

  const boundary = "----OnRecordForgedBoundary7MA4YWxkTrZu0gW";
  const part = (name: string, value: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;

  test("a JSON body answers 400", async () => {
    await expectRefused(await postAction(JSON.stringify({ claimId: claim.id, title: "JSON instead of a form" }), "application/json"), 400);
  });

  test("a content type Next does not read answers 400", async () => {
    await expectRefused(await postAction("claimId=x&title=y", "application/x-garbage; charset=utf-8"), 400);
    await expectRefused(await postAction("claimId=x&title=y", "application/x-www-form-urlencoded"), 400);
    await expectRefused(await postAction("no type at all", null), 400);
  });

  test("a plain-text body that is not an encoded list of arguments answers 400", async () => {
    await expectRefused(await postAction("this is not an action's arguments", "text/plain;charset=UTF-8"), 400);
    await expectRefused(await postAction(JSON.stringify({ claimId: claim.id }), "text/plain;charset=UTF-8"), 400);
  });

  test("a multipart body without a boundary, with the wrong boundary, or cut short answers 400", async () => {
    const whole = `${part("1_claimId", claim.id) + part("0", '["$K1"]')}--${boundary}--\r\n`;
    await expectRefused(await postAction(whole, "multipart/form-data"), 400);
    await expectRefused(await postAction(whole, "multipart/form-data; boundary=not-the-one-used"), 400);
    const truncated = `${part("1_claimId", claim.id)}--${boundary}\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K`;
    await expectRefused(await postAction(truncated, `multipart/form-data; boundary=${boundary}`), 400);
  });

  test("a body over the 1 MB limit answers 413", async () => {
    const large = `${part("1_claimId", claim.id) + part("1_title", "x".repeat(2 * 1024 * 1024)) + part("0", '["$K1"]')}--${boundary}--\r\n`;
    await expectRefused(await postAction(large, `multipart/form-data; boundary=${boundary}`), 413);
  });

  test("a body streamed without a declared length is cut off with 413 once past 1 MB", async () => {
    const cookie = (await reporter.context().cookies()).map(({ name, value }) => `${name}=${value}`).join("; ");
    // Chunked, as a script can send it: the server has to count.
    const answer = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const outgoing = http.request(`${E2E.baseURL}/desk/claims/${claim.id}`, {
        method: "POST",
        headers: { "Next-Action": actionId, Origin: E2E.baseURL, "Content-Type": `multipart/form-data; boundary=${boundary}`, Cookie: cookie },
      });
      outgoing.on("response", (response) => {
        let text = "";
        response.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
      });
      outgoing.on("error", reject);
      outgoing.write(`${part("1_claimId", claim.id)}--${boundary}\r\nContent-Disposition: form-data; name="1_title"\r\n\r\n`);
      // 64 KB at a time, well past the limit; the server answers before the end.
      const chunk = "x".repeat(64 * 1024);
      let sent = 0;
      const more = () => {
        while (sent < 2 * 1024 * 1024) {
          sent += chunk.length;
          if (!outgoing.write(chunk)) return void outgoing.once("drain", more);
        }
        outgoing.end(`\r\n--${boundary}--\r\n`);
      };
      more();
    });
    expect(answer.status).toBe(413);
    expect(answer.text).toMatch(/larger than 1 MB/);
    expect(await evidenceCount(claim.id)).toBe(0);
  });

  test("a server action reached by GET answers 400", async () => {
    const response = await reporter.request.get(`/desk/claims/${claim.id}`, { headers: { "Next-Action": actionId }, maxRedirects: 0 });
    expect(response.status()).toBe(400);
  });
});

test("a reporter's ordinary form post still adds to the record", async ({ page }) => {
  const { claim } = await reporterWithClaim(page);
  const actionRequests: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && request.headers()["next-action"]) actionRequests.push(request.headers()["content-type"] ?? "");
  });
  const form = page.getByRole("form", { name: "Add to the record" });
  const title = `Readout posted by the ministry (${unique("ok")})`;
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("Kind of source").selectOption({ label: "Wire report" });
  await form.getByLabel("Link").fill("https://example.org/wire/readout");
  await form.getByLabel("Supports the claim").check();
  await form.getByRole("button", { name: "Add to the record" }).click();
  await expect(form.getByTestId("form-message")).toHaveText("Added to the record.");
  await expect(page.getByRole("region", { name: "Supports the claim" }).getByRole("link", { name: title })).toBeVisible();
  // The browser sent it as Next's client does, so it passed the server's checks.
  expect(actionRequests.length).toBeGreaterThan(0);
  expect(await evidenceCount(claim.id)).toBe(1);
});
