// The verdict label in the scale's colour. Colours are dark enough for white
// text at normal size (WCAG AA, 4.5:1).
export function RatingBadge({ label, colour, size = "md" }: { label: string; colour: string; size?: "md" | "lg" }) {
  const sizing = size === "lg" ? "px-3 py-1.5 text-lg" : "px-2 py-0.5 text-sm";
  return (
    <span className={`inline-block rounded font-semibold text-white ${sizing}`} style={{ backgroundColor: colour }}>
      {label}
    </span>
  );
}
