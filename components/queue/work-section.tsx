import type { ReactNode } from "react";

const number = new Intl.NumberFormat("en-GB");

// One list of "my work": a headed section saying how many there are, and how
// many are shown when the list is cut short.
export function WorkSection({
  id,
  title,
  shown,
  total,
  more,
  children,
}: {
  id: string;
  title: string;
  shown: number;
  total: number;
  more?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-10">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {title} <span className="font-normal text-muted">({number.format(total)})</span>
      </h2>
      {children}
      {total > shown ? (
        <p className="mt-2 text-sm text-muted">
          The first {number.format(shown)} of {number.format(total)}.{more ? <> {more}</> : null}
        </p>
      ) : null}
    </section>
  );
}
