import { NotFoundMessage } from "@/components/site/not-found-message";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";

// For addresses no route matches: only the root layout is around this page,
// so it brings the site's header, main landmark and footer itself. A claim
// that is not found renders app/(public)/not-found.tsx instead, inside the
// public layout, and a desk record app/(desk)/desk/not-found.tsx.
export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-5xl px-4 py-16">
        <NotFoundMessage />
      </main>
      <SiteFooter />
    </>
  );
}
