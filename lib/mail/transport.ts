import "server-only";
import nodemailer, { type Transporter } from "nodemailer";

// One connection to the mail server for a batch of messages, with limits so
// a server that stops answering holds the job up seconds, not minutes.
export function openTransport(smtpUrl: string): Transporter {
  return nodemailer.createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections: 1,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
}
