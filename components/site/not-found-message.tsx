import Link from "next/link";

// The words of every "not found" page. Each not-found file places them inside
// the layout it is rendered in, so a page never has two headers or two
// <main> landmarks.
export function NotFoundMessage() {
  return (
    <>
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-4">There is nothing published at this address. It may not have been published yet, or it may have moved.</p>
      <p className="mt-4">
        <Link href="/">See the latest verdicts</Link>
      </p>
    </>
  );
}
