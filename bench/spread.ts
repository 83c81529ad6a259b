/**
 * A spread as docs/development.md shows it, to two decimals rounded outwards (low down, high up): a low end just under a
 * budget must not read as the budget itself (0.2995 as "0.30" beside a 0.3 budget it missed).
 */
export function spreadText(low: number, high: number): string {
  return `${(Math.floor(low * 100) / 100).toFixed(2)}–${(Math.ceil(high * 100) / 100).toFixed(2)}`;
}
