import { afterAll, beforeAll, beforeEach, vi } from "vitest";
import { type SmtpReceiver, startSmtpReceiver } from "./smtp-receiver";

// For an integration test file: a receiver started before its tests and
// stopped after them, with SMTP_URL pointing at it for each test (a test may
// change it; it is put back before the next). Kept apart from
// smtp-receiver.ts, which Playwright's global setup loads without vitest.
export function smtpReceiverForFile(): { readonly current: SmtpReceiver } {
  let receiver: SmtpReceiver | undefined;
  beforeAll(async () => {
    receiver = await startSmtpReceiver();
  });
  afterAll(() => receiver?.close());
  beforeEach(() => {
    receiver!.refuseRecipients(null);
    vi.stubEnv("SMTP_URL", receiver!.url);
    return () => vi.unstubAllEnvs();
  });
  return {
    get current() {
      if (!receiver) throw new Error("The SMTP receiver starts before the file's tests; use it inside them.");
      return receiver;
    },
  };
}
