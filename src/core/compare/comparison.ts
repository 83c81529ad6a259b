/**
 * One way to compare two stretches of days, used by every judgement the add-in prints (the weekly review, goals,
 * the daily report, the diagnosis): like with like, or marked as not.
 * - a rate or ratio (conversion, AOV, ROI …) comes from the summed parts of the days that have both parts;
 * - an amount or count is summed only when both sides have the same number of days with data, else it is compared
 *   as a daily average, and says so (7 days of GMV against 2 is not a +258 % week);
 * - a rate's change is in percentage points, anything else's a share of the figure before;
 * - a side with fewer days of data than its stretch has days is partial, and the comparison says so wherever it is
 *   shown, headline and copied message included.
 */
import type { Metric } from "../import/metrics";
import { METRIC_COLUMNS, METRIC_RATIOS } from "../import/metrics";
import type { DailyFigures } from "../storeMetricLookup";
import { windowFigure } from "../storeMetricLookup";

/** Days as Excel serials, both ends included. */
export interface Stretch {
  readonly from: number;
  readonly to: number;
}

/** How a comparison's figures were made: a ratio of summed parts, sums over equal days, or daily averages. */
export type Basis = "ratio" | "sum" | "dailyAverage";

export interface ComparedSide {
  readonly value: number;
  /** Days of the stretch that hold the figure. */
  readonly days: number;
  /** Days the stretch has. */
  readonly span: number;
}

export interface Comparison {
  readonly metric: Metric;
  readonly basis: Basis;
  /** Null when the stretch has no day with the figure. */
  readonly now: ComparedSide | null;
  readonly before: ComparedSide | null;
  /** A share of the figure before, or percentage points (as a fraction) for a rate; null when a side is missing. */
  readonly change: { readonly kind: "share" | "points"; readonly value: number } | null;
  /** A side holds fewer days than its stretch: the figures are what the days there are say, not the stretch's. */
  readonly partial: boolean;
}

/** Rates, whose changes are percentage points: Store Metrics shows them as percents. */
export function isRate(metric: Metric): boolean {
  return (METRIC_COLUMNS.find((c) => c.metric === metric)?.format ?? "").includes("%");
}

/** Whether a metric is a ratio of two summed inputs (a rate, AOV, ROI, UV value). */
export const isRatio = (metric: Metric): boolean => METRIC_RATIOS[metric] !== undefined;

const span = (s: Stretch) => s.to - s.from + 1;

/**
 * Two stretches compared on one metric, like with like. `perDay` asks for a daily average whatever the day counts
 * (visitors: a visitor on two days counts twice, so an operator reads visitors a day).
 * @example compare(days, "gmv", { from: 8, to: 14 }, { from: 1, to: 7 }) → { basis: "sum", change: { kind: "share", value: 0.1 }, partial: false, … }
 */
export function compare(
  days: DailyFigures,
  metric: Metric,
  now: Stretch,
  before: Stretch,
  options: { readonly perDay?: boolean } = {}
): Comparison {
  const count = (s: Stretch) => windowFigure(days, metric, s.from, s.to)?.days ?? 0;
  const basis: Basis = isRatio(metric)
    ? "ratio"
    : !options.perDay && count(now) === count(before)
      ? "sum"
      : "dailyAverage";
  const side = (s: Stretch): ComparedSide | null => {
    const f = windowFigure(days, metric, s.from, s.to, basis === "dailyAverage");
    return f ? { value: f.value, days: f.days, span: span(s) } : null;
  };
  const [a, b] = [side(now), side(before)];
  return {
    metric,
    basis,
    now: a,
    before: b,
    change: changeBetween(metric, a?.value ?? null, b?.value ?? null),
    partial: isPartial(a, span(now)) || isPartial(b, span(before)),
  };
}

const isPartial = (side: ComparedSide | null, days: number) => side !== null && side.days < days;

/** The change from one figure to another: percentage points for a rate, a share otherwise (none from a zero). */
export function changeBetween(metric: Metric, now: number | null, before: number | null): Comparison["change"] {
  if (now === null || before === null) return null;
  if (isRate(metric)) return { kind: "points", value: now - before };
  return before === 0 ? null : { kind: "share", value: now / before - 1 };
}
