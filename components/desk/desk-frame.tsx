import { DeskHeader } from "@/components/desk/desk-header";
import { SiteAddressWarning } from "@/components/desk/site-address-warning";
import type { Actor } from "@/lib/auth/roles";
import { unreadCount } from "@/lib/notifications/queries";

// The desk's header and main landmark around a page.
export async function DeskFrame({ actor, children }: { actor: Actor | null; children: React.ReactNode }) {
  return (
    <>
      <DeskHeader actor={actor} unread={await unreadCount(actor)} />
      {actor ? <SiteAddressWarning actor={actor} /> : null}
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
