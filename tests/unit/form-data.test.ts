import { describe, expect, it, vi } from "vitest";
import { formDataToObject } from "@/lib/auth/door";

// next-auth cannot be loaded outside Next; the door's default session reader
// is not used here.
vi.mock("@/lib/auth/session", () => ({ getActor: async () => null }));

describe("formDataToObject", () => {
  it("turns form fields into an object of strings", () => {
    const form = new FormData();
    form.set("text", "Iran has agreed to nuclear restraint.");
    form.set("madeAt", "2026-05-31");
    expect(formDataToObject(form)).toEqual({ text: "Iran has agreed to nuclear restraint.", madeAt: "2026-05-31" });
  });

  it("turns repeated fields into arrays, in order", () => {
    const form = new FormData();
    form.append("topic", "a");
    form.append("topic", "b");
    form.append("topic", "c");
    expect(formDataToObject(form)).toEqual({ topic: ["a", "b", "c"] });
  });

  it("drops Next's own $ACTION bookkeeping fields", () => {
    const form = new FormData();
    form.set("$ACTION_ID_abc123", "");
    form.set("$ACTION_REF_1", "");
    form.set("$ACTION_1:0", "{}");
    form.set("summary", "kept");
    expect(formDataToObject(form)).toEqual({ summary: "kept" });
  });

  it("ignores uploaded files, which no form here expects", () => {
    const form = new FormData();
    form.set("attachment", new Blob(["<script>alert(1)</script>"], { type: "text/html" }), "evil.html");
    form.set("title", "kept");
    expect(formDataToObject(form)).toEqual({ title: "kept" });
  });

  it("keeps empty strings so schemas can treat them as blank", () => {
    const form = new FormData();
    form.set("quote", "");
    expect(formDataToObject(form)).toEqual({ quote: "" });
  });
});
