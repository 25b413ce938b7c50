/**
 * A kommune's brand colour heads its pages with white text on it, so it must
 * reach WCAG AA contrast (4.5:1) against white; otherwise we keep ours.
 */
export const DEFAULT_BRAND = '#0b4f6c'
const HEX = /^#([0-9a-f]{6})$/i

function luminance(hex: string) {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255)
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** Contrast ratio of two #rrggbb colours (1 … 21). */
export function contrastRatio(a: string, b: string) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (light + 0.05) / (dark + 0.05)
}

/** True when white text on `colour` is readable (AA, normal text). */
export function isReadableBrand(colour: string) {
  return HEX.test(colour) && contrastRatio(colour, '#ffffff') >= 4.5
}

/** The colour to use: the kommune's when readable, else the default. */
export function brandColour(colour: string | null | undefined) {
  return colour && isReadableBrand(colour) ? colour.toLowerCase() : DEFAULT_BRAND
}
