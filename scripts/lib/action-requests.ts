// Server-action posts (requests with a `Next-Action` header) are checked here
// before Next reads them. Next 16 answers 500 when such a post is not what its
// own client sends: a JSON or unknown body, a multipart body without its
// boundary or cut short, a body over the size limit. Those are the client's
// mistakes, so they answer 400 or 413 with a short plain message, and the
// action never runs.
//
// What Next's client sends, read from next/dist/server/app-render/
// action-handler.js (Node runtime) and React's encodeReply:
// - POST only;
// - multipart/form-data with a boundary, when the arguments hold a FormData
//   (every form on the desk): parsed by busboy, the root row in the field "0";
// - otherwise the arguments as one JSON array, which fetch labels text/plain.
// Next reads any other non-multipart type as that JSON text too, and bails
// out of application/x-www-form-urlencoded; neither comes from its client, so
// both are refused here.

import http from "node:http";
import { createRequire } from "node:module";

// Next's default serverActions.bodySizeLimit, which next.config.ts keeps: the
// desk's forms are a few kilobytes, and CSV imports go to a route handler.
export const ACTION_BODY_LIMIT = 1024 * 1024;

export type ActionRefusal = { status: 400 | 403 | 413; message: string };

const TOO_LARGE: ActionRefusal = { status: 413, message: "The form is larger than 1 MB, the limit for a form on this site." };
const malformed = (message: string): ActionRefusal => ({ status: 400, message });

export const isActionRequest = (request: http.IncomingMessage) => request.headers["next-action"] !== undefined;

// A form posted to a page without JavaScript carries its action in the
// multipart body instead of the header; Next treats every multipart POST to a
// page as one.
export const isPageFormPost = (request: http.IncomingMessage) =>
  request.method === "POST" && (request.headers["content-type"] ?? "").startsWith("multipart/form-data") && !(request.url ?? "").startsWith("/api/");

// A post from another site's page. Next refuses it too, but with a 500 and a
// stack in the log; here it is a plain 403. The host is the one Next compares
// with: X-Forwarded-Host when a trusted proxy set it (serve.ts drops a
// client's own), else Host. A post without Origin is left to Next's rules.
export function refuseForeignOrigin(headers: http.IncomingHttpHeaders): ActionRefusal | null {
  const origin = headers.origin;
  if (!origin) return null;
  const forwarded = headers["x-forwarded-host"];
  const host = (Array.isArray(forwarded) ? forwarded[0] : forwarded?.split(",")[0])?.trim() || headers.host;
  let originHost: string | null = null;
  try {
    originHost = new URL(origin).host;
  } catch {
    // "null" (a sandboxed frame) or garbage: not this site.
  }
  return originHost && originHost === host ? null : { status: 403, message: "This form was sent from another site, so it was not accepted." };
}

// The media type without its parameters, in lower case.
const essence = (contentType: string) => contentType.split(";")[0]!.trim().toLowerCase();

// What can be told from the request line and headers alone.
export function refuseActionHead(method: string | undefined, headers: http.IncomingHttpHeaders): ActionRefusal | null {
  if (method !== "POST") return malformed("A form is sent with POST.");
  const contentType = headers["content-type"] ?? "";
  // Next tells multipart from the rest with a case-sensitive prefix test, so
  // this does too: anything it would not parse as multipart must be JSON text.
  const multipart = contentType.startsWith("multipart/form-data");
  if (!multipart && essence(contentType) !== "text/plain") return malformed("This form was sent in a format the site does not read.");
  if (multipart && !/;\s*boundary=/i.test(contentType)) return malformed("This form was sent without its part boundary.");
  const declared = Number(headers["content-length"] ?? 0);
  if (declared > ACTION_BODY_LIMIT) return TOO_LARGE;
  return null;
}

// Reads the body, counting bytes: a body that declared no length (or a false
// one) is refused once it passes the limit, without reading the rest.
export function readActionBody(request: http.IncomingMessage, limit = ACTION_BODY_LIMIT): Promise<Buffer[] | ActionRefusal> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.off("data", onData);
        request.pause();
        resolve(TOO_LARGE);
        return;
      }
      chunks.push(chunk);
    };
    request.on("data", onData);
    request.once("end", () => resolve(chunks));
    request.once("error", reject);
  });
}

type Busboy = NodeJS.WritableStream & {
  on(event: "field", listener: (name: string, value: string) => void): Busboy;
  on(event: "file", listener: (name: string, stream: NodeJS.ReadableStream) => void): Busboy;
  on(event: "error", listener: (error: Error) => void): Busboy;
  on(event: "close", listener: () => void): Busboy;
};
// The busboy build Next itself parses server-action forms with, so a body
// that passes here is one Next can read (not a second parser that might
// disagree). It comes with Next; pinned by Next's version.
const busboy = createRequire(import.meta.url)("next/dist/compiled/busboy") as (options: object) => Busboy;

// React's reply format reads a string that starts with "$" as a reference
// (to a FormData, another part, a promise, a server function...) and throws on
// one it cannot resolve, which Next answers with 500. The desk's forms only
// ever send these: "$$…" (a typed "$", escaped), "$K<id>" (the form's
// FormData), "$undefined", and "$<id>" for a part of the same post. Anything
// else did not come from this site's pages.
const REFERENCE = /^\$(?:\$|K[0-9a-f]+$|undefined$|[0-9a-f]+$)/;

export function readsAsOwnArguments(root: unknown, partNames: ReadonlySet<string> = new Set()): boolean {
  if (typeof root === "string") {
    if (!root.startsWith("$")) return true;
    if (!REFERENCE.test(root)) return false;
    return !/^\$[0-9a-f]+$/.test(root) || partNames.has(root.slice(1));
  }
  if (Array.isArray(root)) return root.every((item) => readsAsOwnArguments(item, partNames));
  if (root && typeof root === "object") return Object.values(root).every((item) => readsAsOwnArguments(item, partNames));
  return true;
}

// The arguments row: a JSON list whose references this site's pages send.
function isOwnArgumentsRow(text: string, partNames?: ReadonlySet<string>): boolean {
  try {
    const row: unknown = JSON.parse(text);
    return Array.isArray(row) && readsAsOwnArguments(row, partNames);
  } catch {
    return false;
  }
}

// A post from Next's client carries the action's arguments in the field "0";
// a form posted without JavaScript names its action in "$ACTION_ID_..." fields
// instead, so only its structure is checked.
function refuseMultipart(headers: http.IncomingHttpHeaders, body: Buffer, needsArguments: boolean): Promise<ActionRefusal | null> {
  return new Promise((resolve) => {
    let parser: Busboy;
    try {
      // The options Next gives it (action-handler.js).
      parser = busboy({ headers, defParamCharset: "utf8", limits: { fieldSize: ACTION_BODY_LIMIT } });
    } catch {
      return resolve(malformed("This form was sent without its part boundary."));
    }
    let root: string | null = null;
    const names = new Set<string>();
    parser.on("field", (name, value) => {
      names.add(name);
      if (name === "0") root = value;
    });
    parser.on("file", (_name, stream) => stream.resume());
    parser.on("error", () => resolve(malformed("This form arrived broken or cut short.")));
    parser.on("close", () =>
      resolve(!needsArguments || (root !== null && isOwnArgumentsRow(root, names)) ? null : malformed("This form does not carry the action's arguments.")),
    );
    parser.end(body);
  });
}

// What can be told from the whole body.
export async function refuseActionBody(headers: http.IncomingHttpHeaders, body: Buffer, needsArguments = true): Promise<ActionRefusal | null> {
  if ((headers["content-type"] ?? "").startsWith("multipart/form-data")) return refuseMultipart(headers, body, needsArguments);
  return isOwnArgumentsRow(body.toString("utf8")) ? null : malformed("This form does not carry the action's arguments.");
}

// After a refusal the rest of the body is read and thrown away, up to this
// much, so that a client still sending can finish and read the answer (a
// socket closed under it reports EPIPE instead); past it the connection is cut.
const DISCARD_LIMIT = 4 * ACTION_BODY_LIMIT;

export function answerRefusal(request: http.IncomingMessage, response: http.ServerResponse, refusal: ActionRefusal) {
  response.writeHead(refusal.status, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
  response.end(`${refusal.message}\n`);
  let discarded = 0;
  request.on("data", (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > DISCARD_LIMIT) request.socket.destroy();
  });
  request.resume();
}

// The same request again, its body replayed from memory, for Next to read as
// if it came from the socket.
function replay(request: http.IncomingMessage, chunks: Buffer[]): http.IncomingMessage {
  const copy = new http.IncomingMessage(request.socket);
  copy.method = request.method;
  copy.url = request.url;
  copy.httpVersion = request.httpVersion;
  copy.httpVersionMajor = request.httpVersionMajor;
  copy.httpVersionMinor = request.httpVersionMinor;
  copy.headers = request.headers;
  copy.rawHeaders = request.rawHeaders;
  copy.complete = true;
  for (const chunk of chunks) copy.push(chunk);
  copy.push(null);
  return copy;
}

// Checks a server-action post. Answers it and returns null when it is
// refused; otherwise returns the request to hand to Next.
export async function checkedActionRequest(request: http.IncomingMessage, response: http.ServerResponse): Promise<http.IncomingMessage | null> {
  const early = refuseForeignOrigin(request.headers) ?? (isActionRequest(request) ? refuseActionHead(request.method, request.headers) : null);
  if (early) {
    answerRefusal(request, response, early);
    return null;
  }
  const body = await readActionBody(request);
  const refusal = Array.isArray(body) ? await refuseActionBody(request.headers, Buffer.concat(body), isActionRequest(request)) : body;
  if (refusal) {
    answerRefusal(request, response, refusal);
    return null;
  }
  return replay(request, body as Buffer[]);
}
