import type { Metadata } from "next";

export const metadata: Metadata = { robots: { index: false, follow: false } };

// The desk (desk/layout.tsx) and the sign-in page (login/layout.tsx) each
// bring their own header. A header naming the signed-in person must not live
// in a layout the two share: Next keeps a shared layout when it navigates
// between routes, so it would stay on screen after the person's session ended
// and the desk sent them to sign in.
export default function DeskGroupLayout({ children }: { children: React.ReactNode }) {
  return children;
}
