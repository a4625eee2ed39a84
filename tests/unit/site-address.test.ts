import { describe, expect, it } from "vitest";
import { siteAddressProblem } from "@/lib/site-address";

// Share links and ClaimReview data start from SITE_URL; the desk warns admins
// when that address would lead readers to their own machine.

describe("siteAddressProblem", () => {
  it("says share links use localhost when SITE_URL is unset", () => {
    expect(siteAddressProblem(undefined, 3000)).toEqual({ address: "http://localhost:3000", reason: "unset" });
  });

  it.each([
    "http://localhost:3000",
    "http://127.0.0.1:3820",
    "http://127.8.0.1",
    "http://[::1]:3000",
    "http://0.0.0.0",
    "http://desk.localhost",
    "HTTP://LOCALHOST",
  ])("calls %s an address on this machine", (address) => {
    expect(siteAddressProblem(address, 3000)).toMatchObject({ reason: "this-machine" });
  });

  it.each(["https://factcheck.example.org", "http://10.0.0.5:3000", "https://localhost-news.example.org", "https://127.example.org"])(
    "lets %s be",
    (address) => {
      expect(siteAddressProblem(address, 3000)).toBeNull();
    },
  );
});
