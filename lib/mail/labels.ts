// How the outbox names kinds and states of mail, for admins.

export const MAIL_KIND_LABELS: Record<string, string> = {
  INVITATION: "Invitation",
  PASSWORD_RESET: "Password reset",
  EMAIL_CONFIRMATION: "Email confirmation",
  PASSWORD_CHANGED: "Password changed",
  NOTICE: "Notice",
  DIGEST: "Daily digest",
};

export const MAIL_STATUS_LABELS: Record<string, string> = {
  QUEUED: "Waiting to be sent",
  SENT: "Sent",
  FAILED: "Failed",
  HELD: "Held in the outbox",
};
