/**
 * What a goal measures, one way from its baseline to its deadline: a store metric over the last 7 days, as Set
 * goals takes its baseline. Counts and amounts are a daily average over those days, rates and ratios come from
 * their summed parts. The goal's Current, its pace and its projection are the same 7-day figure, so a goal set
 * today stands where its baseline does instead of at one day's swing, and is never Behind on the day it is set.
 */
import type { Metric } from "./import/metrics";
import { METRIC_RATIOS } from "./import/metrics";
import type { DailyFigures, MetricReading } from "./storeMetricLookup";
import { windowFigure } from "./storeMetricLookup";

/** The days a goal's figure covers, and the days Set goals gives a goal by default. */
export const GOAL_DAYS = 7;

/** Metrics that are better when lower. */
export const LOWER_IS_BETTER: ReadonlySet<Metric> = new Set<Metric>(["refundRate", "adCostRatio"]);

/** Counts and amounts are goals per day: a baseline of visitors is the last 7 days' daily average. */
export const PER_DAY: ReadonlySet<Metric> = new Set<Metric>([
  "visitors",
  "pageViews",
  "impressions",
  "clicks",
  "payingBuyers",
  "gmv",
  "orders",
  "refunds",
  "adSpend",
  "adSales",
  "gsv",
  "netSales",
  "profit",
]);

/** A metric's goal figure over the 7 days that end on a day; null when none of them holds it. */
export function goalFigure(days: DailyFigures, metric: Metric, end: number): { value: number; days: number } | null {
  return windowFigure(days, metric, end - (GOAL_DAYS - 1), end, PER_DAY.has(metric));
}

/** The latest day that holds a metric, or null. */
function latestDay(days: DailyFigures, metric: Metric, upTo = Infinity): number | null {
  let latest: number | null = null;
  for (const [day, f] of days)
    if (day <= upTo && hasFigure(f, metric) && (latest === null || day > latest)) latest = day;
  return latest;
}

/** A day holds a metric, or a ratio's two parts (Store Metrics shows a ratio only beside them). */
function hasFigure(f: Readonly<Partial<Record<Metric, number>>>, metric: Metric): boolean {
  const parts = METRIC_RATIOS[metric];
  return f[metric] !== undefined || (parts !== undefined && f[parts[0]] !== undefined && f[parts[1]] !== undefined);
}

/**
 * Each metric's goal figure as of its latest day in Store Metrics (or the latest on or before `upTo`): what a goal's
 * Current is when the Goals row leaves it blank.
 */
export function goalReadings(days: DailyFigures | null, upTo = Infinity): (metric: Metric) => MetricReading | null {
  if (!days) return () => null;
  return (metric) => {
    const latest = latestDay(days, metric, upTo);
    const figure = latest === null ? null : goalFigure(days, metric, latest);
    return latest === null || !figure ? null : { value: figure.value, date: latest, days: figure.days };
  };
}

/** A metric's goal figure on each day that holds it, oldest first: the series a goal's pace is read from. */
export function goalHistory(days: DailyFigures | null): (metric: Metric) => [number, number][] {
  if (!days) return () => [];
  const dates = [...days.keys()].sort((a, b) => a - b);
  return (metric) =>
    dates.flatMap((d) => {
      const f = days.get(d);
      const figure = f && hasFigure(f, metric) ? goalFigure(days, metric, d) : null;
      return figure ? [[d, figure.value] as [number, number]] : [];
    });
}

/**
 * The best goal figure the shop has held on any day of its data (the highest, or the lowest for a metric better
 * when lower), or null: a target from a growth rate goes no further than the shop has already been.
 */
export function bestLevel(days: DailyFigures, metric: Metric): { value: number; date: number } | null {
  const lower = LOWER_IS_BETTER.has(metric);
  const better = (a: number, b: number) => (lower ? a < b : a > b);
  // Whole weeks only where there are any: the first day of the data alone is one day's swing, not a level held.
  const windows = [...days.keys()].flatMap((date) => {
    const f = days.get(date);
    const figure = f && hasFigure(f, metric) ? goalFigure(days, metric, date) : null;
    return figure ? [{ value: figure.value, date, whole: figure.days >= GOAL_DAYS }] : [];
  });
  const counted = windows.some((w) => w.whole) ? windows.filter((w) => w.whole) : windows;
  let best: { value: number; date: number } | null = null;
  // On a tie the latest 7 days that held it: the level's most recent showing is the one an operator remembers.
  for (const w of [...counted].sort((a, b) => a.date - b.date))
    if (!best || !better(best.value, w.value)) best = { value: w.value, date: w.date };
  return best;
}
