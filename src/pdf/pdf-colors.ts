/** The PDF's colours: the palette it is printed in, and the accent colour taken from the options or the branding. */
export type Rgb = [number, number, number];

export const DEFAULT_ACCENT: Rgb = [11, 87, 208];
export const TEXT: Rgb = [31, 35, 40];
export const MUTED: Rgb = [89, 99, 110];
export const RULE: Rgb = [208, 215, 222];
export const STRIPE: Rgb = [246, 248, 250];

/** `#rgb` or `#rrggbb` as RGB; anything else (names, `url()`, hostile strings) is ignored. */
export function parseHexColor(value: string | null | undefined): Rgb | null {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value?.trim() ?? '');
  if (!match) return null;
  const hex = match[1]!.length === 3 ? [...match[1]!].map((digit) => digit + digit).join('') : match[1]!;
  return [0, 2, 4].map((offset) => parseInt(hex.slice(offset, offset + 2), 16)) as Rgb;
}

/** White or near-black, whichever reads better on the colour (WCAG relative luminance). */
export function contrastingText(color: Rgb): Rgb {
  const [r, g, b] = color.map((channel) => {
    const value = channel / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.35 ? TEXT : [255, 255, 255];
}
