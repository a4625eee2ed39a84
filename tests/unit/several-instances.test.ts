import { describe, expect, it } from "vitest";
import { checkSeveralInstances } from "@/scripts/lib/several-instances";

// What `npm start` says to an operator starting one of several instances
// (REDIS_URL set: the cache they share).

const shared = {
  REDIS_URL: "redis://127.0.0.1:6379",
  DATABASE_URL: "postgresql://onrecord@db.internal/onrecord",
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "q83vEjRWeJC2ZVJvDkuZxZk1oH8SX+0kC9vGEmMhfQI=",
  NEXT_DEPLOYMENT_ID: "build-42",
};

describe("checkSeveralInstances", () => {
  it("says nothing to a single instance, embedded database and all", () => {
    expect(checkSeveralInstances({ ...shared, REDIS_URL: undefined, DATABASE_URL: undefined, NEXT_DEPLOYMENT_ID: undefined })).toEqual({ warnings: [] });
  });

  it("refuses an instance of a shared site that would run an embedded database and secret of its own", () => {
    const check = checkSeveralInstances({ ...shared, DATABASE_URL: undefined });
    expect(check.refusal).toMatch(/REDIS_URL is set.*DATABASE_URL is not.*Set DATABASE_URL and AUTH_SECRET, the same on every instance/);
  });

  it("warns, naming the variable, when forms or deployments could differ between instances", () => {
    const check = checkSeveralInstances({ ...shared, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: undefined, NEXT_DEPLOYMENT_ID: undefined });
    expect(check.refusal).toBeUndefined();
    expect(check.warnings).toEqual([expect.stringMatching(/NEXT_SERVER_ACTIONS_ENCRYPTION_KEY is not/), expect.stringMatching(/NEXT_DEPLOYMENT_ID is not/)]);
  });

  it("starts quietly when everything instances must share is set", () => {
    expect(checkSeveralInstances(shared)).toEqual({ warnings: [] });
  });
});
