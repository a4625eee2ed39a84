// What a piece of a response passed to write() or end() holds, as bytes: the
// production server's wrappers that gather a response (page-cache.ts,
// whole-answers.ts) receive it in each form Node accepts. Null when the
// argument is no data (nothing, or the callback in its place).
export function writtenChunk(chunk: unknown, encoding: unknown): Buffer | null {
  if (chunk === undefined || chunk === null || typeof chunk === "function") return null;
  if (Buffer.isBuffer(chunk)) return chunk;
  if (typeof chunk === "string") return Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
  return Buffer.from(chunk as Uint8Array);
}
