import Link from "next/link";

// What a page behind an emailed link says when the link no longer works:
// what happened, and where to go next.
export function DeadLink({ message, next }: { message: string; next: { href: string; label: string } }) {
  return (
    <div className="mt-6 space-y-4">
      <p className="rounded border-l-4 border-red-700 bg-red-50 px-3 py-2" data-testid="dead-link">
        {message}
      </p>
      <p>
        <Link href={next.href}>{next.label}</Link>
      </p>
    </div>
  );
}
