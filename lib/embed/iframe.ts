// The <iframe> that shows a verdict card on another site: the code readers
// copy from the share panel and the `html` of an oEmbed answer. No server
// imports, so the share panel can use it too.

// The card is designed for 560 × 240; below 480 px wide its lines wrap, so it
// asks for more height. Consumers can only lower these (oEmbed maxwidth and
// maxheight), never raise them.
export const CARD_WIDTH = 560;
const CARD_HEIGHT = 240;
const NARROW_BELOW = 480;
const NARROW_CARD_HEIGHT = 300;

export type CardSize = { width: number; height: number };

export function cardSize(limits: { maxwidth?: number; maxheight?: number } = {}): CardSize {
  const width = Math.min(CARD_WIDTH, limits.maxwidth ?? CARD_WIDTH);
  const height = width < NARROW_BELOW ? NARROW_CARD_HEIGHT : CARD_HEIGHT;
  return { width, height: Math.min(height, limits.maxheight ?? height) };
}

// Attribute values go between double quotes; escaping all five characters
// also keeps the code safe if a host pastes it into single-quoted markup.
export function escapeAttribute(value: string): string {
  return value.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("'", "&#39;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

// What the card may do in a host's page: open the full verdict in a new tab,
// keep its own origin (for its font) and run its own script. The card needs
// none, but every Next page carries some, and a frame that blocks it fills
// the host's console with errors. It can never navigate the host's page,
// open dialogs, submit forms or start downloads.
const SANDBOX = "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox";

export function iframeCode(card: { src: string; title: string } & CardSize): string {
  const attributes: [string, string][] = [
    ["src", card.src],
    ["title", card.title],
    ["width", String(card.width)],
    ["height", String(card.height)],
    ["loading", "lazy"],
    ["sandbox", SANDBOX],
    ["style", "border:0;max-width:100%"],
  ];
  return `<iframe ${attributes.map(([name, value]) => `${name}="${escapeAttribute(value)}"`).join(" ")}></iframe>`;
}

export const cardTitle = (claimText: string, siteName: string) => `${siteName} verdict: ${claimText}`;
