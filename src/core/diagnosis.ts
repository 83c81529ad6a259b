/**
 * Diagnose store data: rules over Store Metrics and the imported orders and products that say where the shop is
 * losing money, and which growth point would win it back, with an estimate of the growth rate.
 *
 * Guards every rule keeps, so a finding is worth an operator's time:
 * - never one day alone: the recent period is the last three days with at least two of them holding data;
 * - a change counts only against both the seven days before and the same weekdays a week earlier;
 * - ratios come from summed numerators and denominators, and each rule needs a minimum sample;
 * - the growth rate follows the driver tree GMV = visitors × conversion × AOV: a driver back to its level lifts
 *   GMV by the same share, measured from the driver's last 7 days, the figure a goal starts from (goalMeasure.ts):
 *   a goal set on the growth rate then aims at the level, never past it.
 */
import type { OrderFact, ProductFact } from "./shopFacts";
import type { DayProfitBack, ProductProfitBack } from "./profit/profitSheet";
import { profitFalling, profitGrowthOf, profitWeek, roiUnderBreakEven } from "./profit/profitRules";
import type { LayoutRuleId } from "./layout/layoutRules";
import { LAYOUT_RULES } from "./layout/layoutRules";
import type { ProductLayoutBack } from "./layout/productsSheet";
import type { AdRuleId, AdsBack } from "./ads/adRules";
import { AD_RULES } from "./ads/adRules";
import type { RefundRuleId } from "./refunds/refundRules";
import { REFUND_RULES } from "./refunds/refundRules";
import type { RefundsBack } from "./refunds/refundsBack";
import type { MarketBack } from "./market/marketBack";
import { MARKET_DIAGNOSIS } from "./market/marketBack";
import type { MarketRuleId } from "./market/marketRules";
import { MARKET_RULES } from "./market/marketRules";
import {
  COMPETITOR_SURGE,
  LOSS_RISE,
  capGrowth,
  MAX_PRODUCT_FINDINGS,
  MIN_COMPETITOR_DAYS,
  MIN_REFUND_RISE,
  MIN_RELATIVE_CHANGE,
  MIN_SAMPLE,
  NORMAL_PAID_SHARE,
  PRODUCT_CONVERSION_SHARE,
  VISITORS_HOLD,
} from "./diagnosisThresholds";
import type { Metric } from "./import/metrics";
import type { Check, Sample } from "./diagnosisCheck";
export type { Check, Sample } from "./diagnosisCheck";
import type { DailyFigures, WindowFigure } from "./storeMetricLookup";
import { windowFigure } from "./storeMetricLookup";
import type { CalibratedIndex } from "./competition/calibration";
import { MIN_CALIBRATION_DAYS, estimate, isFit } from "./competition/calibration";
import type { CompetitionWatch, DayEstimate } from "./competition/watch";
import { rivalDaysBySubject, stretchAverage } from "./competition/watch";

export type RuleId =
  | "conversionFalling"
  | "ctrFalling"
  | "aovBelow"
  | "refundRateRising"
  | "roiUnderBreakEven"
  | "unpaidOrders"
  | "productsLowConversion"
  | "competitorSurge"
  | "competitorConversionUp"
  | "customersLost"
  | "profitFalling"
  | LayoutRuleId
  | AdRuleId
  | RefundRuleId
  | MarketRuleId;

export const RULES: readonly RuleId[] = [
  "conversionFalling",
  "ctrFalling",
  "aovBelow",
  "refundRateRising",
  "roiUnderBreakEven",
  "unpaidOrders",
  "productsLowConversion",
  "competitorSurge",
  "competitorConversionUp",
  "customersLost",
  "profitFalling",
  "coreStockOut",
  "potentialProduct",
  "slowStock",
  "coreFalling",
  "adWaste",
  "adHeadroom",
  "refundProduct",
  "refundReasonRising",
  ...MARKET_RULES,
];
/** The rules that judge the competition: their findings suggest responding to a rival. */
export const COMPETITOR_RULES: ReadonlySet<RuleId> = new Set([
  "competitorSurge",
  "competitorConversionUp",
  "customersLost",
]);

export interface DiagnosisInput {
  readonly days: DailyFigures;
  readonly orders: readonly OrderFact[] | null;
  readonly products: readonly ProductFact[] | null;
  readonly breakEvenRoi: number;
  /** Ad spend over the last 7 days below which ROI is not judged. */
  readonly adSpendThreshold: number;
  /** The ad report's attribution window in days (import/attribution.ts); null when unknown, taken as 15. */
  readonly attributionDays?: number | null;
  /** The competition watch (competition/watch.ts); null when the workbook has no Competitors data. */
  readonly competition?: CompetitionWatch | null;
  /** Each day's net sales and profit from the Profit sheet (profit/profitSheet.ts); null without one. */
  readonly profit?: ReadonlyMap<number, DayProfitBack> | null;
  /** The Products sheet's rows (layout/productsSheet.ts); null without one. */
  readonly layout?: readonly ProductLayoutBack[] | null;
  /** Settings' lead time plus safety days: a core product with less cover runs out. */
  readonly leadPlusSafety?: number;
  /** The Refunds sheet's payment days and products (refunds/refundRules.ts); null without one. */
  readonly refunds?: RefundsBack | null;
  /** The Ad Analysis sheet's closed days and lines (ads/adRules.ts); null without one. */
  readonly ads?: AdsBack | null;
  /** The Market sheet's findings and which rules it judged (market/marketBack.ts); null without one. */
  readonly market?: MarketBack | null;
  /** The Profit sheet's products with their own ad spend, ad ROI and break-even ROI; null without one. */
  readonly profitProducts?: readonly ProductProfitBack[] | null;
}

export interface Finding {
  readonly rule: RuleId;
  readonly metric: Metric;
  /** What the rule saw, for the words: figures now and before. */
  readonly facts: Readonly<Record<string, number>>;
  /** The product concerned, for product findings. */
  readonly subject?: string;
  /** The words the export gave that the evidence names as they are: a product's commonest refund reason. */
  readonly reason?: string;
  /** Evidence and growth point already worded, in the sheet's language, by the sheet the finding was read from. */
  readonly said?: { readonly evidence: string; readonly point: string };
  readonly growthRate: number;
  /**
   * What the point would add to the shop's profit, as a share of the last 7 days' profit on the Profit sheet: absent
   * without such a week (five days or more, in profit). See profitGrowthOf.
   */
  readonly profitGrowth?: number;
}

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
/** A rule whose data is there but still moving: judged once it settles. */
type Waiting = { waiting: { openFrom: number; window: number; adDays: number; until: number } };
/** What a rule returns: exported for the rules kept in their own modules (profit/profitRules.ts). */
export type RuleOutcome = { findings: Finding[] } | Shortfall | Waiting;
type Outcome = RuleOutcome;

/**
 * What every rule judges with: the periods counted back from the latest day of Store Metrics, each metric's figure
 * in a period, and each rival's days. One per diagnosis.
 */
class Judging {
  readonly p: ReturnType<typeof periods>;
  /** Each rival's days, for the competition rules; null without Competitors data. */
  readonly rivals: Map<string, DayEstimate[]> | null;

  constructor(
    readonly input: DiagnosisInput,
    readonly latest: number
  ) {
    this.p = periods(latest);
    this.rivals = input.competition ? rivalDaysBySubject(input.competition.days) : null;
  }

  figure(m: Metric, period: Period, average = false): WindowFigure | null {
    return windowFigure(this.input.days, m, period[0], period[1], average);
  }

  sum(m: Metric, period: Period): number {
    return this.figure(m, period)?.value ?? 0;
  }

  recentDays(m: Metric): number {
    return this.figure(m, this.p.recent)?.days ?? 0;
  }

  /** A rate or ratio back to a level lifts GMV by the share it rises from its last 7 days (the goal's baseline). */
  backTo(m: Metric, level: number): number {
    const week = this.figure(m, this.p.week)?.value;
    return week === undefined || week <= 0 ? 0 : capGrowth(level / week - 1);
  }

  /** A rate falling (or rising, for refunds) against both comparisons, with its sample checked in each period. */
  rateAgainstBoth(
    rate: Metric,
    sample: Metric & Sample,
    min: number
  ): Shortfall | { now: number; before: number; weekEarlier: number } {
    const { recent, before: previous, weekEarlier: earlier } = this.p;
    const samples = [recent, previous, earlier].map((period) => this.sum(sample, period));
    if (this.recentDays(rate) < 2) return { need: "days", min: 2, have: [this.recentDays(rate)] };
    if (samples.some((s) => s < min)) return { need: sample, min, have: samples.map(Math.round) };
    const [now, before, weekEarlier] = [
      this.figure(rate, recent),
      this.figure(rate, previous),
      this.figure(rate, earlier),
    ];
    if (!now || !before || !weekEarlier)
      return { need: "days", min: 2, have: [before?.days ?? 0, weekEarlier?.days ?? 0] };
    return { now: now.value, before: before.value, weekEarlier: weekEarlier.value };
  }

  /** A rival figure's daily average in each period, or null when a period has too few days of it. */
  rivalAverages(days: readonly DayEstimate[], of: (d: DayEstimate) => number | null): number[] | null {
    const a = [this.p.recent, this.p.before, this.p.weekEarlier].map((period) =>
      stretchAverage(days, of, period[0], period[1])
    );
    return a.every((x) => x !== null && x.days >= MIN_COMPETITOR_DAYS)
      ? a.map((x) => (x as { value: number }).value)
      : null;
  }

  /** Above both comparisons by the share given. */
  risen([now, before, weekEarlier]: readonly number[], share: number): boolean {
    return (
      (now as number) >= (before as number) * (1 + share) &&
      (now as number) >= (weekEarlier as number) * (1 + share) &&
      (now as number) > 0
    );
  }

  oursAverages(m: Metric): number[] {
    return [this.p.recent, this.p.before, this.p.weekEarlier].map((period) => this.figure(m, period, true)?.value ?? 0);
  }

  /** The most recent days any rival has of a figure: what a rule lacking rival days reports. */
  mostDays(of: (d: DayEstimate) => number | null): number {
    return Math.max(
      0,
      ...[...(this.rivals?.values() ?? [])].map(
        (days) => stretchAverage(days, of, this.p.recent[0], this.p.recent[1])?.days ?? 0
      )
    );
  }

  noRivalData(): Shortfall {
    return { need: "competitorTable", min: 1, have: [0] };
  }

  /** What a rule on calibrated indices lacks when none of them has its curve yet. */
  calibrationShort(...indices: CalibratedIndex[]): Shortfall | null {
    const fits = indices.map((i) => this.input.competition?.calibrations[i]);
    if (fits.some((f) => f && isFit(f))) return null;
    return {
      need: "calibrationDays",
      min: MIN_CALIBRATION_DAYS,
      have: fits.map((f) => (f && !isFit(f) && f.lacking === "days" ? f.have : 0)),
    };
  }
}

/** What a rule judges with, for the rules kept in their own modules. */
export type RuleJudging = Judging;

/** Every rule, by its id: each judges one thing from the shop's figures and says what it found or what it lacked. */
const RULE_JUDGES: Record<RuleId, (j: Judging) => Outcome> = {
  conversionFalling,
  ctrFalling,
  aovBelow,
  refundRateRising,
  roiUnderBreakEven,
  unpaidOrders,
  productsLowConversion,
  competitorSurge,
  competitorConversionUp,
  customersLost,
  profitFalling,
  ...Object.fromEntries(
    Object.entries(LAYOUT_RULES).map(([id, rule]) => [
      id,
      (j: Judging) => rule({ layout: j.input.layout, leadPlusSafety: j.input.leadPlusSafety }),
    ])
  ),
  ...Object.fromEntries(Object.entries(AD_RULES).map(([id, rule]) => [id, (j: Judging) => rule(j, j.input.ads)])),
  ...Object.fromEntries(
    Object.entries(REFUND_RULES).map(([id, rule]) => [id, (j: Judging) => rule(j, j.input.refunds)])
  ),
  ...Object.fromEntries(
    Object.entries(MARKET_DIAGNOSIS).map(([id, rule]) => [id, (j: Judging) => rule(j.input.market)])
  ),
} as Record<RuleId, (j: Judging) => Outcome>;

/** Runs every rule on the shop's figures; null when Store Metrics has no day. */
export function diagnose(input: DiagnosisInput): Diagnosis | null {
  const dates = [...input.days.keys()];
  if (dates.length === 0) return null;
  const latest = dates.reduce((m, d) => Math.max(m, d), -Infinity);
  const judging = new Judging(input, latest);
  const findings: Finding[] = [];
  const week = profitWeek(input, latest);
  const checks: Check[] = RULES.map((rule) => {
    const outcome = RULE_JUDGES[rule](judging);
    if ("need" in outcome)
      return { rule, outcome: "notEnoughData", need: outcome.need, min: outcome.min, have: outcome.have };
    if ("waiting" in outcome) return { rule, outcome: "waiting", ...outcome.waiting };
    findings.push(...outcome.findings.map((f) => (week ? { ...f, profitGrowth: profitGrowthOf(f, week) } : f)));
    return outcome.findings.length > 0
      ? { rule, outcome: "found", count: outcome.findings.length }
      : { rule, outcome: "clear" };
  });
  return { latest, findings, checks };
}

/** Conversion fell against the days before and the same days a week earlier, while visitors held: the pages lost buyers, not traffic. */
function conversionFalling(j: Judging): Outcome {
  const r = j.rateAgainstBoth("conversion", "visitors", MIN_SAMPLE.visitors);
  if ("need" in r) return r;
  const visitorsNow = j.figure("visitors", j.p.recent, true)?.value ?? 0;
  const visitorsBefore = j.figure("visitors", j.p.before, true)?.value ?? 0;
  const falling = r.now < r.before * (1 - MIN_RELATIVE_CHANGE) && r.now < r.weekEarlier * (1 - MIN_RELATIVE_CHANGE);
  if (!falling || visitorsNow < visitorsBefore * VISITORS_HOLD) return { findings: [] };
  return {
    findings: [
      {
        rule: "conversionFalling",
        metric: "conversion",
        facts: { ...r, visitorsNow, visitorsBefore },
        growthRate: j.backTo("conversion", r.before),
      },
    ],
  };
}

/** Ad click-through fell against both comparisons: the main image or the ads' creative lost clicks. */
function ctrFalling(j: Judging): Outcome {
  const r = j.rateAgainstBoth("ctr", "clicks", MIN_SAMPLE.clicks);
  if ("need" in r) return r;
  if (!(r.now < r.before * (1 - MIN_RELATIVE_CHANGE) && r.now < r.weekEarlier * (1 - MIN_RELATIVE_CHANGE)))
    return { findings: [] };
  // CTR back lifts ad clicks by the same share; they are this share of the shop's visitors.
  const clicks = j.sum("clicks", j.p.recent),
    visitors = j.sum("visitors", j.p.recent);
  const share = visitors > 0 ? Math.min(1, clicks / visitors) : 1;
  return {
    findings: [
      {
        rule: "ctrFalling",
        metric: "ctr",
        facts: { ...r, share },
        growthRate: capGrowth((r.before / r.now - 1) * share),
      },
    ],
  };
}

/** The average order value of the last days is below its level of the two weeks before. */
function aovBelow(j: Judging): Outcome {
  const buyersNow = j.sum("payingBuyers", j.p.recent),
    buyersBase = j.sum("payingBuyers", j.p.fourteen);
  if (j.recentDays("aov") < 2) return { need: "days", min: 2, have: [j.recentDays("aov")] };
  if (buyersNow < MIN_SAMPLE.buyers || buyersBase < MIN_SAMPLE.buyers)
    return { need: "payingBuyers", min: MIN_SAMPLE.buyers, have: [Math.round(buyersNow), Math.round(buyersBase)] };
  const now = j.figure("aov", j.p.recent)?.value,
    level = j.figure("aov", j.p.fourteen)?.value;
  if (now === undefined || level === undefined) return { need: "days", min: 2, have: [0] };
  if (!(now < level * (1 - MIN_RELATIVE_CHANGE))) return { findings: [] };
  return { findings: [{ rule: "aovBelow", metric: "aov", facts: { now, level }, growthRate: j.backTo("aov", level) }] };
}

/** The refund rate rose by more than the allowed points against both comparisons. */
function refundRateRising(j: Judging): Outcome {
  const r = j.rateAgainstBoth("refundRate", "orders", MIN_SAMPLE.orders);
  if ("need" in r) return r;
  if (!(r.now > r.before + MIN_REFUND_RISE && r.now > r.weekEarlier + MIN_REFUND_RISE)) return { findings: [] };
  // Refunds back to their rate keep this share of GMV that is now paid back.
  return {
    findings: [
      {
        rule: "refundRateRising",
        metric: "refundRate",
        facts: r,
        growthRate: capGrowth((r.now - r.before) / Math.max(0.01, 1 - r.now)),
      },
    ],
  };
}

/** Fewer of the week's orders were paid than normal: reminders would bring the rest in. */
function unpaidOrders(j: Judging): Outcome {
  if (!j.input.orders) return { need: "orderTable", min: 1, have: [0] };
  // A loop, not Math.max(...): an order list has more rows than a call may take arguments.
  const last = j.input.orders.reduce((m, o) => Math.max(m, Math.floor(o.placed)), 0);
  const inWeek = j.input.orders.filter((o) => o.placed >= last - 6);
  const days = new Set(inWeek.map((o) => Math.floor(o.placed))).size;
  if (days < 2) return { need: "days", min: 2, have: [days] };
  if (inWeek.length < MIN_SAMPLE.orders) return { need: "orders", min: MIN_SAMPLE.orders, have: [inWeek.length] };
  const paid = inWeek.filter((o) => o.paid).length;
  const share = paid / inWeek.length;
  if (!(share < NORMAL_PAID_SHARE)) return { findings: [] };
  // Reminders that bring payment back to the normal share add that many orders to the paid ones.
  return {
    findings: [
      {
        rule: "unpaidOrders",
        metric: "orders",
        facts: { placed: inWeek.length, paid, share, normal: NORMAL_PAID_SHARE },
        growthRate: capGrowth(paid > 0 ? (inWeek.length * NORMAL_PAID_SHARE - paid) / paid : 0),
      },
    ],
  };
}

/** Products with enough visitors that convert far below the shop, the GMV each loses first. */
function productsLowConversion(j: Judging): Outcome {
  if (!j.input.products) return { need: "productTable", min: 1, have: [0] };
  const last = j.input.products.reduce<number | null>(
    (m, r) => (r.day === null ? m : Math.max(m ?? r.day, r.day)),
    null
  );
  // Rows of the product table's last seven days, or rows that each cover a period already.
  const rows = j.input.products.filter((r) => r.day === null || (last !== null && r.day >= last - 6));
  const multiDay = rows.some((r) => r.day === null) || new Set(rows.map((r) => r.day)).size >= 2;
  const shop = j.figure("conversion", j.p.week);
  if (!multiDay || !shop) return { need: "days", min: 2, have: [multiDay ? 0 : new Set(rows.map((r) => r.day)).size] };
  const byName = new Map<string, { visitors: number; buyers: number; gmv: number }>();
  for (const r of rows) {
    const s = byName.get(r.name) ?? { visitors: 0, buyers: 0, gmv: 0 };
    byName.set(r.name, { visitors: s.visitors + r.visitors, buyers: s.buyers + r.buyers, gmv: s.gmv + r.gmv });
  }
  const shopGmv = rows.reduce((t, r) => t + r.gmv, 0);
  const shopAov = j.figure("aov", j.p.week)?.value ?? 0;
  const lost = [...byName]
    .filter(
      ([, s]) =>
        s.visitors >= MIN_SAMPLE.productVisitors && s.buyers / s.visitors < shop.value * PRODUCT_CONVERSION_SHARE
    )
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
      growthRate: capGrowth(shopGmv > 0 ? x.gmvLost / shopGmv : 0),
    })),
  };
}

/** A rival's GMV or visitors rose against both comparisons while ours did not. */
function competitorSurge(j: Judging): Outcome {
  if (!j.rivals) return j.noRivalData();
  const short = j.calibrationShort("tradeIndex", "uvIndex");
  if (short) return short;
  const visitorSamples = [j.p.recent, j.p.before, j.p.weekEarlier].map((period) => j.sum("visitors", period));
  if (visitorSamples.some((v) => v < MIN_SAMPLE.visitors))
    return { need: "visitors", min: MIN_SAMPLE.visitors, have: visitorSamples.map(Math.round) };
  let judged = 0;
  const findings: Finding[] = [];
  for (const [subject, days] of j.rivals) {
    for (const measure of ["gmv", "visitors"] as const) {
      const theirs = j.rivalAverages(days, (d) => d[measure]);
      if (!theirs) continue;
      judged++;
      const ours = j.oursAverages(measure);
      if (!j.risen(theirs, COMPETITOR_SURGE) || j.risen(ours, COMPETITOR_SURGE)) continue;
      // Our usual share of what the group gained: visitors back lift GMV by the same share (driver tree).
      const group =
        [...j.rivals.values()].reduce(
          (t, d) => t + (stretchAverage(d, (x) => x[measure], j.p.before[0], j.p.before[1])?.value ?? 0),
          0
        ) + (ours[1] as number);
      const share = group > 0 ? (ours[1] as number) / group : 0;
      const gain = (theirs[0] as number) - (theirs[1] as number);
      const [now, before, weekEarlier] = theirs as [number, number, number];
      findings.push({
        rule: "competitorSurge",
        metric: measure,
        subject,
        facts: {
          now,
          before,
          weekEarlier,
          oursNow: ours[0] as number,
          oursBefore: ours[1] as number,
          share,
          measure: measure === "gmv" ? 1 : 0,
        },
        growthRate: capGrowth((ours[0] as number) > 0 ? (gain * share) / (ours[0] as number) : 0),
      });
      break;
    }
  }
  if (judged === 0)
    return { need: "competitorDays", min: MIN_COMPETITOR_DAYS, have: [j.mostDays((d) => d.gmv ?? d.visitors)] };
  return { findings };
}

/** A rival's conversion index rose while ours fell. */
function competitorConversionUp(j: Judging): Outcome {
  if (!j.rivals) return j.noRivalData();
  const r = j.rateAgainstBoth("conversion", "visitors", MIN_SAMPLE.visitors);
  if ("need" in r) return r;
  let judged = 0;
  const findings: Finding[] = [];
  const oursFell = r.now < r.before && r.now < r.weekEarlier;
  for (const [subject, days] of j.rivals) {
    const theirs = j.rivalAverages(days, (d) => d.day.indices.payRateIndex ?? null);
    if (!theirs) continue;
    judged++;
    if (!oursFell || !j.risen(theirs, MIN_RELATIVE_CHANGE)) continue;
    const [now, before, weekEarlier] = theirs as [number, number, number];
    findings.push({
      rule: "competitorConversionUp",
      metric: "conversion",
      subject,
      facts: { now, before, weekEarlier, oursNow: r.now, oursBefore: r.before },
      growthRate: j.backTo("conversion", r.before),
    });
  }
  if (judged === 0)
    return {
      need: "competitorDays",
      min: MIN_COMPETITOR_DAYS,
      have: [j.mostDays((d) => d.day.indices.payRateIndex ?? null)],
    };
  return { findings };
}

/** The customers or GMV lost to a rival rose against both comparisons. */
function customersLost(j: Judging): Outcome {
  if (!j.rivals || !j.input.competition) return j.noRivalData();
  const calibrations = j.input.competition.calibrations;
  let judged = 0;
  const findings: Finding[] = [];
  for (const [subject, days] of j.rivals) {
    // 流失指数 is a trade index of the GMV lost, 流失人气 a popularity of the customers lost: each read on its curve.
    const measure = days.some((d) => d.day.indices.lossIndex !== undefined)
      ? ("lossIndex" as const)
      : ("lossPopularity" as const);
    const theirs = j.rivalAverages(days, (d) => d.day.indices[measure] ?? null);
    if (!theirs) continue;
    judged++;
    if (!j.risen(theirs, LOSS_RISE)) continue;
    const fit = calibrations[measure === "lossIndex" ? "tradeIndex" : "uvIndex"];
    const value = (index: number) => {
      const e = isFit(fit) ? estimate(fit, index) : null;
      return e && "value" in e ? e.value : null;
    };
    const [now, before, weekEarlier] = theirs as [number, number, number];
    const lostNow = value(now),
      lostBefore = value(before);
    const ours = j.figure(measure === "lossIndex" ? "gmv" : "visitors", j.p.recent, true)?.value ?? 0;
    const growth = lostNow !== null && lostBefore !== null && ours > 0 ? (lostNow - lostBefore) / ours : 0;
    findings.push({
      rule: "customersLost",
      metric: measure === "lossIndex" ? "gmv" : "visitors",
      subject,
      facts: {
        now,
        before,
        weekEarlier,
        popularity: measure === "lossIndex" ? 0 : 1,
        estimated: lostNow === null ? 0 : 1,
      },
      growthRate: capGrowth(growth),
    });
  }
  if (judged === 0)
    return {
      need: "competitorDays",
      min: MIN_COMPETITOR_DAYS,
      have: [j.mostDays((d) => d.day.indices.lossIndex ?? d.day.indices.lossPopularity ?? null)],
    };
  return { findings };
}
