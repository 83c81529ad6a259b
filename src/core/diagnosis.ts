/**
 * Diagnose store data: rules over Store Metrics and the imported orders and products that say where the shop is
 * losing money, and which growth point would win it back, with an estimate of the growth rate.
 *
 * Guards every rule keeps, so a finding is worth an operator's time:
 * - never one day alone: the recent period is the last three days with at least two of them holding data;
 * - a change counts only against both the seven days before and the same weekdays a week earlier;
 * - ratios come from summed numerators and denominators, and each rule needs a minimum sample;
 * - the growth rate follows the driver tree GMV = visitors × conversion × AOV: a driver back to its level lifts
 *   GMV by the same share.
 */
import type { CellValue } from "./cellValues";
import type { Metric } from "./import/metrics";
import { KIND_FIELDS } from "./import/fields";
import { DEFAULT_ATTRIBUTION_DAYS, provisionalFrom } from "./import/attribution";
import { indexOfName, indexOfPreferredName } from "./names";
import type { DailyFigures, WindowFigure } from "./storeMetricLookup";
import { windowFigure } from "./storeMetricLookup";

export type RuleId = "conversionFalling" | "ctrFalling" | "aovBelow" | "refundRateRising" | "roiUnderBreakEven" | "unpaidOrders" | "productsLowConversion";

export const RULES: readonly RuleId[] = ["conversionFalling", "ctrFalling", "aovBelow", "refundRateRising", "roiUnderBreakEven", "unpaidOrders", "productsLowConversion"];

/** Minimum samples: below these a change is noise. */
export const MIN_SAMPLE = { visitors: 200, clicks: 100, buyers: 30, orders: 50, productVisitors: 200 } as const;
/** A rate counts as falling when it is this share below both comparisons. */
export const MIN_RELATIVE_CHANGE = 0.1;
/** A refund rate counts as rising at this many percentage points above both comparisons. */
export const MIN_REFUND_RISE = 0.02;
/** Visitors "hold" when the recent days' average is at least this share of the days before. */
export const VISITORS_HOLD = 0.9;
/** Orders placed that a shop normally sees paid; fewer than this share paid is payment friction. */
export const NORMAL_PAID_SHARE = 0.85;
/** A product converts "far below" the shop at under this share of the shop's conversion. */
export const PRODUCT_CONVERSION_SHARE = 0.5;
export const MAX_PRODUCT_FINDINGS = 5;
/** Growth estimates past this are not estimates any more. */
const MAX_GROWTH = 2;

/** One order of the Qianniu order list, as far as payment friction needs it. */
export interface OrderFact {
  /** Excel serial of when it was placed. */
  readonly placed: number;
  readonly paid: boolean;
}

/** One row of Sycm's product performance. */
export interface ProductFact {
  readonly name: string;
  /** Excel serial of its day, or null for a row covering a multi-day period. */
  readonly day: number | null;
  readonly visitors: number;
  readonly buyers: number;
  readonly gmv: number;
}

/** Where the Qianniu order list keeps when an order was placed and paid. */
const ORDER_COLUMNS = { placed: ["订单创建时间", "买家下单时间", "下单时间"], paid: ["订单付款时间", "买家付款时间", "付款时间"] } as const;
/** Where Sycm's product report keeps each product's figures; buyers may only be there as a conversion rate. */
/** The product report's fields as the import knows them (import/kinds.ts): a name, else the id, names a product. */
const productField = (key: string): readonly string[] => KIND_FIELDS.sycmProducts[key] ?? [];
const PRODUCT_COLUMNS = {
  name: [...productField("productName"), ...productField("productId")],
  visitors: productField("visitors"),
  gmv: productField("gmv"),
  buyers: productField("payingBuyers"),
  conversion: productField("conversion"),
  day: ["统计日期", "日期"],
} as const;

/** The order list's columns the unpaid-orders rule reads, or null when it lacks them. */
export function orderColumns(headers: readonly string[]): number[] | null {
  const at = [indexOfName(headers, ORDER_COLUMNS.placed), indexOfName(headers, ORDER_COLUMNS.paid)];
  return at.every((i) => i >= 0) ? at : null;
}

/** Orders from the columns orderColumns named: placed when created, paid when it has a payment time. */
export function orderFacts([placed, paid]: readonly (readonly CellValue[])[]): OrderFact[] {
  return (placed ?? []).flatMap((p, i) => (typeof p === "number" && p >= 1 ? [{ placed: p, paid: typeof paid?.[i] === "number" }] : []));
}

/** The product report's columns (name, visitors, GMV, buyers, conversion, day; −1 where absent), or null. */
export function productColumns(headers: readonly string[]): number[] | null {
  const at = Object.values(PRODUCT_COLUMNS).map((names) => indexOfPreferredName(headers, names));
  const [name, visitors, gmv, buyers, conversion] = at as [number, number, number, number, number];
  return name >= 0 && visitors >= 0 && gmv >= 0 && (buyers >= 0 || conversion >= 0) ? at : null;
}

/** Products from the columns productColumns named, in that order (absent ones as empty arrays). */
export function productFacts([names, visitors, gmv, buyers, conversion, days]: readonly (readonly CellValue[])[]): ProductFact[] {
  const number = (v: CellValue | undefined) => (typeof v === "number" && Number.isFinite(v) ? v : 0);
  return (names ?? []).flatMap((name, i) => {
    const v = number(visitors?.[i]);
    if (name === "" || name === null || v <= 0) return [];
    const day = days?.[i];
    const b = buyers && buyers.length > 0 ? number(buyers[i]) : Math.round(v * number(conversion?.[i]));
    return [{ name: String(name), day: typeof day === "number" ? Math.floor(day) : null, visitors: v, buyers: b, gmv: number(gmv?.[i]) }];
  });
}

export interface DiagnosisInput {
  readonly days: DailyFigures;
  readonly orders: readonly OrderFact[] | null;
  readonly products: readonly ProductFact[] | null;
  readonly breakEvenRoi: number;
  /** Ad spend over the last 7 days below which ROI is not judged. */
  readonly adSpendThreshold: number;
  /** The ad report's attribution window in days (import/attribution.ts); null when unknown, taken as 15. */
  readonly attributionDays?: number | null;
}

export interface Finding {
  readonly rule: RuleId;
  readonly metric: Metric;
  /** What the rule saw, for the words: figures now and before. */
  readonly facts: Readonly<Record<string, number>>;
  /** The product concerned, for product findings. */
  readonly subject?: string;
  readonly growthRate: number;
}

export type Check =
  | { readonly rule: RuleId; readonly outcome: "found"; readonly count: number }
  | { readonly rule: RuleId; readonly outcome: "clear" }
  | { readonly rule: RuleId; readonly outcome: "notEnoughData"; readonly need: Sample; readonly min: number; readonly have: readonly number[] };

export interface Diagnosis {
  /** The latest day of Store Metrics: the periods are counted back from it. */
  readonly latest: number;
  readonly findings: readonly Finding[];
  readonly checks: readonly Check[];
}

/** The periods every rule compares, counted back from the latest day. */
export function periods(latest: number) {
  return {
    recent: [latest - 2, latest] as const,
    before: [latest - 9, latest - 3] as const,
    weekEarlier: [latest - 9, latest - 7] as const,
    fourteen: [latest - 16, latest - 3] as const,
    week: [latest - 6, latest] as const,
  };
}

type Period = readonly [number, number];
/** What a rule lacked to be judged: the sample it needs and what the periods have. */
type Shortfall = { need: Sample; min: number; have: readonly number[] };
/** What a rule counts its sample in. */
export type Sample = "visitors" | "clicks" | "payingBuyers" | "orders" | "adSpend" | "days" | "closedAdDays" | "orderTable" | "productTable";
type Outcome = { findings: Finding[] } | Shortfall;

const capped = (g: number) => Math.min(MAX_GROWTH, Math.max(0, g));
const round = (n: number) => Math.round(n);

export function diagnose(input: DiagnosisInput): Diagnosis | null {
  const dates = [...input.days.keys()];
  if (dates.length === 0) return null;
  const latest = dates.reduce((m, d) => Math.max(m, d), -Infinity);
  const p = periods(latest);
  const figure = (m: Metric, period: Period, average = false): WindowFigure | null => windowFigure(input.days, m, period[0], period[1], average);
  const sum = (m: Metric, period: Period) => figure(m, period)?.value ?? 0;
  const recentDays = (m: Metric) => figure(m, p.recent)?.days ?? 0;

  /** A rate falling (or rising, for refunds) against both comparisons, with its sample checked in each period. */
  const rateAgainstBoth = (rate: Metric, sample: Metric & Sample, min: number): Shortfall | { now: number; before: number; weekEarlier: number } => {
    const samples = [p.recent, p.before, p.weekEarlier].map((period) => sum(sample, period));
    if (recentDays(rate) < 2) return { need: "days", min: 2, have: [recentDays(rate)] };
    if (samples.some((s) => s < min)) return { need: sample, min, have: samples.map(round) };
    const [now, before, weekEarlier] = [figure(rate, p.recent), figure(rate, p.before), figure(rate, p.weekEarlier)];
    if (!now || !before || !weekEarlier) return { need: "days", min: 2, have: [before?.days ?? 0, weekEarlier?.days ?? 0] };
    return { now: now.value, before: before.value, weekEarlier: weekEarlier.value };
  };

  const rules: Record<RuleId, () => Outcome> = {
    conversionFalling: () => {
      const r = rateAgainstBoth("conversion", "visitors", MIN_SAMPLE.visitors);
      if ("need" in r) return r;
      const visitorsNow = figure("visitors", p.recent, true)?.value ?? 0;
      const visitorsBefore = figure("visitors", p.before, true)?.value ?? 0;
      const falling = r.now < r.before * (1 - MIN_RELATIVE_CHANGE) && r.now < r.weekEarlier * (1 - MIN_RELATIVE_CHANGE);
      if (!falling || visitorsNow < visitorsBefore * VISITORS_HOLD) return { findings: [] };
      return { findings: [{ rule: "conversionFalling", metric: "conversion", facts: { ...r, visitorsNow, visitorsBefore }, growthRate: capped(r.before / r.now - 1) }] };
    },
    ctrFalling: () => {
      const r = rateAgainstBoth("ctr", "clicks", MIN_SAMPLE.clicks);
      if ("need" in r) return r;
      if (!(r.now < r.before * (1 - MIN_RELATIVE_CHANGE) && r.now < r.weekEarlier * (1 - MIN_RELATIVE_CHANGE))) return { findings: [] };
      // CTR back lifts ad clicks by the same share; they are this share of the shop's visitors.
      const clicks = sum("clicks", p.recent), visitors = sum("visitors", p.recent);
      const share = visitors > 0 ? Math.min(1, clicks / visitors) : 1;
      return { findings: [{ rule: "ctrFalling", metric: "ctr", facts: { ...r, share }, growthRate: capped((r.before / r.now - 1) * share) }] };
    },
    aovBelow: () => {
      const buyersNow = sum("payingBuyers", p.recent), buyersBase = sum("payingBuyers", p.fourteen);
      if (recentDays("aov") < 2) return { need: "days", min: 2, have: [recentDays("aov")] };
      if (buyersNow < MIN_SAMPLE.buyers || buyersBase < MIN_SAMPLE.buyers) return { need: "payingBuyers", min: MIN_SAMPLE.buyers, have: [round(buyersNow), round(buyersBase)] };
      const now = figure("aov", p.recent)?.value, level = figure("aov", p.fourteen)?.value;
      if (now === undefined || level === undefined) return { need: "days", min: 2, have: [0] };
      if (!(now < level * (1 - MIN_RELATIVE_CHANGE))) return { findings: [] };
      return { findings: [{ rule: "aovBelow", metric: "aov", facts: { now, level }, growthRate: capped(level / now - 1) }] };
    },
    refundRateRising: () => {
      const r = rateAgainstBoth("refundRate", "orders", MIN_SAMPLE.orders);
      if ("need" in r) return r;
      if (!(r.now > r.before + MIN_REFUND_RISE && r.now > r.weekEarlier + MIN_REFUND_RISE)) return { findings: [] };
      // Refunds back to their rate keep this share of GMV that is now paid back.
      return { findings: [{ rule: "refundRateRising", metric: "refundRate", facts: r, growthRate: capped((r.now - r.before) / Math.max(0.01, 1 - r.now)) }] };
    },
    roiUnderBreakEven: () => {
      // Days whose attribution window is still open have sales to come: only the 7 days before them are judged.
      const window = input.attributionDays ?? DEFAULT_ATTRIBUTION_DAYS;
      const open = provisionalFrom(latest, window);
      const closed: Period = [open - 7, open - 1];
      const spend = sum("adSpend", closed);
      const roi = figure("roi", closed);
      if (!roi || roi.days < 2) return { need: "closedAdDays", min: 2, have: [roi?.days ?? 0] };
      if (spend < input.adSpendThreshold) return { need: "adSpend", min: input.adSpendThreshold, have: [round(spend)] };
      if (!(roi.value < input.breakEvenRoi)) return { findings: [] };
      // The same spend at break-even would bring in this much more ad sales, against the shop's GMV.
      const adSales = sum("adSales", closed), gmv = sum("gmv", closed);
      const gain = adSales * (input.breakEvenRoi / Math.max(roi.value, 1e-9) - 1);
      const facts = { roi: roi.value, breakEven: input.breakEvenRoi, spend, from: closed[0], to: closed[1], provisionalFrom: open, window };
      return { findings: [{ rule: "roiUnderBreakEven", metric: "roi", facts, growthRate: capped(gmv > 0 ? gain / gmv : 0) }] };
    },
    unpaidOrders: () => {
      if (!input.orders) return { need: "orderTable", min: 1, have: [0] };
      // A loop, not Math.max(...): an order list has more rows than a call may take arguments.
      const last = input.orders.reduce((m, o) => Math.max(m, Math.floor(o.placed)), 0);
      const inWeek = input.orders.filter((o) => o.placed >= last - 6);
      const days = new Set(inWeek.map((o) => Math.floor(o.placed))).size;
      if (days < 2) return { need: "days", min: 2, have: [days] };
      if (inWeek.length < MIN_SAMPLE.orders) return { need: "orders", min: MIN_SAMPLE.orders, have: [inWeek.length] };
      const paid = inWeek.filter((o) => o.paid).length;
      const share = paid / inWeek.length;
      if (!(share < NORMAL_PAID_SHARE)) return { findings: [] };
      // Reminders that bring payment back to the normal share add that many orders to the paid ones.
      return { findings: [{ rule: "unpaidOrders", metric: "orders", facts: { placed: inWeek.length, paid, share, normal: NORMAL_PAID_SHARE }, growthRate: capped(paid > 0 ? (inWeek.length * NORMAL_PAID_SHARE - paid) / paid : 0) }] };
    },
    productsLowConversion: () => {
      if (!input.products) return { need: "productTable", min: 1, have: [0] };
      const last = input.products.reduce<number | null>((m, r) => (r.day === null ? m : Math.max(m ?? r.day, r.day)), null);
      // Rows of the product table's last seven days, or rows that each cover a period already.
      const rows = input.products.filter((r) => r.day === null || (last !== null && r.day >= last - 6));
      const multiDay = rows.some((r) => r.day === null) || new Set(rows.map((r) => r.day)).size >= 2;
      const shop = figure("conversion", p.week);
      if (!multiDay || !shop) return { need: "days", min: 2, have: [multiDay ? 0 : new Set(rows.map((r) => r.day)).size] };
      const byName = new Map<string, { visitors: number; buyers: number; gmv: number }>();
      for (const r of rows) {
        const s = byName.get(r.name) ?? { visitors: 0, buyers: 0, gmv: 0 };
        byName.set(r.name, { visitors: s.visitors + r.visitors, buyers: s.buyers + r.buyers, gmv: s.gmv + r.gmv });
      }
      const shopGmv = rows.reduce((t, r) => t + r.gmv, 0);
      const shopAov = figure("aov", p.week)?.value ?? 0;
      const lost = [...byName]
        .filter(([, s]) => s.visitors >= MIN_SAMPLE.productVisitors && s.buyers / s.visitors < shop.value * PRODUCT_CONVERSION_SHARE)
        .map(([name, s]) => {
          const aov = s.buyers > 0 ? s.gmv / s.buyers : shopAov;
          const gmvLost = s.visitors * (shop.value - s.buyers / s.visitors) * aov;
          return { name, s, gmvLost };
        })
        .filter((x) => x.gmvLost > 0)
        .sort((a, b) => b.gmvLost - a.gmvLost || a.name.localeCompare(b.name))
        .slice(0, MAX_PRODUCT_FINDINGS);
      return {
        findings: lost.map((x) => ({
          rule: "productsLowConversion" as const,
          metric: "conversion" as const,
          subject: x.name,
          facts: { visitors: x.s.visitors, conversion: x.s.buyers / x.s.visitors, shop: shop.value, gmvLost: x.gmvLost },
          growthRate: capped(shopGmv > 0 ? x.gmvLost / shopGmv : 0),
        })),
      };
    },
  };

  const findings: Finding[] = [];
  const checks: Check[] = RULES.map((rule) => {
    const outcome = rules[rule]();
    if ("need" in outcome) return { rule, outcome: "notEnoughData", need: outcome.need, min: outcome.min, have: outcome.have };
    findings.push(...outcome.findings);
    return outcome.findings.length > 0 ? { rule, outcome: "found", count: outcome.findings.length } : { rule, outcome: "clear" };
  });
  return { latest, findings, checks };
}
