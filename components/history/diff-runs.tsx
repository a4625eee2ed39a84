import type { Run } from "@/lib/history/changes";

// Before and after as runs of text. Removed words are struck through and
// added words underlined (<del>/<ins>), so the change reads without colour;
// screen readers, which mostly do not announce <del>/<ins>, hear it said.
export function DiffRuns({ runs }: { runs: Run[] }) {
  return (
    <>
      {runs.map((run, index) => {
        switch (run.kind) {
          case "removed":
            return (
              <del key={index} className="bg-red-50 text-red-900 decoration-2">
                <span className="sr-only">[removed: </span>
                {run.text}
                <span className="sr-only">]</span>
              </del>
            );
          case "added":
            return (
              <ins key={index} className="bg-green-50 text-green-900 decoration-2 underline-offset-2">
                <span className="sr-only">[added: </span>
                {run.text}
                <span className="sr-only">]</span>
              </ins>
            );
          case "empty":
            return (
              <em key={index} className="text-muted">
                {run.text}
              </em>
            );
          default:
            return <span key={index}>{run.text}</span>;
        }
      })}
    </>
  );
}

// Shown once above the changes: what the marks mean, in words.
export function DiffLegend() {
  return (
    <p className="mt-2 text-sm text-muted">
      In each change, removed words are <del className="bg-red-50 text-red-900 decoration-2">struck through</del> and added words are{" "}
      <ins className="bg-green-50 text-green-900 decoration-2 underline-offset-2">underlined</ins>. “(empty)” means the field had no value.
    </p>
  );
}
