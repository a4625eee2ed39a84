import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startSmtpReceiver } from "../../support/smtp-receiver";
import { E2E } from "./env";

// Playwright's global setup: a real SMTP server on E2E.smtpPort for the e2e
// app (SMTP_URL in playwright.config.ts). Each message it accepts is written
// to E2E.mailDir as <n>.eml (as received) and <n>.json (parsed), so specs,
// in another process, read it with tests/e2e/support/mailbox.ts. A file
// appears whole (written aside, then renamed), so a reader never sees half.
export default async function startMailReceiver() {
  rmSync(E2E.mailDir, { recursive: true, force: true });
  mkdirSync(E2E.mailDir, { recursive: true });
  let count = 0;
  const receiver = await startSmtpReceiver({
    port: E2E.smtpPort,
    onMail(mail) {
      count += 1;
      const name = String(count).padStart(5, "0");
      const { raw, ...parsed } = mail;
      writeFileSync(path.join(E2E.mailDir, `${name}.eml`), raw);
      const aside = path.join(E2E.mailDir, `.${name}.json`);
      writeFileSync(aside, JSON.stringify(parsed));
      renameSync(aside, path.join(E2E.mailDir, `${name}.json`));
    },
  });
  return () => receiver.close();
}
