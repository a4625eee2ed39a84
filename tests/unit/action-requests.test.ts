import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT, readsAsOwnArguments, refuseActionBody, refuseActionHead, refuseForeignOrigin } from "../../scripts/lib/action-requests";

// The production server's checks on a server-action post, before Next reads
// it: only what Next's own client sends gets through.
const boundary = "----formBoundaryQx7";
const multipart = `multipart/form-data; boundary=${boundary}`;
const part = (name: string, value: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
const form = `${part("1_claimId", "c1") + part("0", '["$K1"]')}--${boundary}--\r\n`;

describe("a server-action post's request line and headers", () => {
  it("lets through what Next's client sends: a multipart form with its boundary, or the arguments as text", () => {
    expect(refuseActionHead("POST", { "content-type": multipart, "content-length": "300" })).toBeNull();
    expect(refuseActionHead("POST", { "content-type": "text/plain;charset=UTF-8" })).toBeNull();
  });

  it.each([
    ["GET", multipart],
    ["PUT", multipart],
    ["POST", "application/json"],
    ["POST", "application/x-www-form-urlencoded"],
    ["POST", "application/x-garbage"],
    ["POST", ""],
    ["POST", "multipart/form-data"],
  ])("refuses %s with %j as malformed (400)", (method, contentType) => {
    expect(refuseActionHead(method, { "content-type": contentType })?.status).toBe(400);
  });

  it("refuses a declared length over 1 MB as too large (413), before reading it", () => {
    expect(refuseActionHead("POST", { "content-type": multipart, "content-length": String(ACTION_BODY_LIMIT + 1) })?.status).toBe(413);
    expect(refuseActionHead("POST", { "content-type": multipart, "content-length": String(ACTION_BODY_LIMIT) })).toBeNull();
  });
});

describe("a server-action post's body", () => {
  const check = (contentType: string, body: string) => refuseActionBody({ "content-type": contentType }, Buffer.from(body));

  it("lets through a whole form with its arguments row, and arguments sent as a JSON list", async () => {
    expect(await check(multipart, form)).toBeNull();
    expect(await check("text/plain;charset=UTF-8", '["$undefined",1]')).toBeNull();
  });

  it.each([
    ["cut short", multipart, form.slice(0, form.length - 20)],
    ["with another boundary than the one declared", "multipart/form-data; boundary=elsewhere", form],
    ["empty", multipart, ""],
    ["without the arguments row", multipart, `${part("1_claimId", "c1")}--${boundary}--\r\n`],
    ["with an arguments row that is not a list", multipart, `${part("0", '{"claimId":"c1"}')}--${boundary}--\r\n`],
    ["as text that is not JSON", "text/plain", "claimId=c1"],
    ["as JSON that is not a list", "text/plain", '{"claimId":"c1"}'],
  ])("refuses a body %s as malformed (400)", async (_case, contentType, body) => {
    expect((await check(contentType, body))?.status).toBe(400);
  });
});

describe("a post from another site", () => {
  it("is refused with 403 when its Origin is not the site's host, before anything is read", () => {
    expect(refuseForeignOrigin({ origin: "http://evil.example", host: "127.0.0.1:3000" })).toMatchObject({ status: 403 });
    expect(refuseForeignOrigin({ origin: "null", host: "127.0.0.1:3000" })).toMatchObject({ status: 403 });
    expect(refuseForeignOrigin({ origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" })).toBeNull();
    // Behind a trusted proxy the host it forwarded is the site's.
    expect(refuseForeignOrigin({ origin: "https://news.example", host: "10.0.0.5:3000", "x-forwarded-host": "news.example" })).toBeNull();
    // Without Origin, Next's own rules apply.
    expect(refuseForeignOrigin({ host: "127.0.0.1:3000" })).toBeNull();
  });

  it("a form posted without JavaScript names its action in the body, not in field 0, and is let through when whole", async () => {
    const noScript = `${part("$ACTION_ID_abc123", "") + part("claimId", "c1")}--${boundary}--\r\n`;
    expect(await refuseActionBody({ "content-type": multipart }, Buffer.from(noScript), false)).toBeNull();
    expect(await refuseActionBody({ "content-type": multipart }, Buffer.from(noScript), true)).toMatchObject({ status: 400 });
    expect(await refuseActionBody({ "content-type": multipart }, Buffer.from(noScript.slice(0, 40)), false)).toMatchObject({ status: 400 });
  });
});

describe("the references in a server action's arguments", () => {
  it("lets through what the desk's forms send: the form, escaped dollars, undefined, a part of the same post", () => {
    expect(readsAsOwnArguments([{ status: "idle", values: { text: "$$5 billion" } }, "$K1"])).toBe(true);
    expect(readsAsOwnArguments(["$undefined", "plain text", 3, null])).toBe(true);
    expect(readsAsOwnArguments(["$1"], new Set(["1"]))).toBe(true);
  });

  it.each([["$Z_aH1bv{"], ["$@0"], ["$h1"], ["$T"], ["$Q2"], ["$D2026-01-01"], ["$n12"], ["$B1"], ["$R1"], ["$1"]])(
    "refuses %s, which React would try to resolve and fail on",
    (reference) => {
      expect(readsAsOwnArguments([{ status: "idle", nested: [reference] }, "$K1"])).toBe(false);
    },
  );

  it("a post whose arguments hold such a reference answers 400 before Next reads it", async () => {
    const body = `${part("0", '[{"h":{"x":"$Z_aH1bv{"}},"$K1"]')}--${boundary}--\r\n`;
    expect(await refuseActionBody({ "content-type": multipart }, Buffer.from(body))).toMatchObject({ status: 400 });
    expect(await refuseActionBody({ "content-type": "text/plain;charset=UTF-8" }, Buffer.from('["$@1"]'))).toMatchObject({ status: 400 });
  });
});
