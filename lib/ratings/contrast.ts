// Colour contrast as WCAG 2 measures it. Pure and importable by client forms,
// so the admin sees the same verdict the server gives before saving.

// RatingBadge (components/verdicts/rating-badge.tsx) writes its label in white
// on the rating's colour; change both together.
export const BADGE_TEXT_COLOUR = "#ffffff";

// WCAG AA for normal-size text: the badge is ordinary small bold text, not
// "large text", so the stricter 4.5:1 applies, not 3:1.
export const MIN_BADGE_CONTRAST = 4.5;

export const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

function channel(hex: string, offset: number): number {
  const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

// Relative luminance of a #rrggbb colour, 0 (black) to 1 (white).
export function luminance(colour: string): number {
  if (!HEX_COLOUR.test(colour)) throw new Error(`Not a #rrggbb colour: ${colour}`);
  return 0.2126 * channel(colour, 1) + 0.7152 * channel(colour, 3) + 0.0722 * channel(colour, 5);
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

export const badgeContrast = (colour: string) => contrastRatio(colour, BADGE_TEXT_COLOUR);

export const readableBehindBadgeText = (colour: string) => HEX_COLOUR.test(colour) && badgeContrast(colour) >= MIN_BADGE_CONTRAST;

// "4.4:1". Rounded down, so a colour just short of the threshold never reads
// as "4.5:1" beside a message refusing it.
export const formatRatio = (ratio: number) => `${(Math.floor(ratio * 10) / 10).toFixed(1)}:1`;
