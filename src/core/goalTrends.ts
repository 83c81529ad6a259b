/**
 * Goal Trends: for each goal whose Metric names a store metric, the metric per day since the goal's start
 * against the straight line from its baseline (at the start) to its target (at the deadline): the picture that
 * shows at a glance whether the goal keeps up.
 */
import { fromDateSerial, isoDay } from "./excelDate";
import type { GoalFieldSpec } from "./goals";
import type { Metric } from "./import/metrics";
import type { ReadResult } from "./records";
import { metricNamed } from "./storeMetricLookup";

/** A goal's line is drawn over at most this many days, from its start: a year, so a chart stays readable. */
export const MAX_TREND_DAYS = 366;
/** Charts on the sheet: past a few dozen the sheet is no longer something to look at. */
export const MAX_TREND_GOALS = 20;

export interface GoalTrend {
  /** The goal's name and, for the title, its metric and dates. */
  readonly title: string;
  readonly metric: Metric;
  /** One row per day from the start to the deadline: the day (serial), the metric that day ("" before it is known), the plan. */
  readonly rows: readonly (readonly [number, number | "", number])[];
}

/** The trends of the goals that can have one, in the goals' order, at most MAX_TREND_GOALS. */
export function goalTrends(read: ReadResult<GoalFieldSpec>, history: (metric: Metric) => readonly (readonly [number, number])[], today: number): { trends: GoalTrend[]; left: number } {
  const trends: GoalTrend[] = [];
  for (const record of read.records) {
    const f = record.fields;
    const metric = f.metric === undefined ? null : metricNamed(f.metric);
    if (!metric || f.deadline <= f.start || f.target === f.baseline) continue;
    const values = new Map(history(metric).map(([date, value]) => [Math.floor(date), value]));
    const span = f.deadline - f.start;
    const days = Math.min(span, MAX_TREND_DAYS - 1);
    const rows = Array.from({ length: days + 1 }, (_, i): [number, number | "", number] => {
      const day = f.start + i;
      const actual = day <= today ? values.get(day) : undefined;
      return [day, actual ?? "", f.baseline + ((f.target - f.baseline) * i) / span];
    });
    trends.push({ title: `${f.goal} (${isoDay(fromDateSerial(f.start))} – ${isoDay(fromDateSerial(f.deadline))})`, metric, rows });
  }
  return { trends: trends.slice(0, MAX_TREND_GOALS), left: Math.max(0, trends.length - MAX_TREND_GOALS) };
}
