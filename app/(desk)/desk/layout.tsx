import { redirect } from "next/navigation";
import { DeskFrame } from "@/components/desk/desk-frame";
import { getActor } from "@/lib/auth/session";

// Sends signed-out visitors to the sign-in page. This is a convenience only:
// every desk query and action checks the policy again itself, and each page
// checks the session too, because this layout is not rendered again when
// someone moves between desk pages.
export default async function DeskLayout({ children }: { children: React.ReactNode }) {
  const actor = await getActor();
  if (!actor) redirect("/login");
  return <DeskFrame actor={actor}>{children}</DeskFrame>;
}
