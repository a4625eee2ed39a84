import { DeskHeader } from "@/components/desk/desk-header";

// Signing in and out: the header names nobody here (see ../layout.tsx), so it
// never shows a person whose session has just ended.
export default function SignInLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <DeskHeader actor={null} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
