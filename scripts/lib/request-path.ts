import type http from "node:http";

// An address whose path cannot be percent-decoded ("/claims/%", "%u202e",
// the encoded half of a surrogate pair "%ED%A0%80") makes Next's router throw
// while matching a dynamic segment, and the client gets a 500. The mistake
// is the client's, so the production server answers 400 before Next sees it.
export function isDecodablePath(url: string | undefined): boolean {
  const path = (url ?? "/").split("?")[0]!;
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

export function refuseUndecodablePath(response: http.ServerResponse) {
  response.writeHead(400, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
  response.end("This address is not properly encoded: check the link for a stray % sign.\n");
}
