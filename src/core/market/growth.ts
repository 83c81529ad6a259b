/**
 * Whether the shop grows faster or slower than its market. Sycm's 市场大盘 gives the category's 交易指数 a day; the
 * competition work's fit (value = a · index^b, on the shop's own days) turns an index ratio into a value ratio through
 * its exponent alone, (I₂ ÷ I₁)^b, which needs no calibrated range: a cancels. The category's GMV itself (and so our
 * share of it) is read on the curve only where its index lies within the calibrated range; a category is far above
 * one shop, and reading the curve beyond its range would be a guess dressed as an estimate.
 */
import type { Fit } from "../competition/calibration";
import { estimate } from "../competition/calibration";
import type { DailyFigures } from "../storeMetricLookup";

/** The spans compared: the last 7 and 28 days against the 7 and 28 before them. */
export const GROWTH_SPANS = [7, 28] as const;

export interface GrowthComparison {
  readonly span: number;
  /** Days with a figure on each side (the later span first); a side short of the span is a partial comparison. */
  readonly marketDays: readonly [number, number];
  readonly ourDays: readonly [number, number];
  /** later ÷ earlier − 1, compared as daily averages when the sides' days differ; null without both sides. */
  readonly market: number | null;
  readonly ours: number | null;
}

/** A side's total and its days, from a per-day figure. */
function side(value: (day: number) => number | undefined, from: number, to: number) {
  let total = 0;
  let days = 0;
  for (let d = from; d <= to; d++) {
    const v = value(d);
    if (v === undefined) continue;
    total += v;
    days++;
  }
  return { total, days };
}

/** later ÷ earlier − 1 from two sides: sums over equal days, daily averages otherwise. */
function change(later: { total: number; days: number }, earlier: { total: number; days: number }): number | null {
  if (later.days === 0 || earlier.days === 0 || earlier.total <= 0) return null;
  return later.total / later.days / (earlier.total / earlier.days) - 1;
}

/**
 * The market's and our GMV growth over the spans ending on `latest`: the market's as Σ index^b on each side (the
 * value's ratio whatever a is), ours from Store Metrics' GMV.
 * @example marketGrowth(new Map([[1, 100], [2, 110]]), ours, { b: 1.5 }, 2) compares 110^1.5 with 100^1.5
 */
export function marketGrowth(
  trend: ReadonlyMap<number, number>,
  ours: DailyFigures,
  fit: Pick<Fit, "b">,
  latest: number
): GrowthComparison[] {
  const market = (day: number) => {
    const index = trend.get(day);
    return index === undefined || !(index > 0) ? undefined : index ** fit.b;
  };
  const gmv = (day: number) => ours.get(day)?.gmv;
  return GROWTH_SPANS.map((span) => {
    const [laterFrom, earlierFrom] = [latest - span + 1, latest - 2 * span + 1];
    const [mLater, mEarlier] = [side(market, laterFrom, latest), side(market, earlierFrom, laterFrom - 1)];
    const [oLater, oEarlier] = [side(gmv, laterFrom, latest), side(gmv, earlierFrom, laterFrom - 1)];
    return {
      span,
      marketDays: [mLater.days, mEarlier.days],
      ourDays: [oLater.days, oEarlier.days],
      market: change(mLater, mEarlier),
      ours: change(oLater, oEarlier),
    };
  });
}

export type MarketShare =
  | { readonly share: number; readonly low: number; readonly high: number; readonly marketGmv: number }
  | { readonly refused: "outOfRange"; readonly from: number; readonly to: number; readonly index: number }
  | { readonly refused: "noIndex" };

/**
 * Our share of the category's GMV over the days both have, the category's GMV read on the curve a day at a time:
 * only when every day's index lies within the calibrated range; the share's band from the curve's prediction band.
 */
export function marketShare(
  trend: ReadonlyMap<number, number>,
  ours: DailyFigures,
  fit: Fit,
  from: number,
  to: number
): MarketShare {
  let [market, low, high, our] = [0, 0, 0, 0];
  let days = 0;
  for (let d = from; d <= to; d++) {
    const index = trend.get(d);
    const gmv = ours.get(d)?.gmv;
    if (index === undefined || gmv === undefined) continue;
    const read = estimate(fit, index);
    if ("refused" in read)
      return read.refused === "outOfRange"
        ? { refused: "outOfRange", from: read.from, to: read.to, index }
        : { refused: "noIndex" };
    market += read.value;
    low += read.low;
    high += read.high;
    our += gmv;
    days++;
  }
  if (days === 0 || market <= 0) return { refused: "noIndex" };
  // A larger market is a smaller share: the band's ends swap.
  return { share: our / market, low: our / high, high: our / low, marketGmv: market };
}
