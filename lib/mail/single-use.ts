import type { MailKind } from "./outbox";

// Mail that carries a single-use link (set a password, reset it, confirm an
// address). Once the mail server has it, the database need not keep it
// (lib/mail/deliver.ts blanks it); while it waits or is held, an admin who
// opens it in the outbox could follow the link, so the audit log says who did
// (lib/mail/outbox-reading.ts).
export const SINGLE_USE_LINK: ReadonlySet<MailKind> = new Set(["INVITATION", "PASSWORD_RESET", "EMAIL_CONFIRMATION"]);
