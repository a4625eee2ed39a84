import { DeskFrame } from "@/components/desk/desk-frame";

// Signing in and out: the header names nobody here (see ../layout.tsx), so it
// never shows a person whose session has just ended.
export default function SignInLayout({ children }: { children: React.ReactNode }) {
  return <DeskFrame actor={null}>{children}</DeskFrame>;
}
