import "server-only";
import { settings } from "@/lib/settings";

// Who OnRecord's mail comes from: MAIL_FROM when the operator set it,
// otherwise the site's name at its own host, so a reader sees which newsroom
// wrote. A host that is an IP address is no mail domain, hence localhost.
export function mailSender(): string {
  const { MAIL_FROM, SITE_URL, SITE_NAME } = settings();
  if (MAIL_FROM) return MAIL_FROM;
  const host = SITE_URL ? new URL(SITE_URL).hostname : "localhost";
  const domain = /^[\d.]+$/.test(host) || host.includes(":") || host.startsWith("[") ? "localhost" : host;
  return `${SITE_NAME.replace(/["<>\r\n]/g, "")} <onrecord@${domain}>`;
}
