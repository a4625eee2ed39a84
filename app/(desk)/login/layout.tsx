import { DeskHeader } from "@/components/desk/desk-header";

// Nobody is signed in here, so the header shows no name (see ../layout.tsx).
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
