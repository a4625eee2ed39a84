import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { getActor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ next?: string; signedOut?: string; joined?: string; reset?: string }> };

export default async function LoginPage({ searchParams }: Props) {
  if (await getActor()) redirect("/desk");
  const { next, signedOut, joined, reset } = await searchParams;
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-bold">Sign in to the desk</h1>
      <p className="mt-2 text-muted">For reporters, editors and admins of the newsroom.</p>
      {signedOut ? <p className="mt-4 rounded bg-slate-100 px-3 py-2 text-sm">You have signed out.</p> : null}
      {joined ? (
        <p className="mt-4 rounded bg-green-50 px-3 py-2 text-sm text-green-900">Your password is set. Sign in with your email and the password you chose.</p>
      ) : null}
      {reset ? (
        <p className="mt-4 rounded bg-green-50 px-3 py-2 text-sm text-green-900">
          Your new password is saved and every session of your account was signed out. Sign in with it.
        </p>
      ) : null}
      <div className="mt-6">
        <LoginForm next={typeof next === "string" && next.startsWith("/") ? next : undefined} />
      </div>
      <p className="mt-6 text-sm">
        <Link href="/forgot-password">Forgot your password?</Link>
      </p>
    </div>
  );
}
