/**
 * Store Metrics: one row per date, and a total row, from whatever the imported data holds. Sums are added up per
 * date; ratios are recomputed from the summed numerators and denominators, never averaged, and are blank when the
 * denominator is zero or missing. When two exports hold the same input for a date, the more authoritative one
 * counts (Sycm's shop overview before the order list).
 */
import type { Spellings } from "../language";
import { WORKBOOK_WORDS as W } from "../language";
import type { ExportKind } from "./fields";
import { KIND_FIELDS } from "./fields";

/**
 * A field's spellings as its kind knows them: a table's column may carry any of them (the first file's header), so
 * Store Metrics finds it by the same spellings the import merged it by.
 */
function field(kind: Exclude<ExportKind, "generic">, key: string): readonly string[] {
  return KIND_FIELDS[kind][key] ?? [];
}

export type MetricInput =
  | "visitors"
  | "pageViews"
  | "impressions"
  | "clicks"
  | "payingBuyers"
  | "gmv"
  | "orders"
  | "refunds"
  | "adSpend"
  | "adSales"
  // From the Profit sheet, not an export: by payment day, paid less refunds, and what of it the shop kept.
  | "netSales"
  | "profit"
  // From the Refunds sheet: each payment day's orders paid, and the money their refunds gave back.
  | "cohortPaid"
  | "cohortRefunds";
export type Metric =
  | MetricInput
  | "ctr"
  | "conversion"
  | "aov"
  | "uvValue"
  | "roi"
  | "adCostRatio"
  | "gsv"
  | "refundRate"
  | "margin"
  | "cohortRefundRate";

/** Columns of the Store Metrics sheet, in order. Ad sales is an input of ROI and is shown too. */
export const METRIC_COLUMNS: readonly { metric: Metric; name: Spellings; format: string }[] = [
  { metric: "visitors", name: W.metrics.visitors, format: "#,##0" },
  { metric: "pageViews", name: W.metrics.pageViews, format: "#,##0" },
  { metric: "impressions", name: W.metrics.impressions, format: "#,##0" },
  { metric: "clicks", name: W.metrics.clicks, format: "#,##0" },
  { metric: "ctr", name: W.metrics.ctr, format: "0.00%" },
  { metric: "payingBuyers", name: W.metrics.payingBuyers, format: "#,##0" },
  { metric: "conversion", name: W.metrics.conversion, format: "0.00%" },
  { metric: "gmv", name: W.metrics.gmv, format: "#,##0.00" },
  { metric: "aov", name: W.metrics.aov, format: "#,##0.00" },
  { metric: "uvValue", name: W.metrics.uvValue, format: "#,##0.00" },
  { metric: "orders", name: W.metrics.orders, format: "#,##0" },
  { metric: "refunds", name: W.metrics.refunds, format: "#,##0.00" },
  { metric: "gsv", name: W.metrics.gsv, format: "#,##0.00" },
  { metric: "refundRate", name: W.metrics.refundRate, format: "0.00%" },
  { metric: "adSpend", name: W.metrics.adSpend, format: "#,##0.00" },
  { metric: "adSales", name: W.metrics.adSales, format: "#,##0.00" },
  { metric: "roi", name: W.metrics.roi, format: "0.00" },
  { metric: "adCostRatio", name: W.metrics.adCostRatio, format: "0.00%" },
  { metric: "netSales", name: W.metrics.netSales, format: "#,##0.00" },
  { metric: "profit", name: W.metrics.profit, format: "#,##0.00;-#,##0.00" },
  { metric: "margin", name: W.metrics.margin, format: "0.00%" },
  { metric: "cohortPaid", name: W.metrics.cohortPaid, format: "#,##0.00" },
  { metric: "cohortRefunds", name: W.metrics.cohortRefunds, format: "#,##0.00" },
  { metric: "cohortRefundRate", name: W.metrics.cohortRefundRate, format: "0.00%" },
];

export const METRICS_DATE = W.storeMetrics.date;
export const METRICS_TOTAL = W.storeMetrics.total;

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
  // Profit over net sales, the Profit sheet's margin: over several days, their sums' ratio.
  margin: ["profit", "netSales"],
  // Refunds over the sales they came from, by payment day: never over 100 %, unlike refunds by completion day.
  cohortRefundRate: ["cohortRefunds", "cohortPaid"],
};

/**
 * A ratio metric from its summed parts (conversion, UV value, ROI …); null when the denominator is zero. Store
 * Metrics and the GROWTHOPS functions use this.
 */
export function metricRatio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/** Metrics that are one input less another, shown when both are known. */
export const DIFFERENCES: Readonly<Partial<Record<Metric, readonly [MetricInput, MetricInput]>>> = {
  gsv: ["gmv", "refunds"],
};

/** Where each kind keeps the date and the inputs; an input may be counted rows ("count"). */
export interface MetricSource {
  readonly kind: ExportKind;
  /** The date's names in order of preference: the first the table has is the day a row counts on. */
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
    inputs: {
      impressions: field("adReport", "impressions"),
      clicks: field("adReport", "clicks"),
      adSpend: field("adReport", "spend"),
      adSales: ["总成交金额", "成交金额"],
    },
  },
  {
    // 支付金额 adds up across products; visitors and buyers do not (one visitor sees several products), so only GMV.
    kind: "sycmProducts",
    date: ["统计日期", "日期", "Date"],
    inputs: { gmv: field("sycmProducts", "gmv") },
  },
  {
    // An order is an order once paid, on the day it was paid: one placed and never paid (or closed unpaid) has no
    // payment time and adds nothing, as Sycm's 支付 figures count it.
    kind: "qianniuOrders",
    date: ["订单付款时间", "买家付款时间", "付款时间"],
    inputs: { gmv: field("qianniuOrders", "paid"), orders: "count" },
  },
  {
    kind: "qianniuRefunds",
    date: ["退款完结时间", "退款成功时间", "退款申请时间"],
    inputs: { refunds: field("qianniuRefunds", "amount") },
    where: { column: ["退款状态"], values: ["退款成功", "成功退款"] },
  },
];
