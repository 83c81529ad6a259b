/**
 * Store Metrics: one row per date, and a total row, from whatever the imported data holds. Sums are added up per
 * date; ratios are recomputed from the summed numerators and denominators, never averaged, and are blank when the
 * denominator is zero or missing. When two exports hold the same input for a date, the more authoritative one
 * counts (Sycm's shop overview before the order list).
 */
import { indexOfName } from "../names";
import type { Bilingual } from "../language";
import { bilingual } from "../language";
import type { ExportKind } from "./kinds";
import { EXPORT_KINDS } from "./kinds";

/**
 * A field's spellings as its kind knows them: a table's column may carry any of them (the first file's header), so
 * Store Metrics finds it by the same spellings the import merged it by.
 */
function field(kind: ExportKind, key: string): readonly string[] {
  return EXPORT_KINDS.find((k) => k.kind === kind)?.fields[key] ?? [];
}

export type MetricInput = "visitors" | "pageViews" | "impressions" | "clicks" | "payingBuyers" | "gmv" | "orders" | "refunds" | "adSpend" | "adSales";
export type Metric = MetricInput | "ctr" | "conversion" | "aov" | "uvValue" | "roi" | "adCostRatio" | "gsv" | "refundRate";

const both = bilingual;

/** Columns of the Store Metrics sheet, in order. Ad sales is an input of ROI and is shown too. */
export const METRIC_COLUMNS: readonly { metric: Metric; name: Bilingual; format: string }[] = [
  { metric: "visitors", name: both("Visitors", "访客数"), format: "#,##0" },
  { metric: "pageViews", name: both("Page views", "浏览量"), format: "#,##0" },
  { metric: "impressions", name: both("Impressions", "展现量"), format: "#,##0" },
  { metric: "clicks", name: both("Clicks", "点击量"), format: "#,##0" },
  { metric: "ctr", name: both("CTR", "点击率"), format: "0.00%" },
  { metric: "payingBuyers", name: both("Paying buyers", "支付买家数"), format: "#,##0" },
  { metric: "conversion", name: both("Conversion rate", "支付转化率"), format: "0.00%" },
  { metric: "gmv", name: both("GMV", "支付金额"), format: "#,##0.00" },
  { metric: "aov", name: both("AOV", "客单价"), format: "#,##0.00" },
  { metric: "uvValue", name: both("UV value", "UV价值"), format: "#,##0.00" },
  { metric: "orders", name: both("Orders", "订单数"), format: "#,##0" },
  { metric: "refunds", name: both("Refund amount", "退款金额"), format: "#,##0.00" },
  { metric: "gsv", name: both("GSV (GMV less refunds)", "GSV（扣除退款）"), format: "#,##0.00" },
  { metric: "refundRate", name: both("Refund rate", "退款率"), format: "0.00%" },
  { metric: "adSpend", name: both("Ad spend", "推广花费"), format: "#,##0.00" },
  { metric: "adSales", name: both("Ad sales", "推广成交金额"), format: "#,##0.00" },
  { metric: "roi", name: both("ROI", "投入产出比"), format: "0.00" },
  { metric: "adCostRatio", name: both("Ad cost ratio", "推广费比"), format: "0.00%" },
];

export const METRICS_DATE = both("Date", "日期");
export const METRICS_TOTAL = both("Total", "合计");

/** Each ratio's numerator and denominator: a ratio over several days is always their sums' ratio. */
export const METRIC_RATIOS: Readonly<Partial<Record<Metric, readonly [MetricInput, MetricInput]>>> = {
  ctr: ["clicks", "impressions"],
  conversion: ["payingBuyers", "visitors"],
  aov: ["gmv", "payingBuyers"],
  uvValue: ["gmv", "visitors"],
  roi: ["adSales", "adSpend"],
  // Spend against the shop's whole GMV (Sycm's 推广费比), and refunds against GMV by amount.
  adCostRatio: ["adSpend", "gmv"],
  refundRate: ["refunds", "gmv"],
};

/**
 * A ratio metric from its summed parts (conversion, UV value, ROI …); null when the denominator is zero. Store
 * Metrics and the GROWTHOPS functions use this.
 */
export function metricRatio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/** Metrics that are one input less another, shown when both are known. */
const DIFFERENCES: Readonly<Partial<Record<Metric, readonly [MetricInput, MetricInput]>>> = {
  gsv: ["gmv", "refunds"],
};

/** Where each kind keeps the date and the inputs; an input may be counted rows ("count"). */
export interface MetricSource {
  readonly kind: ExportKind;
  readonly date: readonly string[];
  readonly inputs: Partial<Record<MetricInput, readonly string[] | "count">>;
  /** Only rows whose column holds one of these values count (refunds that succeeded). */
  readonly where?: { readonly column: readonly string[]; readonly values: readonly string[] };
}

export const METRIC_SOURCES: readonly MetricSource[] = [
  {
    kind: "sycmOverview",
    date: ["统计日期", "日期", "Date"],
    inputs: {
      visitors: field("sycmOverview", "visitors"),
      pageViews: ["浏览量"],
      payingBuyers: ["支付买家数"],
      gmv: field("sycmOverview", "gmv"),
      orders: ["支付子订单数", "支付订单数"],
      refunds: ["成功退款金额", "退款金额"],
    },
  },
  {
    kind: "adReport",
    date: ["日期", "统计日期", "Date"],
    inputs: { impressions: field("adReport", "impressions"), clicks: field("adReport", "clicks"), adSpend: field("adReport", "spend"), adSales: ["总成交金额", "成交金额"] },
  },
  {
    // 支付金额 adds up across products; visitors and buyers do not (one visitor sees several products), so only GMV.
    kind: "sycmProducts",
    date: ["统计日期", "日期", "Date"],
    inputs: { gmv: field("sycmProducts", "gmv") },
  },
  {
    kind: "qianniuOrders",
    date: ["订单付款时间", "买家付款时间", "订单创建时间", "买家下单时间"],
    inputs: { gmv: field("qianniuOrders", "paid"), orders: "count" },
  },
  {
    kind: "qianniuRefunds",
    date: ["退款完结时间", "退款成功时间", "退款申请时间"],
    inputs: { refunds: field("qianniuRefunds", "amount") },
    where: { column: ["退款状态"], values: ["退款成功", "成功退款"] },
  },
];

/** Sources in order of authority: the first with a value for a date and input wins. */
const AUTHORITY: readonly ExportKind[] = ["sycmOverview", "adReport", "sycmProducts", "qianniuOrders", "qianniuRefunds"];

/**
 * A kind's inputs summed per day (an Excel date serial), each with how many rows added to it: an input no row adds
 * to any more is no input of that day, while one whose rows add up to 0 is a 0.
 */
export type DaySums = Map<number, Partial<Record<MetricInput, { sum: number; rows: number }>>>;

/** The inputs in the order the kept sums list them (core/import/metricSums.ts). */
export const METRIC_INPUTS: readonly MetricInput[] = ["visitors", "pageViews", "impressions", "clicks", "payingBuyers", "gmv", "orders", "refunds", "adSpend", "adSales"];

/**
 * Sums kept to a millionth: added and taken away in any order, amounts in fen and whole counts come out as the same
 * decimal, so a kind's sums kept from import to import equal those added up again from its table.
 */
const kept = (n: number) => Math.round(n * 1e6) / 1e6;

export interface SourceColumns {
  readonly date: number;
  readonly inputs: [MetricInput, number | "count"][];
  readonly where: { readonly column: number; readonly values: readonly string[] } | null;
}

/** One row's part in Store Metrics: its day and what it adds to each input. */
export interface RowPart {
  readonly day: number;
  readonly inputs: readonly (readonly [MetricInput, number])[];
}

/** A row's part, by its source's columns; null for a row that adds nothing (no date, or its filter says no). */
export function rowPart(columns: SourceColumns, row: readonly unknown[]): RowPart | null {
  if (columns.where && !columns.where.values.includes(String(row[columns.where.column] ?? "").trim())) return null;
  const date = row[columns.date];
  if (typeof date !== "number" || !Number.isFinite(date) || date < 1) return null;
  const inputs: [MetricInput, number][] = [];
  for (const [input, at] of columns.inputs) {
    const v = at === "count" ? 1 : row[at];
    if (typeof v === "number" && Number.isFinite(v)) inputs.push([input, v]);
  }
  return { day: Math.floor(date), inputs };
}

/** Adds a row's part to a kind's sums, or takes it away (sign −1: a row an import rewrote or removed). */
export function addPart(sums: DaySums, part: RowPart, sign: 1 | -1 = 1): void {
  let day = sums.get(part.day);
  if (!day) sums.set(part.day, (day = {}));
  for (const [input, v] of part.inputs) {
    const was = day[input] ?? { sum: 0, rows: 0 };
    day[input] = { sum: kept(was.sum + sign * v), rows: was.rows + sign };
  }
}

/** Adds one set of sums to another: a file's change (its sums and row counts signed) to its kind's. */
export function addSums(sums: DaySums, change: DaySums): void {
  for (const [day, inputs] of change) {
    let target = sums.get(day);
    if (!target) sums.set(day, (target = {}));
    for (const [input, v] of Object.entries(inputs) as [MetricInput, { sum: number; rows: number }][]) {
      const was = target[input] ?? { sum: 0, rows: 0 };
      target[input] = { sum: kept(was.sum + v.sum), rows: was.rows + v.rows };
    }
  }
}

/** The same sums with only the inputs some row still adds to, and no day that has none. */
function settled(sums: DaySums): DaySums {
  const out: DaySums = new Map();
  for (const [day, inputs] of sums) {
    const left = (Object.entries(inputs) as [MetricInput, { sum: number; rows: number }][]).filter(([, v]) => v.rows > 0);
    if (left.length > 0) out.set(day, Object.fromEntries(left));
  }
  return out;
}

export class MetricsAccumulator {
  private readonly sums = new Map<ExportKind, DaySums>();

  /** Starts from sums kept before (see metricSums.ts), by kind. */
  constructor(kept: ReadonlyMap<ExportKind, DaySums> = new Map()) {
    for (const [kind, sums] of kept) this.sums.set(kind, new Map([...sums].map(([day, inputs]) => [day, { ...inputs }])));
  }

  /**
   * Column indexes of a source's date and inputs within its headers; null when the table lacks a date column.
   */
  static columns(source: MetricSource, headers: readonly string[]): SourceColumns | null {
    const find = (names: readonly string[]) => indexOfName(headers, names);
    const date = find(source.date);
    if (date < 0) return null;
    const inputs: [MetricInput, number | "count"][] = [];
    for (const [input, names] of Object.entries(source.inputs) as [MetricInput, readonly string[] | "count"][]) {
      const at = names === "count" ? "count" : find(names);
      if (at !== -1) inputs.push([input, at]);
    }
    if (!source.where) return { date, inputs, where: null };
    const column = find(source.where.column);
    // A source whose filter column is missing cannot say which rows count: none do.
    if (column < 0) return null;
    return { date, inputs, where: { column, values: source.where.values } };
  }

  /** The columns a source's rows are read from. */
  static wanted(columns: SourceColumns): number[] {
    return [columns.date, ...columns.inputs.flatMap(([, at]) => (at === "count" ? [] : [at])), ...(columns.where ? [columns.where.column] : [])];
  }

  /** A kind's sums, made when it has none yet. */
  kind(kind: ExportKind): DaySums {
    let sums = this.sums.get(kind);
    if (!sums) this.sums.set(kind, (sums = new Map()));
    return sums;
  }

  /** Forgets a kind's sums: its table is read again, or replaced. */
  reset(kind: ExportKind): void {
    this.sums.set(kind, new Map());
  }

  /** Adds one row of a source by its columns, when its filter lets it count. */
  addRow(kind: ExportKind, columns: SourceColumns, row: readonly unknown[]): void {
    const part = rowPart(columns, row);
    if (part) addPart(this.kind(kind), part);
  }

  /** Every kind's sums, as they stand (the days taken back to nothing left out), to keep for the next import. */
  kinds(): Map<ExportKind, DaySums> {
    return new Map([...this.sums].map(([kind, sums]) => [kind, settled(sums)]));
  }

  /** Inputs per date, each from the most authoritative source that has it. */
  private resolved(): Map<number, Partial<Record<MetricInput, number>>> {
    const out = new Map<number, Partial<Record<MetricInput, number>>>();
    for (const kind of [...AUTHORITY].reverse()) {
      for (const [day, sums] of settled(this.sums.get(kind) ?? new Map())) {
        const values = Object.fromEntries(Object.entries(sums).map(([input, v]) => [input, v.sum])) as Partial<Record<MetricInput, number>>;
        out.set(day, { ...out.get(day), ...values });
      }
    }
    return out;
  }

  /** The metrics that have any input, and the rows: one per date (ascending), then the total. */
  table(): { metrics: Metric[]; rows: { date: number | null; values: (number | null)[] }[] } {
    const byDate = this.resolved();
    const days = [...byDate.keys()].sort((a, b) => a - b);
    const total: Partial<Record<MetricInput, number>> = {};
    // Day by day in date order, each sum kept to a millionth: the total is the same however the days were gathered.
    for (const day of days) for (const [k, v] of Object.entries(byDate.get(day) ?? {}) as [MetricInput, number][]) total[k] = kept((total[k] ?? 0) + v);
    const present = new Set(Object.keys(total) as MetricInput[]);
    const metrics = METRIC_COLUMNS.map((c) => c.metric).filter((m) => {
      const pair = METRIC_RATIOS[m] ?? DIFFERENCES[m];
      return pair ? present.has(pair[0]) && present.has(pair[1]) : present.has(m as MetricInput);
    });
    const row = (sums: Partial<Record<MetricInput, number>>) =>
      metrics.map((m) => {
        const difference = DIFFERENCES[m];
        if (difference) {
          const [a, b] = [sums[difference[0]], sums[difference[1]]];
          // A day with GMV and no refund rows lost nothing to refunds.
          return a === undefined ? null : a - (b ?? 0);
        }
        const ratio = METRIC_RATIOS[m];
        if (!ratio) return sums[m as MetricInput] ?? null;
        const [numerator, denominator] = [sums[ratio[0]], sums[ratio[1]]];
        return numerator === undefined || denominator === undefined ? null : metricRatio(numerator, denominator);
      });
    return {
      metrics,
      rows: [...days.map((d) => ({ date: d, values: row(byDate.get(d) ?? {}) })), ...(days.length > 0 ? [{ date: null, values: row(total) }] : [])],
    };
  }
}
