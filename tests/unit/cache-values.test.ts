import { describe, expect, it } from "vitest";
import { decodeCacheValue, encodeCacheValue } from "@/lib/caching/cache-values.js";

// A page kept in the shared cache on Redis travels as JSON: its RSC payload
// (a Buffer) and segment payloads (a Map of Buffers) must come back byte for
// byte, or another instance would serve a page whose navigation breaks.
describe("cache values on their way through Redis", () => {
  it("brings back Buffers and Maps of Buffers at any depth, byte for byte", () => {
    const rsc = Buffer.from([0, 1, 2, 250, 255, 10, 13]);
    const page = {
      kind: "APP_PAGE",
      html: "<h1>Verdict: false</h1>",
      rscData: rsc,
      status: 200,
      headers: { "x-next-cache-tags": "claim:a,_N_T_/layout" },
      segmentData: new Map([
        ["/_tree", Buffer.from("tree")],
        ["/claims/a", Buffer.from("segment")],
      ]),
      postponed: undefined,
    };
    const back = decodeCacheValue(JSON.parse(JSON.stringify(encodeCacheValue(page))));
    expect(Buffer.isBuffer(back.rscData)).toBe(true);
    expect(back.rscData.equals(rsc)).toBe(true);
    expect(back.segmentData).toBeInstanceOf(Map);
    expect([...back.segmentData.keys()]).toEqual(["/_tree", "/claims/a"]);
    expect(back.segmentData.get("/claims/a").toString()).toBe("segment");
    expect(back.html).toBe(page.html);
    expect(back.headers).toEqual(page.headers);
    expect("postponed" in back).toBe(false);
  });

  it("leaves plain data alone, including text that looks like an encoded value among other keys", () => {
    const read = { kind: "FETCH", data: { body: '{"$date":"2026-01-01"}', status: 200, headers: {} }, tags: ["claim:a"], revalidate: false };
    expect(decodeCacheValue(JSON.parse(JSON.stringify(encodeCacheValue(read))))).toEqual(read);
    expect(decodeCacheValue({ $buffer: "AA==", note: "kept" })).toEqual({ $buffer: "AA==", note: "kept" });
  });
});
