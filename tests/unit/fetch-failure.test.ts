import { describe, expect, it } from "vitest";
import { plainFetchFailure } from "@/lib/archive/fetch-failure";

// What a reporter reads (and the snapshot keeps) when a page cannot be
// fetched: a plain reason, never Node's message with addresses and ports.
const failure = (code: string, message = `connect ${code} ::7f00:1:80`) => Object.assign(new Error(message), { code });

describe("plain reasons for a failed fetch", () => {
  it.each([
    ["ECONNREFUSED", "The site refused the connection."],
    ["ENOTFOUND", "The site's name could not be found."],
    ["EAI_AGAIN", "The site's name could not be found."],
    ["EHOSTUNREACH", "The site could not be reached from the newsroom's server."],
    ["ENETUNREACH", "The site could not be reached from the newsroom's server."],
    ["ETIMEDOUT", "The site did not answer in time."],
    ["ECONNRESET", "The site closed the connection before the page arrived."],
    ["CERT_HAS_EXPIRED", "The site's secure connection (HTTPS) could not be verified."],
    ["DEPTH_ZERO_SELF_SIGNED_CERT", "The site's secure connection (HTTPS) could not be verified."],
    ["UNABLE_TO_VERIFY_LEAF_SIGNATURE", "The site's secure connection (HTTPS) could not be verified."],
    ["ERR_TLS_CERT_ALTNAME_INVALID", "The site's secure connection (HTTPS) could not be verified."],
    ["ERR_SSL_WRONG_VERSION_NUMBER", "The site's secure connection (HTTPS) could not be verified."],
    ["EPROTO", "The site's secure connection (HTTPS) could not be verified."],
    ["HPE_INVALID_CONSTANT", "The site's answer was not a web page the archive could read."],
  ])("%s reads as: %s", (code, reason) => {
    expect(plainFetchFailure(failure(code))).toBe(reason);
  });

  it("a failure wrapped in another (several addresses tried, or a cause) reads as the first one inside", () => {
    const tried = new AggregateError([failure("ECONNREFUSED"), failure("EHOSTUNREACH")], "");
    expect(plainFetchFailure(tried)).toBe("The site refused the connection.");
    expect(plainFetchFailure(new Error("fetch failed", { cause: failure("ENOTFOUND") }))).toBe("The site's name could not be found.");
  });

  it("an unknown or missing code reads as a plain failure, never as the raw message", () => {
    for (const error of [failure("EWHATEVER", "connect EWHATEVER 10.0.0.1:80"), new Error("socket hang up at 10.0.0.1"), "boom", null]) {
      const reason = plainFetchFailure(error);
      expect(reason).toBe("The page could not be fetched.");
    }
  });
});
