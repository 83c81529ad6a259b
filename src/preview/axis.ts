/**
 * A chart axis on round numbers, as Excel draws one: ticks a step of 1, 2 or 5 × 10ⁿ apart, the axis widened out to
 * whole steps, so an operator reads 400,000 rather than 415,179.2 against the gridline.
 */
export interface Axis {
  readonly low: number;
  readonly high: number;
  readonly step: number;
  readonly ticks: readonly number[];
  /** Digits after the point a tick needs: 0 for a step of 50,000, 3 for a step of 0.005. */
  readonly decimals: number;
}

/** About `count` intervals between `low` and `high` (the step the smallest round one at least a `count`-th of the span). */
export function roundAxis(low: number, high: number, count = 5): Axis {
  const span = high > low ? high - low : Math.abs(high) || 1;
  const rough = span / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].find((m) => m * power >= rough) ?? 10) * power;
  // Snapped to the step and cleaned of binary noise (0.1 + 0.2), so each tick prints as the round number it is.
  const exact = (n: number) => Number(n.toPrecision(12));
  const from = exact(Math.floor(low / step) * step);
  let to = exact(Math.ceil(high / step) * step);
  if (to <= from) to = exact(from + step);
  const ticks: number[] = [];
  for (let tick = from; tick <= to + step / 2; tick = exact(tick + step)) ticks.push(tick);
  return { low: from, high: to, step, ticks, decimals: Math.max(0, -Math.floor(Math.log10(step) + 1e-9)) };
}
