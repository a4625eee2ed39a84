import Link from "next/link";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-5xl px-4 py-16">
        <h1 className="text-3xl font-bold">Page not found</h1>
        <p className="mt-4">
          There is nothing published at this address. It may not have been published yet, or it may have moved.
        </p>
        <p className="mt-4"><Link href="/">See the latest verdicts</Link></p>
      </main>
      <SiteFooter />
    </>
  );
}
