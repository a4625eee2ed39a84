import type { ReactNode } from "react";

// One titled part of /desk/account, labelled by its heading for screen readers.
export function AccountSection({ id, title, intro, children }: { id: string; title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {title}
      </h2>
      {intro}
      <div className="mt-3">{children}</div>
    </section>
  );
}
