"use client";

import { useEffect, useRef, useState, useSyncExternalStore } from "react";

// Shown only once React runs in the browser: without JavaScript the button
// could do nothing, and the text stays selectable in its field instead.
const noSubscription = () => () => {};
const useInBrowser = () =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

const MESSAGE_MS = 4000;

export function CopyButton({ text, fieldId, label }: { text: string; fieldId: string; label: string }) {
  const inBrowser = useInBrowser();
  const [message, setMessage] = useState("");
  const clearing = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(clearing.current), []);

  async function copy() {
    const field = document.getElementById(fieldId) as HTMLInputElement | HTMLTextAreaElement | null;
    let copied = false;
    try {
      await navigator.clipboard.writeText(text);
      copied = true;
    } catch {
      // No clipboard access (a page served over http, a refused permission):
      // select the text, then try the older copy command.
      field?.select();
      copied = document.execCommand("copy");
    }
    setMessage(copied ? "Copied" : "Selected: press Ctrl+C (⌘C on a Mac) to copy");
    clearTimeout(clearing.current);
    clearing.current = setTimeout(() => setMessage(""), MESSAGE_MS);
  }

  return (
    <span className="inline-flex items-center gap-3">
      {inBrowser ? (
        <button type="button" onClick={copy} className="rounded border border-gray-400 bg-white px-3 py-2 text-sm font-medium hover:bg-gray-50">
          {label}
        </button>
      ) : null}
      <span aria-live="polite" className="text-sm text-muted">
        {message}
      </span>
    </span>
  );
}
