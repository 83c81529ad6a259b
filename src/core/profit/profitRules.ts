/**
 * The diagnosis' rules on ads and profit: ad ROI against break-even (the shop's own from the Profit sheet, Settings'
 * where it has none, and each product's own), GMV up while profit fell, and each finding's growth in profit. Apart
 * from diagnosis.ts, whose Judging they judge with, as the product-layout rules are in layout/layoutRules.ts.
 */
import type { DiagnosisInput, Finding, RuleJudging, RuleOutcome } from "../diagnosis";
import { MIN_PROFIT_DAYS, MIN_RELATIVE_CHANGE, capGrowth } from "../diagnosisThresholds";
import { DEFAULT_ATTRIBUTION_DAYS, provisionalFrom } from "../import/attribution";
import type { WindowFigure } from "../storeMetricLookup";
import { breakEvenRoiOf } from "./breakEven";
import type { DayProfitBack } from "./profitSheet";

type Judging = RuleJudging;
type Outcome = RuleOutcome;
type Period = readonly [number, number];
const capped = capGrowth;
const round = (n: number) => Math.round(n);

/** The Profit sheet's last 7 days to the latest: the base a point's growth in profit is worked out on. */
interface ProfitWeek {
  readonly netSales: number;
  readonly profit: number;
  /** (profit + ad spend) ÷ net sales: what a yuan more of sales keeps when it costs no more ads. */
  readonly marginBeforeAds: number;
}

/** The last 7 days of the Profit sheet, where it has five of them or more and they made a profit. */
export function profitWeek(input: DiagnosisInput, latest: number): ProfitWeek | null {
  const days = [...(input.profit ?? [])].filter(([d]) => d > latest - 7 && d <= latest).map(([, f]) => f);
  const netSales = days.reduce((a, f) => a + f.netSales, 0);
  const profit = days.reduce((a, f) => a + f.profit, 0);
  const adSpend = days.reduce((a, f) => a + f.adSpend, 0);
  if (days.length < MIN_PROFIT_DAYS || !(profit > 0) || !(netSales > 0)) return null;
  return { netSales, profit, marginBeforeAds: (profit + adSpend) / netSales };
}

/**
 * A finding's growth in profit, if its point works: its growth rate's share of the week's net sales more, kept at
 * the margin before ads (the sales it brings cost goods, fees and shipping, not more ads), against the week's
 * profit. Ads under break-even keep their own margin (1 ÷ the break-even they were judged by); profit that fell
 * comes back whole, against what the week kept.
 * @example growthRate 5 %, net sales 10,000, margin before ads 30 %, profit 2,000 → 10,000 × 5 % × 30 % ÷ 2,000 = 7.5 %
 */
export function profitGrowthOf(finding: Finding, week: ProfitWeek): number {
  if (finding.rule === "profitFalling") {
    const { profitNow = 0, profitBefore = 0 } = finding.facts;
    return profitNow > 0 ? Math.max(0, profitBefore - profitNow) / profitNow : 0;
  }
  const breakEven = finding.rule === "roiUnderBreakEven" ? (finding.facts.breakEven ?? 0) : 0;
  const margin = breakEven > 0 ? 1 / breakEven : week.marginBeforeAds;
  return (finding.growthRate * week.netSales * margin) / week.profit;
}

/**
 * The break-even ROI the shop's ads are judged by over a period: 1 ÷ the shop's own margin before ads on the Profit
 * sheet where it has two days of the period or more and that margin is above nothing, else the Settings' value.
 */
function shopBreakEven(j: Judging, period: Period): { value: number; margin: number | null } {
  let netSales = 0,
    beforeAds = 0,
    days = 0;
  for (let d = period[0]; d <= period[1]; d++) {
    const day = j.input.profit?.get(d);
    if (!day) continue;
    netSales += day.netSales;
    beforeAds += day.profit + day.adSpend;
    days++;
  }
  const margin = days >= 2 && netSales > 0 ? beforeAds / netSales : null;
  const own = breakEvenRoiOf(margin);
  return own === null ? { value: j.input.breakEvenRoi, margin: null } : { value: own, margin };
}

/**
 * The products whose ads returned less than their own break-even ROI on the Profit sheet (its ad ROI over the days
 * whose ad sales are final), each with enough spend to judge; against the shop's GMV over the Profit sheet's days.
 */
function productsUnderBreakEven(j: Judging): Finding[] {
  const days = [...(j.input.profit?.keys() ?? [])];
  if (days.length === 0) return [];
  const from = Math.min(...days),
    to = Math.max(...days);
  const gmv = j.sum("gmv", [from, to]);
  return (j.input.profitProducts ?? []).flatMap((p) => {
    if (p.adRoi === null || p.breakEvenRoi === null || p.adSpend < j.input.adSpendThreshold) return [];
    if (!(p.adRoi < p.breakEvenRoi)) return [];
    const gain = p.adRoi * p.adSpend * (p.breakEvenRoi / Math.max(p.adRoi, 1e-9) - 1);
    const facts = { roi: p.adRoi, breakEven: p.breakEvenRoi, spend: p.adSpend, from, to, product: 1 };
    const growthRate = capped(gmv > 0 ? gain / gmv : 0);
    return [{ rule: "roiUnderBreakEven" as const, metric: "roi" as const, facts, subject: p.product, growthRate }];
  });
}

/**
 * Ads returned less than break-even over the last 7 days whose attribution has closed, with enough spend to judge:
 * the shop against its own break-even from the Profit sheet (Settings' where it has none), then each product with
 * its own ads on the Profit sheet against its own.
 */
export function roiUnderBreakEven(j: Judging): Outcome {
  // Days whose attribution window is still open have sales to come: only the 7 days before them are judged.
  const window = j.input.attributionDays ?? DEFAULT_ATTRIBUTION_DAYS;
  const open = provisionalFrom(j.latest, window);
  const closed: Period = [open - 7, open - 1];
  const spend = j.sum("adSpend", closed);
  const roi = j.figure("roi", closed);
  // The products are judged on the Profit sheet's period, whatever the shop's last closed week holds.
  const products = productsUnderBreakEven(j);
  const shopOutcome = judgeShopRoi(j, { window, open, closed, spend, roi });
  return "findings" in shopOutcome
    ? { findings: [...shopOutcome.findings, ...products] }
    : products.length > 0
      ? { findings: products }
      : shopOutcome;
}

/** The shop's ads over its last closed week against its break-even, or what that judgement lacks. */
function judgeShopRoi(
  j: Judging,
  at: { window: number; open: number; closed: Period; spend: number; roi: WindowFigure | null }
): Outcome {
  const { window, open, closed, spend, roi } = at;
  if (!roi || roi.days < 2) {
    // Ad days there are, but too few have closed: the rule waits, and says until when, rather than "no data". A
    // day d closes once Store Metrics reaches d + window; the second recent ad day closing makes two.
    const adDays = [...j.input.days]
      .filter(([, f]) => f.adSpend !== undefined)
      .map(([d]) => d)
      .sort((a, b) => a - b);
    const second = adDays.filter((d) => d >= closed[0])[1];
    if (second !== undefined && second >= open)
      return { waiting: { openFrom: open, window, adDays: adDays.length, until: second + window } };
    return { need: "closedAdDays", min: 2, have: [roi?.days ?? 0] };
  }
  if (spend < j.input.adSpendThreshold) return { need: "adSpend", min: j.input.adSpendThreshold, have: [round(spend)] };
  const breakEven = shopBreakEven(j, closed);
  if (!(roi.value < breakEven.value)) return { findings: [] };
  // The same spend at break-even would bring in this much more ad sales, against the shop's GMV.
  const adSales = j.sum("adSales", closed),
    gmv = j.sum("gmv", closed);
  const gain = adSales * (breakEven.value / Math.max(roi.value, 1e-9) - 1);
  const facts = {
    roi: roi.value,
    breakEven: breakEven.value,
    // -1: the Settings' value, the shop having no margin on the Profit sheet for these days.
    margin: breakEven.margin ?? -1,
    spend,
    from: closed[0],
    to: closed[1],
    provisionalFrom: open,
    window,
  };
  const shop: Finding = {
    rule: "roiUnderBreakEven",
    metric: "roi",
    facts,
    growthRate: capped(gmv > 0 ? gain / gmv : 0),
  };
  return { findings: [shop] };
}

/**
 * GMV rose over the last 7 days while profit fell against the 7 before: sales bought with discounts, or with ads and
 * fees that grew faster than they did. Judged on the Profit sheet's days, each week needing most of its days.
 */
export function profitFalling(j: Judging): Outcome {
  const days = j.input.profit;
  if (!days) return { need: "profitTable", min: 1, have: [0] };
  const week: Period = j.p.week;
  const before: Period = [week[0] - 7, week[1] - 7];
  const inWeek = (period: Period) => [...days].filter(([d]) => d >= period[0] && d <= period[1]).map(([, f]) => f);
  const [now, then] = [inWeek(week), inWeek(before)];
  if (now.length < MIN_PROFIT_DAYS || then.length < MIN_PROFIT_DAYS)
    return { need: "profitDays", min: MIN_PROFIT_DAYS, have: [now.length, then.length] };
  const total = (list: readonly DayProfitBack[], key: keyof DayProfitBack) => list.reduce((a, f) => a + f[key], 0);
  const gmvNow = j.sum("gmv", week),
    gmvBefore = j.sum("gmv", before);
  const [profitNow, profitBefore] = [total(now, "profit"), total(then, "profit")];
  const [salesNow, salesBefore] = [total(now, "netSales"), total(then, "netSales")];
  const gmvUp = gmvBefore > 0 && gmvNow >= gmvBefore * (1 + MIN_RELATIVE_CHANGE);
  const profitDown = profitNow < profitBefore - Math.abs(profitBefore) * MIN_RELATIVE_CHANGE;
  if (!gmvUp || !profitDown) return { findings: [] };
  const facts = {
    gmvNow,
    gmvBefore,
    profitNow,
    profitBefore,
    marginNow: salesNow > 0 ? profitNow / salesNow : 0,
    marginBefore: salesBefore > 0 ? profitBefore / salesBefore : 0,
  };
  // Winning back the week's lost profit is worth that share of its GMV.
  return {
    findings: [
      { rule: "profitFalling", metric: "gmv", facts, growthRate: capped((profitBefore - profitNow) / gmvNow) },
    ],
  };
}
