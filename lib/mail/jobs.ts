import type { JobDefinition } from "@/lib/jobs/job";
import { queueJob } from "@/lib/jobs/queue";
import { BATCH_SIZE, deliverQueuedMail } from "./deliver";
import { sendDigests } from "./digest";

// The mail jobs the worker runs (listed in lib/jobs/catalogue.ts).

export const deliverMailJob: JobDefinition = {
  name: "deliver-mail",
  description: "Sends queued email through the mail server (SMTP_URL), or holds it in the desk's outbox when none is set.",
  schedule: "* * * * *",
  // Each message counts its own tries (lib/mail/deliver.ts); the job itself
  // only fails when the database does, and the next minute tries again.
  retryLimit: 1,
  expireInSeconds: 10 * 60,
  async run(_data, { log, signal }) {
    const report = await deliverQueuedMail({ log, signal });
    // A full batch may have left more waiting: ask for the next at once.
    if (report.sent + report.retrying + report.failed >= BATCH_SIZE && !signal.aborted) await queueJob("deliver-mail");
    return report;
  },
};

export const sendDigestsJob: JobDefinition = {
  name: "send-digests",
  description: "Emails each person who chose the daily digest the notices they have not read yet.",
  // 07:00 UTC: in the morning across Europe and Africa, overnight for the Americas.
  schedule: "0 7 * * *",
  async run() {
    const report = await sendDigests();
    if (report.digests > 0) await queueJob("deliver-mail");
    return report;
  },
};
