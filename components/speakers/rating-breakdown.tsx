type Step = { label: string; colour: string; count: number };

// A speaker's verdicts at a glance in the index: a thin bar split by rating
// (decoration only) and the same counts in words.
export function RatingBreakdown({ steps }: { steps: Step[] }) {
  const total = steps.reduce((sum, step) => sum + step.count, 0);
  if (total === 0) return null;
  return (
    <div className="mt-2">
      <div aria-hidden="true" className="flex h-2 w-full max-w-xs overflow-hidden rounded-sm bg-rule">
        {steps.map((step) => (
          <span key={step.label} style={{ width: `${(step.count / total) * 100}%`, backgroundColor: step.colour }} />
        ))}
      </div>
      <ul className="mt-1 flex flex-wrap gap-x-3 text-sm">
        {steps.map((step) => (
          <li key={step.label}>
            <span className="font-semibold tabular-nums">{step.count}</span> {step.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
