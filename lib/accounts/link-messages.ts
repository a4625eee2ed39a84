// What a link that no longer works says, per kind: what happened and what to
// do next. Shared by the pages (before the form) and the actions (a link used
// in another tab meanwhile). Expired links are deleted by the daily clean-up
// job (lib/jobs/clean-up.ts) and then read as unknown, hence "expired some
// time ago" among the reasons an unknown link gives.

export const INVITATION_LINK = {
  unknown:
    "This invitation link is not valid. It may have expired some time ago, been replaced by a newer invitation, or been copied incompletely. Check your latest invitation email, or ask a desk admin to send a new one.",
  used: "This invitation has already been accepted. Sign in with the password you chose, or use “Forgot your password?” on the sign-in page.",
  expired: "This invitation has expired (invitations last 7 days). Ask a desk admin to send you a new one.",
};

export const RESET_LINK = {
  unknown:
    "This reset link is not valid. It may have expired some time ago, been replaced by a newer one, or been copied incompletely. Use the link in your latest reset email, or ask for a new one.",
  used: "This reset link has already been used. If you did not change your password, ask for a new link and tell a desk admin.",
  expired: "This reset link has expired (reset links last one hour). Ask for a new one below.",
};

export const EMAIL_LINK = {
  unknown:
    "This confirmation link is not valid. It may have expired some time ago, been replaced by a newer request, or been copied incompletely. Use the link in your latest confirmation email, or ask for the change again on your account page.",
  used: "This email change has already been confirmed. Sign in with your new address.",
  expired: "This confirmation link has expired (they last 24 hours). Ask for the change again on your account page.",
};
