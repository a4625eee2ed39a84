import type { Stance } from "@/lib/claims/labels";

// A stance as a symbol and words: the symbol helps the eye, the words carry
// the meaning (colour and shape are never the only key).
const MARKS: Record<Stance, { symbol: string; words: string; tone: string }> = {
  SUPPORTS: { symbol: "✓", words: "Supports", tone: "text-supports" },
  CONTRADICTS: { symbol: "✗", words: "Contradicts", tone: "text-contradicts" },
  CONTEXT: { symbol: "○", words: "Context for", tone: "text-muted" },
};

export function StanceMark({ stance }: { stance: Stance }) {
  const mark = MARKS[stance];
  return (
    <span className={`font-semibold ${mark.tone}`}>
      <span aria-hidden="true">{mark.symbol} </span>
      {mark.words}
    </span>
  );
}
