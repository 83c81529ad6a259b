/**
 * A spread as docs/development.md shows it, to two decimals rounded outwards (low down, high up): a low end just under a
 * budget must not read as the budget itself (0.2995 as "0.30" beside a 0.3 budget it missed).
 */
export function spreadText(low: number, high: number): string {
  return `${(Math.floor(low * 100) / 100).toFixed(2)}–${(Math.ceil(high * 100) / 100).toFixed(2)}`;
}

/** The middle of a run's rounds (the upper middle of an even count). */
export const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[values.length >> 1] as number;

/**
 * A ratio's figure from its rounds: the median, named with how many interleaved rounds and their spread, held to a
 * least budget that the whole spread must meet.
 */
export function ratioFigure(name: string, ratios: readonly number[], budget: number) {
  const sorted = [...ratios].sort((a, b) => a - b);
  const [low, high] = [sorted[0] as number, sorted[sorted.length - 1] as number];
  return {
    name: `${name} (median of ${sorted.length} interleaved rounds; spread ${spreadText(low, high)})`,
    value: Number(median(sorted).toFixed(2)),
    unit: "×",
    budget,
    kind: "min" as const,
    spread: [low, high] as const,
  };
}
