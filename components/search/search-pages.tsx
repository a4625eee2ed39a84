import Link from "next/link";

// Numbered result pages: the first and last, and two either side of the
// current one, with gaps marked. rel="prev"/"next" tell browsers and
// crawlers the order; aria-current tells screen readers where they are.
export function pageNumbers(page: number, pages: number): (number | "gap")[] {
  const wanted = new Set([1, pages, page - 2, page - 1, page, page + 1, page + 2].filter((n) => n >= 1 && n <= pages));
  const sorted = [...wanted].sort((a, b) => a - b);
  return sorted.flatMap((n, index) => (index > 0 && n - sorted[index - 1]! > 1 ? (["gap", n] as const) : [n]));
}

export function SearchPages({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  if (pages <= 1) return null;
  const linkClass = "inline-block min-w-9 rounded border border-rule px-2 py-1 text-center no-underline hover:bg-slate-100";
  return (
    <nav aria-label="Result pages" className="mt-6">
      <ul className="flex flex-wrap items-center gap-2 text-sm">
        {page > 1 ? (
          <li>
            <Link href={href(page - 1)} rel="prev" className={linkClass}>
              Previous page
            </Link>
          </li>
        ) : null}
        {pageNumbers(page, pages).map((n, index) =>
          n === "gap" ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={n}>
              <Link
                href={href(n)}
                aria-label={`Page ${n}`}
                aria-current={n === page ? "page" : undefined}
                className={n === page ? `${linkClass} bg-ink font-semibold text-white hover:bg-ink` : linkClass}
              >
                {n}
              </Link>
            </li>
          ),
        )}
        {page < pages ? (
          <li>
            <Link href={href(page + 1)} rel="next" className={linkClass}>
              Next page
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
