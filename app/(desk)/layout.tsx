import type { Metadata } from "next";
import { DeskHeader } from "@/components/desk/desk-header";
import { getActor } from "@/lib/auth/session";

export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function DeskGroupLayout({ children }: { children: React.ReactNode }) {
  const actor = await getActor();
  return (
    <>
      <DeskHeader actor={actor} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
