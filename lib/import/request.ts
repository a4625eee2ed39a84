import { type DomainErrorCode, REFUSALS } from "@/lib/errors";
import { IMPORT_LIMITS } from "@/lib/import/columns";

// Reading an upload sent to the import routes. No `server-only` and no
// session here, so the rules can be tested on plain Request objects.

const isCsv = (request: Request) => (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase() === "text/csv";

// Route handlers, unlike server actions, get no origin check from Next. A
// page on another site could otherwise post a file with the desk's cookies.
// A browser says where a request comes from (Origin, Sec-Fetch-Site); when it
// says neither, only a text/csv body is let through, because no form can send
// one across sites and fetch() must ask first (a CORS preflight, which these
// routes never answer).
export function crossSiteRefusal(request: Request): string | undefined {
  const refusal = "This request came from another site and was refused. Upload the file from the import page of the desk.";
  if (request.headers.get("sec-fetch-site") === "cross-site") return refusal;
  const origin = request.headers.get("origin");
  // Behind a proxy, the host the browser used is the forwarded one (as Next's
  // own server-action check reads it).
  const host = (request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? "").split(",")[0]!.trim().toLowerCase();
  if (origin) {
    let originHost: string;
    try {
      originHost = new URL(origin).host.toLowerCase();
    } catch {
      return refusal; // "null" (a sandboxed frame, a file: page) or garbage
    }
    if (!host || originHost !== host) return refusal;
    return undefined;
  }
  if (!request.headers.get("sec-fetch-site") && !isCsv(request)) return refusal;
  return undefined;
}

type UploadRefusal = Extract<DomainErrorCode, "invalid" | "too_large" | "unsupported_type">;
export type Upload = { ok: true; name: string; text: string } | { ok: false; code: UploadRefusal; status: number; message: string };

// The status is the one lib/errors.ts gives the refusal.
const refused = (code: UploadRefusal, message: string): Upload => ({ ok: false, code, status: REFUSALS[code].status, message });

const TOO_LARGE = `The file is larger than 10 MB, the most one import takes. Split it into files of at most ${IMPORT_LIMITS.maxClaims.toLocaleString("en-GB")} claims and import them one after the other.`;

// The body as UTF-8 text, refused past the size limit whether or not the
// sender declared its length, without reading more than the limit.
export async function readUpload(request: Request, maxBytes: number = IMPORT_LIMITS.maxBytes): Promise<Upload> {
  if (!isCsv(request)) {
    return refused("unsupported_type", "Send the file as CSV (Content-Type: text/csv). Choose a .csv file on the import page.");
  }
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > maxBytes) return refused("too_large", TOO_LARGE);
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => {});
        return refused("too_large", TOO_LARGE);
      }
      chunks.push(value);
    }
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return refused("invalid", "The file is not UTF-8 text. Save it from your spreadsheet as “CSV UTF-8 (comma delimited)” and try again.");
  }
  if (text.trim() === "") return refused("invalid", "The file is empty. Choose a CSV file with a header row and at least one claim.");
  return { ok: true, name: fileName(request.headers.get("x-file-name")), text };
}

// The name the person's file had, for the audit log and the claims' history:
// sent URI-encoded (headers carry only Latin-1), reduced to a plain name.
export function fileName(header: string | null): string {
  let name = header ?? "";
  try {
    name = decodeURIComponent(name);
  } catch {
    // Not encoded after all: keep it as sent.
  }
  name = name
    .split(/[\\/]/)
    .pop()!
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim()
    .slice(0, 200);
  return name || "upload.csv";
}
