/**
 * What the market says to do, judged when Position in market runs and written to the Market sheet's findings table,
 * which the diagnosis reads back: the category growing faster than we do; a price band with demand where we sell
 * little; a crowd segment we draw as visitors but do not convert; searched terms with room that our titles lack.
 * Each finding's growth rate comes from its own figures (what closing the gap would add to our GMV), with a low and a
 * high from the figures' own uncertainty: ranges, a band's bounds, a single day's portrait.
 */
import type { Fit } from "../competition/calibration";
import { estimate } from "../competition/calibration";
import { MAX_PRODUCT_FINDINGS, capGrowth } from "../diagnosisThresholds";
import { figureText, shareText } from "../figures";
import type { StoreDataKey } from "../language";
import type { Phrase } from "../phrases";
import { phrase } from "../phrases";
import type { DailyFigures } from "../storeMetricLookup";
import { windowFigure } from "../storeMetricLookup";
import type { CrowdDimension } from "./crowd";
import type { GrowthComparison } from "./growth";
import type { BandPosition, DemandMeasure } from "./priceBands";
import type { SearchTerm, TermOpportunity } from "./search";

export const MARKET_RULES = ["marketOutgrowing", "priceBandGap", "crowdLeaking", "searchTermMissing"] as const;
export type MarketRuleId = (typeof MARKET_RULES)[number];

/** What a rule lacked, when it could not be judged. */
export const MARKET_SAMPLES = [
  "marketTrend",
  "calibration",
  "storeMetrics",
  "priceBands",
  "bandShares",
  "orderLines",
  "crowd",
  "searchTerms",
  "titles",
] as const;
export type MarketSample = (typeof MARKET_SAMPLES)[number];

export interface MarketFinding {
  readonly rule: MarketRuleId;
  readonly subject: string;
  readonly evidence: Phrase<StoreDataKey>;
  readonly point: Phrase<StoreDataKey>;
  /** Growth of our GMV if the gap closed: the central estimate and its low and high; all 0 when not estimated. */
  readonly growth: number;
  readonly low: number;
  readonly high: number;
}

export type MarketJudgement = Readonly<Record<MarketRuleId, "judged" | MarketSample>>;

/** The market growing this many points faster than we do, over both spans, is a finding. */
export const OUTGROWN_POINTS = 0.05;

const pct = (n: number) => shareText(n);
const share = (n: number) => `${(n * 100).toFixed(1)}%`;
const amount = (n: number) => figureText(n, "count");
const growthOf = (central: number, low: number, high: number) => ({
  growth: capGrowth(central),
  low: capGrowth(Math.min(low, central)),
  high: capGrowth(Math.max(high, central)),
});

/**
 * The category outgrowing us over both spans: its growth less ours over 28 days is the growth rate (keeping pace),
 * the 7-day gap the other end of the range.
 */
export function marketOutgrowing(comparisons: readonly GrowthComparison[], fit: Pick<Fit, "b">): MarketFinding[] {
  const [week, month] = [7, 28].map((span) => comparisons.find((c) => c.span === span));
  if (!week || !month) return [];
  const gap = (c: GrowthComparison) => (c.market === null || c.ours === null ? null : c.market - c.ours);
  const [g7, g28] = [gap(week), gap(month)];
  if (g7 === null || g28 === null || g7 < OUTGROWN_POINTS || g28 < OUTGROWN_POINTS) return [];
  return [
    {
      rule: "marketOutgrowing",
      subject: "",
      evidence: phrase("market.finding.outgrowing", {
        market28: pct(month.market ?? 0),
        ours28: pct(month.ours ?? 0),
        market7: pct(week.market ?? 0),
        ours7: pct(week.ours ?? 0),
        b: fit.b.toFixed(2),
      }),
      point: phrase("market.point.outgrowing"),
      ...growthOf(g28, Math.min(g7, g28), Math.max(g7, g28)),
    },
  ];
}

/** Our order lines' totals by the measure the bands are compared in: units, or money for 交易指数. */
export interface OurSales {
  readonly units: number;
  readonly value: number;
}

/**
 * A gap band: our share in it raised to the market's, the rest of our sales as they are. Added units are priced at
 * the band's middle, its bounds the range (an open top band up to half again its floor); a band compared in money
 * adds money as it is.
 */
export function priceBandGaps(bands: readonly BandPosition[], measure: DemandMeasure, ours: OurSales): MarketFinding[] {
  if (!(ours.value > 0)) return [];
  const total = measure === "value" ? ours.value : ours.units;
  return bands
    .filter((b) => b.gap && b.demand < 1)
    .map((b): MarketFinding => {
      const inBand = b.ours * total;
      // x ÷ (total − inBand + x) = demand  →  x = demand · (total − inBand) ÷ (1 − demand).
      const added = Math.max(0, (b.demand * (total - inBand)) / (1 - b.demand) - inBand);
      const top = Number.isFinite(b.high) ? b.high : b.low * 1.5;
      const [low, mid, high] =
        measure === "value" ? [added, added, added] : [added * b.low, (added * (b.low + top)) / 2, added * top];
      return {
        rule: "priceBandGap",
        subject: b.label,
        evidence: phrase("market.finding.band", {
          demand: share(b.demand),
          ours: share(b.ours),
          added: amount(added),
          measure: phrase(`market.measure.${measure}`),
        }),
        point: phrase("market.point.band", { band: b.label }),
        ...growthOf(mid / ours.value, low / ours.value, high / ours.value),
      };
    })
    .sort((a, b) => b.growth - a.growth)
    .slice(0, MAX_PRODUCT_FINDINGS);
}

/**
 * A segment drawn and not converted: its visitors buying as our other visitors do would add
 * v·(1 − b) ÷ (1 − v) − b of our buyers (v, b its shares of our visitors and buyers). A portrait is one day's, so
 * half of that is the estimate, a quarter to all of it the range; GMV follows buyers at our order value.
 */
export function crowdLeaks(dimensions: readonly CrowdDimension[]): MarketFinding[] {
  return dimensions
    .flatMap((d) =>
      d.leaking.flatMap((l): MarketFinding[] => {
        const [v, b] = [l.visitors, l.buyers];
        if (v === null || b === null || v >= 1) return [];
        const full = Math.max(0, (v * (1 - b)) / (1 - v) - b);
        return [
          {
            rule: "crowdLeaking",
            subject: `${d.dimension} · ${l.label}`,
            evidence: phrase("market.finding.crowd", {
              visitors: share(v),
              buyers: share(b),
              visitorTgi: Math.round(l.visitorTgi ?? 0),
              buyerTgi: Math.round(l.buyerTgi ?? 0),
            }),
            point: phrase("market.point.crowd", { segment: l.label }),
            ...growthOf(full / 2, full / 4, full),
          },
        ];
      })
    )
    .sort((a, b) => b.growth - a.growth)
    .slice(0, MAX_PRODUCT_FINDINGS);
}

/**
 * Terms with room our titles lack, most opportunity first. One listing's share of the term's buyers is
 * 搜索人气 × 支付转化率 ÷ 在线商品数, with 搜索人气 read on the 流量指数 curve into people (both are Sycm's index of a
 * count of people, as the watch reads 流失人气); at our order value against our daily GMV. Outside the curve's
 * range, or without it, the term is named with no estimate.
 */
export function missingTerms(
  opportunities: readonly TermOpportunity[],
  terms: readonly SearchTerm[],
  uvFit: Fit | null,
  days: DailyFigures | null,
  latest: number | null
): MarketFinding[] {
  const window = latest === null || !days ? null : ([latest - 6, latest] as const);
  const gmv = window && days ? windowFigure(days, "gmv", window[0], window[1], true) : null;
  const aov = window && days ? windowFigure(days, "aov", window[0], window[1]) : null;
  const byTerm = new Map(terms.map((t) => [t.term, t]));
  return opportunities
    .filter((o) => o.missing === true)
    .slice(0, MAX_PRODUCT_FINDINGS)
    .map((o): MarketFinding => {
      const t = byTerm.get(o.term);
      const people = (index: number) => {
        const e = uvFit ? estimate(uvFit, index) : null;
        return e && "value" in e ? e : null;
      };
      const [lowPeople, highPeople] = t ? [people(t.popularity.low), people(t.popularity.high)] : [null, null];
      const per = (searchers: number, conversion: number, listings: number) =>
        gmv && aov && gmv.value > 0 && listings > 0
          ? (searchers * conversion * aov.value) / listings / gmv.value
          : null;
      const low =
        lowPeople && t?.conversion && t.listings ? per(lowPeople.low, t.conversion.low, t.listings.high) : null;
      const high =
        highPeople && t?.conversion && t.listings ? per(highPeople.high, t.conversion.high, t.listings.low) : null;
      const mid =
        lowPeople && highPeople && t?.conversion && t.listings
          ? per(
              (lowPeople.value + highPeople.value) / 2,
              (t.conversion.low + t.conversion.high) / 2,
              (t.listings.low + t.listings.high) / 2
            )
          : null;
      const estimated = low !== null && high !== null && mid !== null;
      return {
        rule: "searchTermMissing",
        subject: o.term,
        evidence: phrase(estimated ? "market.finding.term" : "market.finding.termNotEstimated", {
          low: o.opportunity.low.toFixed(2),
          high: o.opportunity.high.toFixed(2),
        }),
        point: phrase("market.point.term", { term: o.term }),
        ...(estimated ? growthOf(mid, low, high) : { growth: 0, low: 0, high: 0 }),
      };
    });
}
