/**
 * A goal's Metric column names a store metric in the operator's words ("CTR", "点击率", "支付转化率"); when its
 * Current is blank, the latest date's value in Store Metrics is used.
 */
import type { Metric } from "./import/metrics";
import { METRIC_COLUMNS, METRIC_RATIOS, metricRatio } from "./import/metrics";
import type { Language } from "./language";
import { NameIndex } from "./names";
import type { InputCells } from "./records";
import { findHeaderRow } from "./records";

const EXTRA_NAMES: Readonly<Partial<Record<Metric, readonly string[]>>> = {
  visitors: ["UV", "访客", "流量"],
  pageViews: ["PV"],
  ctr: ["点击率", "主图点击率", "Click-through rate"],
  conversion: ["转化率", "CVR", "支付转化率", "Conversion"],
  gmv: ["销售额", "成交金额", "Sales", "Revenue"],
  aov: ["Average order value"],
  uvValue: ["UV价值"],
  orders: ["订单量", "支付订单数"],
  refunds: ["退款金额"],
  adSpend: ["花费", "Ad cost"],
  roi: ["ROI", "投产比"],
};

const METRIC_BY_NAME = new NameIndex(
  METRIC_COLUMNS.map((c) => [c.metric, c.name, EXTRA_NAMES[c.metric] ?? []] as const)
);

/** A store metric's name as Store Metrics heads its column, in the operator's language. */
export function metricName(metric: Metric, language: Language): string {
  return METRIC_COLUMNS.find((c) => c.metric === metric)?.name[language] ?? metric;
}

/** How a store metric's values are shown: Store Metrics' own format (0.00% for rates). */
export function metricFormat(metric: Metric): string {
  return METRIC_COLUMNS.find((c) => c.metric === metric)?.format ?? "General";
}

/** The store metric a name means, or null. */
export function metricNamed(name: string): Metric | null {
  return METRIC_BY_NAME.find(name) ?? null;
}

export interface MetricReading {
  readonly value: number;
  /** Excel date serial of the row it came from (the last day, for a figure over days). */
  readonly date: number;
  /** Days with data behind the figure, for one over several days (goalMeasure.ts). */
  readonly days?: number;
}

/** Store Metrics' columns by metric, and its dated rows (the total row and blank rows passed over). */
function metricTable(block: InputCells | null): { columns: Map<Metric, number>; rows: (readonly unknown[])[] } | null {
  if (!block) return null;
  const header = findHeaderRow(block);
  if (header < 0) return null;
  const columns = new Map<Metric, number>();
  (block.values[header] ?? []).forEach((h, i) => {
    const metric = metricNamed(String(h));
    if (metric && !columns.has(metric)) columns.set(metric, i);
  });
  return { columns, rows: block.values.slice(header + 1).filter((r) => typeof r[0] === "number") };
}

/** A metric's values by date, oldest first: for a goal's pace. */
export function metricHistory(block: InputCells | null): (metric: Metric) => [number, number][] {
  const table = metricTable(block);
  if (!table) return () => [];
  return (metric) => {
    const column = table.columns.get(metric);
    if (column === undefined) return [];
    return table.rows
      .flatMap((r) =>
        typeof r[column] === "number" ? [[r[0] as number, r[column] as number] as [number, number]] : []
      )
      .sort((a, b) => a[0] - b[0]);
  };
}

/** A metric's value on a date (an Excel serial), or null; null for every metric when there is no Store Metrics. */
export function metricsOn(block: InputCells | null): ((metric: Metric, date: number) => number | null) | null {
  const table = metricTable(block);
  if (!table) return null;
  const byDate = new Map(table.rows.map((r) => [r[0] as number, r]));
  return (metric, date) => {
    const column = table.columns.get(metric);
    const value = column === undefined ? undefined : byDate.get(date)?.[column];
    return typeof value === "number" ? value : null;
  };
}

/**
 * Reads a Store Metrics block: for each metric, the value on the latest date that has one (the total row and
 * blank cells are passed over).
 */
export function latestMetrics(block: InputCells | null): (metric: Metric) => MetricReading | null {
  const table = metricTable(block);
  if (!table) return () => null;
  const { columns, rows } = table;
  return (metric) => {
    const column = columns.get(metric);
    if (column === undefined) return null;
    let best: MetricReading | null = null;
    for (const row of rows) {
      const date = row[0] as number,
        value = row[column];
      if (typeof value === "number" && (!best || date > best.date)) best = { value, date };
    }
    return best;
  };
}

/** Store Metrics' figures by date (Excel serial): every metric the sheet shows, inputs and ratios alike. */
export type DailyFigures = ReadonlyMap<number, Readonly<Partial<Record<Metric, number>>>>;

export function dailyFigures(block: InputCells | null): DailyFigures | null {
  const table = metricTable(block);
  if (!table) return null;
  const days = new Map<number, Partial<Record<Metric, number>>>();
  for (const row of table.rows) {
    const figures: Partial<Record<Metric, number>> = {};
    for (const [metric, column] of table.columns)
      if (typeof row[column] === "number") figures[metric] = row[column] as number;
    days.set(Math.floor(row[0] as number), figures);
  }
  return days;
}

/** A metric over the days from..to (serials, inclusive) and how many of those days had it. */
export interface WindowFigure {
  readonly value: number;
  readonly days: number;
}

/**
 * A metric over several days as the operator means it: a ratio from the summed numerators and denominators
 * (never an average of daily ratios), a count or amount summed (`average` gives it per day). Null when no day has
 * it, or a ratio's denominator sums to zero.
 */
export function windowFigure(
  days: DailyFigures,
  metric: Metric,
  from: number,
  to: number,
  average = false
): WindowFigure | null {
  const ratio = METRIC_RATIOS[metric];
  if (ratio) {
    // Only days with both parts count, so a day missing its denominator does not bend the ratio.
    let numerator = 0,
      denominator = 0,
      count = 0;
    for (let d = from; d <= to; d++) {
      const n = days.get(d)?.[ratio[0]],
        q = days.get(d)?.[ratio[1]];
      if (n === undefined || q === undefined) continue;
      numerator += n;
      denominator += q;
      count++;
    }
    // Store Metrics shows a ratio only beside its parts, so a day without them has no ratio to count.
    const value = count === 0 ? null : metricRatio(numerator, denominator);
    return value === null ? null : { value, days: count };
  }
  let total = 0,
    count = 0;
  for (let d = from; d <= to; d++) {
    const v = days.get(d)?.[metric];
    if (v === undefined) continue;
    total += v;
    count++;
  }
  return count === 0 ? null : { value: average ? total / count : total, days: count };
}
