import { CallbackRouteError } from "@auth/core/errors";
import { afterEach, describe, expect, it, vi } from "vitest";
import { logIn } from "@/lib/auth/actions";
import { createPrismaClient } from "@/lib/db";
import { idle } from "@/lib/form-state";

// Signing in while the database does not answer: the form says so and keeps
// the email, instead of Next's error page or "that email and password do not
// match". Auth.js runs only inside Next, so its signIn is stood in for here.

const signIn = vi.hoisted(() => vi.fn());
const throttle = vi.hoisted(() => ({ check: vi.fn() }));
vi.mock("@/lib/auth/config", () => ({ signIn, signOut: vi.fn() }));
vi.mock("next-auth", async () => ({ AuthError: (await import("@auth/core/errors")).AuthError }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "10.1.2.3" }) }));
vi.mock("@/lib/auth/throttle", async (original) => ({
  ...(await original<typeof import("@/lib/auth/throttle")>()),
  checkLoginThrottle: (...args: unknown[]) => throttle.check(...args),
}));

afterEach(() => vi.clearAllMocks());

// The error a real outage gives: a client of the app's kind, pointed where
// nothing listens.
const outage = () =>
  createPrismaClient("postgresql://nobody@127.0.0.1:1/none")
    .loginAttempt.count()
    .catch((error: unknown) => error);

const form = () => {
  const data = new FormData();
  data.set("email", "reporter@example.org");
  data.set("password", "a password long enough");
  return data;
};

describe("signing in with the database down", () => {
  it("the throttle's lookup failing is told plainly, keeping the email", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const error = await outage();
    throttle.check.mockRejectedValue(error);
    expect(await logIn(idle, form())).toEqual({
      status: "failed",
      message: expect.stringMatching(/database is not answering/),
      values: { email: "reporter@example.org" },
    });
    expect(signIn).not.toHaveBeenCalled();
  });

  it("the account lookup failing inside Auth.js is not told as a wrong password", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    throttle.check.mockResolvedValue({ blocked: false });
    // As @auth/core does: `new CallbackRouteError(e)` (its types declare a
    // string, its constructor takes the error and keeps it as cause.err).
    signIn.mockRejectedValue(new CallbackRouteError((await outage()) as string));
    const state = await logIn(idle, form());
    expect(state).toMatchObject({ status: "failed", message: expect.stringMatching(/database is not answering/) });
    expect(state).not.toMatchObject({ message: expect.stringMatching(/do not match/) });
  });
});
