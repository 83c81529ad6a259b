/**
 * Goal Trends: for each goal whose Metric names a store metric, the metric per day since the goal's start
 * against the straight line from its baseline (at the start) to its target (at the deadline): the picture that
 * shows at a glance whether the goal keeps up.
 */
import { fromDateSerial, isoDay } from "./excelDate";
import type { GoalFieldSpec } from "./goals";
import type { Metric } from "./import/metrics";
import type { ReadResult } from "./records";
import { GOAL_TRENDS_OUTPUT } from "./contract";
import type { Language } from "./language";
import type { Phrase } from "./phrases";
import { phrase } from "./phrases";
import type { OutputBlock, SheetDescription } from "./sheetDescription";
import { columnLooks } from "./sheetDescription";
import { metricFormat, metricNamed } from "./storeMetricLookup";

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
export function goalTrends(
  read: ReadResult<GoalFieldSpec>,
  history: (metric: Metric) => readonly (readonly [number, number])[],
  today: number
): { trends: GoalTrend[]; left: number } {
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
    trends.push({
      title: `${f.goal} (${isoDay(fromDateSerial(f.start))} – ${isoDay(fromDateSerial(f.deadline))})`,
      metric,
      rows,
    });
  }
  return { trends: trends.slice(0, MAX_TREND_GOALS), left: Math.max(0, trends.length - MAX_TREND_GOALS) };
}

/** Points: a yyyy-mm-dd date, and a value such as 12.34% or 1,234.56. */
const DATE_WIDTH = 72;
const VALUE_WIDTH = 64;
/** Rows a chart takes up: each block is at least this tall, its blank row included, so the next chart starts below it. */
const CHART_ROWS = 16;

/** Words of the sheet: goal titles and headers as they are, or a phrase for the catalogues. */
export type TrendsText = string | Phrase<"goals.trendsLeft">;

/**
 * The Goal Trends sheet: for each goal a title, a Date / Actual / Plan block and a line chart of Actual against Plan
 * beside it, then a line for the goals left out. It is looked at, not typed into: not shown when written, since
 * Update goal status leaves the operator on Goals.
 */
export function planGoalTrendsSheet(
  trends: readonly GoalTrend[],
  left: number,
  language: Language
): SheetDescription<TrendsText> {
  const blocks: OutputBlock<TrendsText>[] = trends.map((trend, i) => {
    // Fixed widths, not fitted: the titles run on over the empty cells to their right, as long text does. A width
    // is the sheet column's, so the first block sets it for all.
    const width = (points: number) => (i === 0 ? { width: points } : {});
    const format = metricFormat(trend.metric);
    return {
      kind: "table",
      tableName: null,
      title: trend.title,
      columns: columnLooks(GOAL_TRENDS_OUTPUT.columns, language, {
        date: { format: "yyyy-mm-dd", ...width(DATE_WIDTH) },
        actual: { format, ...width(VALUE_WIDTH) },
        plan: { format, ...width(VALUE_WIDTH) },
      }),
      rows: trend.rows,
      // Series from the Actual and Plan columns, their headers as names; the dates are the category axis.
      chart: {
        kind: "Line",
        columns: ["actual", "plan"],
        categories: "date",
        title: trend.title,
        fromRow: 0,
        rows: CHART_ROWS - 2,
      },
      minHeight: CHART_ROWS,
      fitColumns: false,
    };
  });
  if (left > 0) blocks.push({ kind: "lines", style: "italic", lines: [[phrase("goals.trendsLeft", { count: left })]] });
  return { blocks, freezeHeader: false, activate: false };
}
