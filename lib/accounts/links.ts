import { site } from "@/lib/site";

// The addresses mailed to people. They are public desk pages (no session
// needed), and each only shows a form: following the link changes nothing
// until the person submits it, so a mail scanner that opens every link in a
// message cannot use up an invitation or a reset. The token is in the query
// string, which the access log leaves out (lib/observability).
const withToken = (path: string, token: string) => `${path}?token=${encodeURIComponent(token)}`;

export const invitationPath = (token: string) => withToken("/welcome", token);
export const resetPath = (token: string) => withToken("/reset-password", token);
export const emailConfirmationPath = (token: string) => withToken("/confirm-email", token);

export const absolute = (path: string) => new URL(path, site.url).toString();

// /desk/account after a password change, to say what happened.
export const PASSWORD_CHANGED_PARAM = "passwordChanged";
