import type { Metadata } from "next";
import Link from "next/link";
import { ResetRequestForm } from "@/components/accounts/reset-request-form";

export const metadata: Metadata = { title: "Forgot your password?" };

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-bold">Forgot your password?</h1>
      <p className="mt-2 text-muted">Enter the email of your desk account. We will send a link to choose a new password; it works once, for one hour.</p>
      <div className="mt-6">
        <ResetRequestForm />
      </div>
      <p className="mt-6 text-sm">
        <Link href="/login">Back to sign in</Link>
      </p>
    </div>
  );
}
