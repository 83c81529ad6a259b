/**
 * Sycm's competition pages show indices (交易指数, 流量指数, 客群指数, 支付转化指数), not values, and Alibaba publishes no
 * formula from one to the other. Each index is a monotone transform of its value, the same for every shop and item,
 * so the shop's own days that have both, an index from the competition pages and the value from Store Metrics, give
 * the curve: value = a · index^b, fitted by least squares on log–log. A rival's index read on that curve is an
 * estimate, given with the fit's 95 % prediction band, and only inside the range of indices the shop's own days
 * covered (20 % either side): outside it, a curve fitted on one shop says nothing.
 */

/** Indices with a real counterpart in Store Metrics, and that counterpart. */
export const CALIBRATED_INDICES = {
  tradeIndex: "gmv",
  uvIndex: "visitors",
  buyerIndex: "payingBuyers",
  payRateIndex: "conversion",
} as const;
export type CalibratedIndex = keyof typeof CALIBRATED_INDICES;
export const CALIBRATED: readonly CalibratedIndex[] = ["tradeIndex", "uvIndex", "buyerIndex", "payRateIndex"];

/** Fewer own days than this and the curve is a guess. */
export const MIN_CALIBRATION_DAYS = 14;
/** The highest index must be at least this many times the lowest: a curve through one point's neighbourhood has no slope. */
export const MIN_INDEX_SPREAD = 1.2;
/** How far past the calibrated range (either way) an index may be and still be read on the curve. */
export const RANGE_MARGIN = 0.2;

export interface Fit {
  readonly n: number;
  /** value = a · index^b */
  readonly a: number;
  readonly b: number;
  readonly r2: number;
  /** Residual standard error on the log scale. */
  readonly s: number;
  /** Mean of ln(index) and Σ(ln index − mean)²: what the prediction band needs. */
  readonly meanLog: number;
  readonly sxx: number;
  readonly indexFrom: number;
  readonly indexTo: number;
  /** Read back from the last watch's calibration table, because today's days could not fit one. */
  readonly kept?: boolean;
}

/** What the calibration table shows of a fit: enough to read an index on it again. */
export interface ShownFit {
  readonly n: number;
  readonly a: number;
  readonly b: number;
  readonly r2: number;
  readonly indexFrom: number;
  readonly indexTo: number;
  /** The band's half-width at the middle of the range, as a share of the value (`bandShare`). */
  readonly band: number;
}

/**
 * A fit as the calibration table kept it. The table shows the band at the middle of the range, not how it widens,
 * so a kept fit's band is that width everywhere inside the range: estimates near its edges are surer than they
 * should be, which the sheet's Note says.
 */
export function keptFit(shown: ShownFit): Fit | null {
  const { n, a, b, r2, indexFrom, indexTo, band } = shown;
  if (!(n >= MIN_CALIBRATION_DAYS && a > 0 && Number.isFinite(b) && indexFrom > 0 && indexTo >= indexFrom && band >= 0))
    return null;
  const s = Math.log(1 + band) / (tQuantile975(n - 2) * Math.sqrt(1 + 1 / n));
  return {
    n,
    a,
    b,
    r2,
    s,
    meanLog: (Math.log(indexFrom) + Math.log(indexTo)) / 2,
    sxx: Infinity,
    indexFrom,
    indexTo,
    kept: true,
  };
}

/** Why an index has no curve: too few own days with both, or too little spread in the index. */
export type NoFit =
  | { readonly lacking: "days"; readonly have: number; readonly need: number }
  | { readonly lacking: "spread"; readonly have: number; readonly need: number };

/**
 * The curve through (index, value) pairs of the shop's own days; pairs with a non-positive index or value are left
 * out, since neither has a logarithm (a day without sales has a 交易指数 of 0 too).
 */
export function fitPowerLaw(pairs: readonly (readonly [number, number])[]): Fit | NoFit {
  const usable = pairs.filter(([x, y]) => x > 0 && y > 0 && Number.isFinite(x) && Number.isFinite(y));
  const n = usable.length;
  if (n < MIN_CALIBRATION_DAYS) return { lacking: "days", have: n, need: MIN_CALIBRATION_DAYS };
  let from = Infinity,
    to = -Infinity;
  for (const [x] of usable) {
    from = Math.min(from, x);
    to = Math.max(to, x);
  }
  if (to / from < MIN_INDEX_SPREAD) return { lacking: "spread", have: to / from, need: MIN_INDEX_SPREAD };
  const xs = usable.map(([x]) => Math.log(x)),
    ys = usable.map(([, y]) => Math.log(y));
  const mx = mean(xs),
    my = mean(ys);
  let sxx = 0,
    sxy = 0,
    syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - mx,
      dy = (ys[i] as number) - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  const b = sxy / sxx;
  const lnA = my - b * mx;
  let sse = 0;
  for (let i = 0; i < n; i++) sse += ((ys[i] as number) - lnA - b * (xs[i] as number)) ** 2;
  return {
    n,
    a: Math.exp(lnA),
    b,
    r2: syy === 0 ? 1 : 1 - sse / syy,
    s: Math.sqrt(sse / (n - 2)),
    meanLog: mx,
    sxx,
    indexFrom: from,
    indexTo: to,
  };
}

export const isFit = (f: Fit | NoFit): f is Fit => "a" in f;

export type Estimate =
  | { readonly value: number; readonly low: number; readonly high: number }
  | { readonly refused: "outOfRange"; readonly from: number; readonly to: number }
  | { readonly refused: "notPositive" };

/** Whether an index lies inside the calibrated range, 20 % either side. */
export function inCalibratedRange(fit: Pick<Fit, "indexFrom" | "indexTo">, index: number): boolean {
  return index >= fit.indexFrom * (1 - RANGE_MARGIN) && index <= fit.indexTo * (1 + RANGE_MARGIN);
}

/**
 * An index read on the curve: the value (the median on the log scale) and the 95 % prediction band, which widens
 * away from the middle of the shop's own indices.
 */
export function estimate(fit: Fit, index: number): Estimate {
  if (!(index > 0)) return { refused: "notPositive" };
  if (!inCalibratedRange(fit, index)) return { refused: "outOfRange", from: fit.indexFrom, to: fit.indexTo };
  const x = Math.log(index);
  const y = Math.log(fit.a) + fit.b * x;
  const half = tQuantile975(fit.n - 2) * fit.s * Math.sqrt(1 + 1 / fit.n + (x - fit.meanLog) ** 2 / fit.sxx);
  return { value: Math.exp(y), low: Math.exp(y - half), high: Math.exp(y + half) };
}

/** The band's half-width as a share of the value at the middle of the calibrated range: "±12 %" on the sheet. */
export function bandShare(fit: Fit): number {
  return Math.exp(tQuantile975(fit.n - 2) * fit.s * Math.sqrt(1 + 1 / fit.n)) - 1;
}

function mean(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total / values.length;
}

/**
 * Student's t at 97.5 % for `df` degrees of freedom (a two-sided 95 % band): the normal quantile corrected by the
 * Cornish–Fisher expansion, within 0.002 of the tables from 12 degrees of freedom on (a fit has at least 12).
 */
export function tQuantile975(df: number): number {
  const z = 1.959963984540054;
  const z3 = z ** 3,
    z5 = z ** 5,
    z7 = z ** 7;
  return (
    z +
    (z3 + z) / (4 * df) +
    (5 * z5 + 16 * z3 + 3 * z) / (96 * df ** 2) +
    (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df ** 3)
  );
}
