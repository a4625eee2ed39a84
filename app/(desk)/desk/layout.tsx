import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";

// Sends signed-out visitors to the sign-in page. This is a convenience only:
// every desk query and action checks the policy again itself.
export default async function DeskLayout({ children }: { children: React.ReactNode }) {
  if (!(await getActor())) redirect("/login");
  return children;
}
