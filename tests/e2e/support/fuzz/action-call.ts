import type { APIRequestContext } from "@playwright/test";
import { E2E } from "../env";
import type { Resolved } from "./id-pool";

// A server action called the way Next's client calls it (captured from a
// real submission in Chromium and checked by the "encoding" test of
// fuzz-actions.spec.ts): a POST to a page that carries the action, its id in
// `Next-Action`, from the site's own origin.
//
// - A `useActionState` form calls `action(previousState, formData)`. React's
//   encodeReply sends that as multipart: each form field as a part named
//   `_1_<field>` (the FormData is reference 1), and a part `0` holding the
//   argument list as JSON, `[previousState, "$K1"]`.
// - An action called with plain values (speakerHints("Abbas…")) is sent as
//   text/plain JSON of the argument list; React writes a string starting
//   with "$" as "$$…" so it is not read as a reference.
//
// The body is built by hand, byte by byte, so the fuzz can repeat fields and
// send bytes no browser would (a surrogate half in UTF-8).

export const FORM_DATA_REFERENCE = "$K1";
export const formFieldPart = (name: string) => `_1_${name}`;

const BOUNDARY = "----OnRecordFuzzBoundary4f1c9a0e";

export function multipartBody(fields: [string, Resolved][], previousState: unknown): Buffer {
  const chunks: Buffer[] = [];
  const part = (name: string, value: Buffer) => {
    // Browsers percent-encode quotes and line breaks in part names; so do we.
    const safeName = name.replace(/"/g, "%22").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
    chunks.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${safeName}"\r\n\r\n`, "utf8"), value, Buffer.from("\r\n"));
  };
  for (const [name, value] of fields) part(formFieldPart(name), "bytes" in value ? Buffer.from(value.bytes) : Buffer.from(value.text, "utf8"));
  part("0", Buffer.from(JSON.stringify([previousState, FORM_DATA_REFERENCE]), "utf8"));
  chunks.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return Buffer.concat(chunks);
}

// React's escaping of plain strings in an argument list.
export function encodeArguments(args: unknown[]): string {
  return JSON.stringify(args, (_key, value: unknown) => (typeof value === "string" && value.startsWith("$") ? `$${value}` : value));
}

export type ActionAnswer = { status: number; outcome: string; body: string; redirect?: string };

export async function callAction(
  request: APIRequestContext,
  address: string,
  actionId: string,
  body: { multipart: Buffer } | { json: string },
): Promise<ActionAnswer> {
  const response = await request.post(address, {
    data: "multipart" in body ? body.multipart : body.json,
    headers: {
      "Next-Action": actionId,
      Origin: E2E.baseURL,
      Accept: "text/x-component",
      "Content-Type": "multipart" in body ? `multipart/form-data; boundary=${BOUNDARY}` : "text/plain;charset=UTF-8",
    },
    maxRedirects: 0,
    timeout: 30_000,
  });
  const text = await response.text();
  const redirect = response.headers()["x-action-redirect"];
  return { status: response.status(), outcome: redirect ? "redirect" : actionOutcome(text), body: text, redirect };
}

// The action's return value is the row that row 0 points at
// (`0:{"a":"$@1",…}` and `1:{"status":"invalid",…}`, with the re-rendered
// page's rows around them after a revalidation); OnRecord's form actions
// return a state with a status.
export function actionOutcome(flight: string): string {
  const lines = flight.split("\n");
  const head = /^0:\{"a":"\$@([0-9a-f]+)"/.exec(lines.find((line) => line.startsWith('0:{"a":')) ?? "");
  if (!head) return "unreadable";
  const row = lines.find((line) => line.startsWith(`${head[1]}:`));
  if (!row) return "pending";
  const status = /^[0-9a-f]+:\{"status":"([a-z_]+)"/.exec(row);
  if (status) return status[1]!;
  // An error row: the action threw.
  if (row.slice(head[1]!.length + 1).startsWith("E{")) return "threw";
  return row.slice(head[1]!.length + 1, head[1]!.length + 2) === "[" ? "list" : "value";
}
