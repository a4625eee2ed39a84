import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { getActor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ next?: string; signedOut?: string }> };

export default async function LoginPage({ searchParams }: Props) {
  if (await getActor()) redirect("/desk");
  const { next, signedOut } = await searchParams;
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-bold">Sign in to the desk</h1>
      <p className="mt-2 text-muted">For reporters, editors and admins of the newsroom.</p>
      {signedOut ? <p className="mt-4 rounded bg-slate-100 px-3 py-2 text-sm">You have signed out.</p> : null}
      <div className="mt-6">
        <LoginForm next={typeof next === "string" && next.startsWith("/") ? next : undefined} />
      </div>
    </div>
  );
}
