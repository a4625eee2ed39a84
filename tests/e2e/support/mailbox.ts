import { existsSync, readdirSync, readFileSync, watch } from "node:fs";
import path from "node:path";
import type { ReceivedMail } from "../../support/smtp-receiver";
import { E2E } from "./env";

// What the e2e app's mail server received (tests/e2e/support/mail-receiver.ts),
// read from its folder. waitForMail watches the folder and answers as soon as
// a matching message lands, rather than polling on a timer.

export type DeliveredMail = Omit<ReceivedMail, "raw" | "receivedAt"> & { receivedAt: string };

export function receivedMail(): DeliveredMail[] {
  if (!existsSync(E2E.mailDir)) return [];
  return readdirSync(E2E.mailDir)
    .filter((name) => /^\d+\.json$/.test(name))
    .sort()
    .map((name) => JSON.parse(readFileSync(path.join(E2E.mailDir, name), "utf8")) as DeliveredMail);
}

export function waitForMail(predicate: (mail: DeliveredMail) => boolean, timeoutMs = 30_000): Promise<DeliveredMail> {
  return new Promise((resolve, reject) => {
    const look = () => receivedMail().find(predicate);
    const watcher = watch(E2E.mailDir, () => {
      const found = look();
      if (found) finish(() => resolve(found));
    });
    const timer = setTimeout(() => {
      const seen = receivedMail().map((mail) => `${mail.envelopeTo.join(",")}: ${mail.subject}`);
      finish(() => reject(new Error(`No matching mail within ${timeoutMs} ms. Received: ${seen.join(" | ") || "nothing"}`)));
    }, timeoutMs);
    const finish = (then: () => void) => {
      clearTimeout(timer);
      watcher.close();
      then();
    };
    // Already there before the watch began.
    const already = look();
    if (already) finish(() => resolve(already));
  });
}

/** The first link in a mail's text that starts with the e2e app's address. */
export function linkIn(mail: DeliveredMail): string {
  const link = mail.text.match(new RegExp(`${E2E.baseURL.replace(/[.]/g, "\\.")}\\S+`))?.[0];
  if (!link) throw new Error(`No link to the app in: ${mail.text}`);
  return link;
}
