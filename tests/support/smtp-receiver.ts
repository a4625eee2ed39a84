import { EventEmitter } from "node:events";
import type { AddressInfo } from "node:net";
import { type AddressObject, simpleParser } from "mailparser";
import { SMTPServer, type SMTPServerAddress } from "smtp-server";

// A real SMTP server on 127.0.0.1 for the tests: OnRecord's deliveries go
// through nodemailer to it over a socket, exactly as to a newsroom's relay,
// and every message it accepts is parsed (mailparser) and kept. Tests wait
// on the arrival itself (waitForMail), never on a fixed pause.

export type ReceivedMail = {
  /** The envelope: who the server was told it is from and for. */
  envelopeFrom: string;
  envelopeTo: string[];
  /** The headers as a reader's mail program shows them. */
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  raw: Buffer;
  receivedAt: Date;
};

export type Refusal = { code: number; message: string };

export type SmtpReceiver = {
  port: number;
  /** For SMTP_URL: smtp://127.0.0.1:<port>, with the credentials when asked for. */
  url: string;
  messages: ReceivedMail[];
  /** Resolves with the first message, already here or still to come, that matches. */
  waitForMail: (predicate?: (mail: ReceivedMail) => boolean, timeoutMs?: number) => Promise<ReceivedMail>;
  /** From now on answer every recipient with this refusal (null: accept again). */
  refuseRecipients: (refusal: Refusal | null) => void;
  close: () => Promise<void>;
};

const addressText = (value: AddressObject | AddressObject[] | undefined) =>
  value === undefined ? "" : (Array.isArray(value) ? value : [value]).map((address) => address.text).join(", ");

export async function startSmtpReceiver(
  options: { port?: number; credentials?: { user: string; pass: string }; onMail?: (mail: ReceivedMail) => void | Promise<void> } = {},
): Promise<SmtpReceiver> {
  const messages: ReceivedMail[] = [];
  const arrivals = new EventEmitter();
  let refusal: Refusal | null = null;

  const server = new SMTPServer({
    secure: false,
    // Plain SMTP on the loopback: no certificate to make, and nodemailer
    // would otherwise upgrade with STARTTLS and refuse our self-signed one.
    disabledCommands: options.credentials ? ["STARTTLS"] : ["STARTTLS", "AUTH"],
    allowInsecureAuth: true,
    authOptional: !options.credentials,
    logger: false,
    onAuth(auth, _session, callback) {
      const right = auth.username === options.credentials?.user && auth.password === options.credentials?.pass;
      callback(right ? null : Object.assign(new Error("Invalid user name or password"), { responseCode: 535 }), right ? { user: auth.username } : undefined);
    },
    onRcptTo(_address, _session, callback) {
      if (refusal) callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
      else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", callback);
      stream.on("end", async () => {
        try {
          const raw = Buffer.concat(chunks);
          const parsed = await simpleParser(raw);
          const mail: ReceivedMail = {
            envelopeFrom: session.envelope.mailFrom ? (session.envelope.mailFrom as SMTPServerAddress).address : "",
            envelopeTo: session.envelope.rcptTo.map((recipient) => recipient.address),
            from: addressText(parsed.from),
            to: addressText(parsed.to),
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : null,
            raw,
            receivedAt: new Date(),
          };
          await options.onMail?.(mail);
          messages.push(mail);
          arrivals.emit("mail", mail);
          callback();
        } catch (error) {
          callback(error as Error);
        }
      });
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  const credentials = options.credentials ? `${encodeURIComponent(options.credentials.user)}:${encodeURIComponent(options.credentials.pass)}@` : "";

  return {
    port,
    url: `smtp://${credentials}127.0.0.1:${port}`,
    messages,
    waitForMail(predicate = () => true, timeoutMs = 10_000) {
      const already = messages.find(predicate);
      if (already) return Promise.resolve(already);
      return new Promise((resolve, reject) => {
        const onMail = (mail: ReceivedMail) => {
          if (!predicate(mail)) return;
          clearTimeout(timer);
          arrivals.off("mail", onMail);
          resolve(mail);
        };
        const timer = setTimeout(() => {
          arrivals.off("mail", onMail);
          reject(
            new Error(`No matching mail arrived within ${timeoutMs} ms (${messages.length} received: ${messages.map((mail) => mail.subject).join(" | ")}).`),
          );
        }, timeoutMs);
        arrivals.on("mail", onMail);
      });
    },
    refuseRecipients(next) {
      refusal = next;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
