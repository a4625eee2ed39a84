import type { CommitLine } from "@/lib/import/summary";

// Reads the commit route's answer line by line as it arrives, for the
// progress bar. A line may be split across network chunks; it is only parsed
// once its newline has come.
export async function* commitLines(body: ReadableStream<Uint8Array>): AsyncGenerator<CommitLine> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffered = "";
  for (;;) {
    const { done, value } = await reader.read();
    buffered += done ? decoder.decode() : decoder.decode(value, { stream: true });
    let newline: number;
    while ((newline = buffered.indexOf("\n")) >= 0) {
      const line = buffered.slice(0, newline).trim();
      buffered = buffered.slice(newline + 1);
      if (line) yield JSON.parse(line) as CommitLine;
    }
    if (done) break;
  }
  if (buffered.trim()) yield JSON.parse(buffered) as CommitLine;
}
