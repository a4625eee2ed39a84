import { diffLines, diffWords } from "diff";
import type { Run } from "@/lib/history/changes";

// The difference between two copies of a page's readable text, as one run of
// kept, removed and added text for the desk. Word by word for pages of
// ordinary length; paragraph by paragraph past that, since a word diff of two
// long pages costs seconds and reads no better. Long stretches that did not
// change are shortened to their ends, so the change is what the eye finds.

const WORD_DIFF_LIMIT = 40_000;
const KEEP_AROUND = 160;

function shorten(text: string): string {
  if (text.length <= KEEP_AROUND * 2 + 40) return text;
  const omitted = text.length - KEEP_AROUND * 2;
  return `${text.slice(0, KEEP_AROUND)} […${omitted.toLocaleString("en-GB")} characters unchanged…] ${text.slice(-KEEP_AROUND)}`;
}

export function pageTextDiff(before: string, after: string): Run[] {
  const long = before.length + after.length > WORD_DIFF_LIMIT;
  const parts = long ? diffLines(before, after) : diffWords(before, after);
  return parts.map((part) =>
    part.added ? { kind: "added", text: part.value } : part.removed ? { kind: "removed", text: part.value } : { kind: "kept", text: shorten(part.value) },
  );
}
