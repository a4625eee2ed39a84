import { settings } from "@/lib/settings";

// Whether mail leaves the building: said once at the top of the outbox, so an
// admin of the demo knows why nothing arrives, and one of a real newsroom
// which server mail goes through (the host only, never the credentials).
export function DeliveryMode() {
  const { SMTP_URL } = settings();
  if (!SMTP_URL) {
    return (
      <p className="mt-2 max-w-3xl rounded border-l-4 border-amber-600 bg-amber-50 px-3 py-2" data-testid="outbox-mode">
        No mail server is set up (<code>SMTP_URL</code>), so nothing is sent: every email is held here. To pass on an invitation or a reset link, open the email
        and give the link to the person yourself.
      </p>
    );
  }
  return (
    <p className="mt-2 max-w-3xl text-muted" data-testid="outbox-mode">
      Email is sent through <code>{new URL(SMTP_URL).host}</code>. Failed tries are retried with growing pauses; after five, the email is marked failed. Links
      that work only once are removed from an email once it is sent.
    </p>
  );
}
