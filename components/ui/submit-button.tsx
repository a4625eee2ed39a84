"use client";

import { useFormStatus } from "react-dom";

export function SubmitButton({
  children,
  pendingLabel,
  tone = "primary",
}: {
  children: React.ReactNode;
  pendingLabel?: string;
  tone?: "primary" | "secondary" | "danger";
}) {
  const { pending } = useFormStatus();
  const tones = {
    primary: "bg-blue-700 text-white hover:bg-blue-800",
    secondary: "border border-gray-500 bg-white text-ink hover:bg-gray-50",
    danger: "bg-red-700 text-white hover:bg-red-800",
  };
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={`rounded px-4 py-2 text-sm font-semibold disabled:opacity-60 ${tones[tone]}`}>
      {pending ? (pendingLabel ?? "Saving…") : children}
    </button>
  );
}
