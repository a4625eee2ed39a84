import type { Metadata } from "next";

// Verdict cards live inside other sites' frames: no site header or footer,
// only the card, filling the frame. The root layout gives <html> and <body>.
// Search engines should list the verdict page, not its card.
export const metadata: Metadata = {
  robots: { index: false, follow: true },
};

export default function EmbedLayout({ children }: { children: React.ReactNode }) {
  return (
    <main id="main" className="flex h-screen flex-col overflow-hidden rounded-md border border-rule bg-paper p-4">
      {children}
    </main>
  );
}
