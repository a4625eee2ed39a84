import { describe, expect, it } from "vitest";
import { isDecodablePath } from "../../scripts/lib/request-path";

// Addresses the fuzz suite found answering 500: Next's router throws while
// decoding a dynamic segment. The production server answers 400 instead.
describe("addresses whose path cannot be percent-decoded", () => {
  it.each([
    "/claims/%ED%A0%80",
    "/claims/%u202e",
    "/api/v1/claims/%",
    "/api/v1/claims/%C0%80",
    "/api/v1/speakers/%FF%FE",
    "/speakers/%E0%A4%A/claims/2",
    "/topics/%E0%A4%A/feed.json",
  ])("%s is refused", (url) => expect(isDecodablePath(url)).toBe(false));

  it.each(["/", "/claims/nuclear-restraint-demo", "/search?q=%", "/speakers/%C3%A9", "/api/v1/claims?cursor=%ZZ", "/claims/a%2Fb"])("%s is read", (url) => {
    expect(isDecodablePath(url)).toBe(true);
  });
});
