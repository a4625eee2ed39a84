import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "@/lib/api/cursor";

// The read API's page cursors: opaque to clients, and a cursor that this API
// did not write is refused rather than read as some other position.

const base64url = (text: string) => Buffer.from(text, "utf8").toString("base64url");
const position = { key: "2026-06-01T08:30:00.000Z", id: "cm1claimabc123" };

describe("claim cursors", () => {
  it("give back the position they were made from", () => {
    const token = encodeCursor("claims", position);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor("claims", token)).toEqual(position);
  });

  it("do not show the position in plain text in the address", () => {
    expect(encodeCursor("claims", position)).not.toContain("2026");
  });

  it("are refused when edited, truncated or made up", () => {
    const token = encodeCursor("claims", position);
    const attempts = [
      "",
      "not a cursor",
      token.slice(0, -3),
      `${token}!`,
      "x".repeat(700),
      base64url("{}"),
      base64url('["claims","2026-06-01T08:30:00.000Z"]'),
      base64url('["claims","2026-06-01T08:30:00.000Z","id","extra"]'),
      base64url('["claims","2026-06-01","cm1claimabc123"]'),
      base64url('["claims","2026-13-01T08:30:00.000Z","cm1claimabc123"]'),
      base64url('["claims","2026-06-01T08:30:00.000Z","\'; DROP TABLE \\"Claim\\"; --"]'),
      base64url('["claims",1780000000000,"cm1claimabc123"]'),
    ];
    for (const attempt of attempts) expect(decodeCursor("claims", attempt), attempt).toBeNull();
  });

  it("belong to their list: a speakers cursor is refused on claims and the other way round", () => {
    const speakers = encodeCursor("speakers", { key: "ana-ministra", id: "cm1speaker" });
    expect(decodeCursor("claims", speakers)).toBeNull();
    expect(decodeCursor("speakers", encodeCursor("claims", position))).toBeNull();
    expect(decodeCursor("speakers", speakers)).toEqual({ key: "ana-ministra", id: "cm1speaker" });
  });

  it("for speakers hold a slug the site could have made", () => {
    expect(decodeCursor("speakers", encodeCursor("speakers", { key: "Not A Slug", id: "cm1speaker" }))).toBeNull();
  });
});
