import { describe, expect, it } from "vitest";
import { commitLines } from "@/lib/import/ndjson";
import { crossSiteRefusal, fileName, readUpload } from "@/lib/import/request";

// The import routes take a file with the desk's cookies, so a page on another
// site must not be able to send one; and a file too big is refused before it
// is read into memory.

const post = (headers: Record<string, string>, body: BodyInit | null = "claim,speaker,said_on\n") =>
  new Request("https://desk.example.org/desk/import/commit", {
    method: "POST",
    headers: { host: "desk.example.org", ...headers },
    body,
    duplex: "half",
  } as RequestInit);

describe("cross-site uploads", () => {
  it("lets the desk's own page through", () => {
    expect(crossSiteRefusal(post({ origin: "https://desk.example.org", "sec-fetch-site": "same-origin", "content-type": "text/csv" }))).toBeUndefined();
  });

  it("refuses another site's origin, even a sibling subdomain", () => {
    expect(crossSiteRefusal(post({ origin: "https://evil.example", "content-type": "text/csv" }))).toMatch(/another site/);
    expect(crossSiteRefusal(post({ origin: "https://blog.example.org", "content-type": "text/csv" }))).toMatch(/another site/);
    expect(crossSiteRefusal(post({ origin: "null", "content-type": "text/csv" }))).toMatch(/another site/);
  });

  it("refuses what the browser marks as cross-site", () => {
    expect(crossSiteRefusal(post({ "sec-fetch-site": "cross-site", "content-type": "text/csv" }))).toMatch(/another site/);
  });

  it("without Origin or Sec-Fetch-Site, allows only a text/csv body, which no cross-site form can send", () => {
    expect(crossSiteRefusal(post({ "content-type": "text/plain" }))).toMatch(/another site/);
    expect(crossSiteRefusal(post({ "content-type": "application/x-www-form-urlencoded" }))).toMatch(/another site/);
    expect(crossSiteRefusal(post({ "content-type": "text/csv; charset=utf-8" }))).toBeUndefined();
  });

  it("compares with the forwarded host behind a proxy", () => {
    const request = post({ host: "app:3000", "x-forwarded-host": "desk.example.org", origin: "https://desk.example.org", "content-type": "text/csv" });
    expect(crossSiteRefusal(request)).toBeUndefined();
  });
});

describe("reading the upload", () => {
  it("refuses a body over the limit with 413, whether or not its length was declared", async () => {
    const big = "x".repeat(2_000);
    expect(await readUpload(post({ "content-type": "text/csv", "content-length": "2000" }, big), 1_000)).toMatchObject({
      ok: false,
      status: 413,
      message: expect.stringMatching(/larger than 10 MB.*Split/),
    });
    const streamed = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 4; i += 1) controller.enqueue(new TextEncoder().encode("y".repeat(400)));
        controller.close();
      },
    });
    expect(await readUpload(post({ "content-type": "text/csv" }, streamed), 1_000)).toMatchObject({ ok: false, status: 413 });
  });

  it("refuses a body that is not CSV, or not UTF-8, with a sentence saying how to save it", async () => {
    expect(await readUpload(post({ "content-type": "application/json" }, "{}"))).toMatchObject({ ok: false, status: 415 });
    const latin1 = new Uint8Array([0x63, 0x6c, 0x61, 0x69, 0x6d, 0x0a, 0xe9, 0x0a]);
    expect(await readUpload(post({ "content-type": "text/csv" }, latin1))).toMatchObject({
      ok: false,
      status: 400,
      message: expect.stringMatching(/not UTF-8.*CSV UTF-8/),
    });
  });

  it("keeps the file's name, decoded and without any folder", async () => {
    const upload = await readUpload(post({ "content-type": "text/csv", "x-file-name": encodeURIComponent("archive تهران.csv") }));
    expect(upload).toMatchObject({ ok: true, name: "archive تهران.csv", text: "claim,speaker,said_on\n" });
    expect(fileName("..%2F..%2Fetc%2Fpasswd")).toBe("passwd");
    expect(fileName(null)).toBe("upload.csv");
  });
});

describe("reading the progress stream", () => {
  it("yields each line once complete, even when split across chunks", async () => {
    const chunks = [
      '{"type":"progress","done":0,',
      '"total":2}\n{"type":"progress","done":2,"total":2}\n{"type":"do',
      'ne","created":2,"firstClaimIds":[],"sourcesCreated":0,"speakersCreated":0,"topicsCreated":0}',
    ];
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
        controller.close();
      },
    });
    const lines = [];
    for await (const line of commitLines(body)) lines.push(line);
    expect(lines.map((line) => line.type)).toEqual(["progress", "progress", "done"]);
  });
});
