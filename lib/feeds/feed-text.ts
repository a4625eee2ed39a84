// Text from the desk (claim, speaker, rating, summary) on its way into a feed.
// The feed library wraps RSS titles and descriptions in CDATA sections but
// escapes only the first "]]>" in a text, so a second one would end the
// section and let the rest be read as markup; and XML 1.0 forbids most
// control characters outright, so one stray character would make the whole
// feed unreadable. Both are removed here: "]]>" becomes "]] >" (a reader sees
// the same characters), and forbidden characters are dropped.
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function feedText(text: string): string {
  return text.replace(FORBIDDEN_IN_XML, "").replace(/]]>/g, "]] >");
}
