// What went wrong with a delivery, in words an admin can act on. The raw
// error (which may carry the server's full answer) goes to the log; the
// outbox shows this.

type SmtpError = { code?: string; responseCode?: number; response?: string; message?: string };

export type Failure = { words: string; permanent: boolean };

export function describeSmtpFailure(error: unknown): Failure {
  const { code, responseCode, message = "" } = (error ?? {}) as SmtpError;
  // A 5xx answer about this message or its recipient will be the same next
  // time: the address does not exist, the content is refused.
  if ((code === "EENVELOPE" || code === "EMESSAGE") && responseCode && responseCode >= 500) {
    return { words: `The mail server refused this message for good (${responseCode}). Check the recipient's address.`, permanent: true };
  }
  if (code === "EENVELOPE" || code === "EMESSAGE") {
    return {
      words: `The mail server did not accept this message for now${responseCode ? ` (${responseCode})` : ""}; it will be tried again.`,
      permanent: false,
    };
  }
  if (code === "EAUTH" || code === "ENOAUTH") {
    return { words: "The mail server refused OnRecord's user name or password. Check SMTP_URL.", permanent: false };
  }
  if (code === "ETLS") return { words: "A secure connection to the mail server could not be set up. Check SMTP_URL (smtp:// or smtps://).", permanent: false };
  if (code === "EDNS" || /ENOTFOUND|EAI_AGAIN/.test(message)) {
    return { words: "The mail server's name could not be found. Check the host in SMTP_URL.", permanent: false };
  }
  if (code === "ETIMEDOUT") return { words: "The mail server did not answer in time; it will be tried again.", permanent: false };
  if (/ECONNREFUSED/.test(message)) return { words: "The mail server refused the connection (is it running?); it will be tried again.", permanent: false };
  if (code === "ECONNECTION" || code === "ESOCKET" || code === "EPROTOCOL") {
    return { words: "The connection to the mail server broke off; it will be tried again.", permanent: false };
  }
  return { words: "Sending failed for a reason OnRecord does not recognise; the server's log has the detail.", permanent: false };
}
