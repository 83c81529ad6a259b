/**
 * Product layout (商品布局): each product's week from Sycm's product report, sorted into the tiers operators sort
 * their products into every week, by thresholds taken from the shop's own products:
 * - core (爆款/主推): GMV at or above the 75th percentile of GMV;
 * - potential (潜力): conversion at or above the 75th percentile of conversion, with visitors under theirs;
 * - traffic (引流): visitors at or above the 75th percentile of visitors, with conversion under the median;
 * - stalled (滞销): visitors enough to judge, and no sale;
 * - observe (观察): the rest.
 * The first tier that fits is the product's. Percentiles are Excel's PERCENTILE.INC (and MEDIAN), so an operator
 * checks them with the same functions; they are taken over the products with at least MIN_TIER_VISITORS visitors
 * in the week, and a product under that many is judged only by GMV (core) or left to observe: its conversion is
 * a handful of visits. New items are tiered against new items only, by thresholds of their own.
 */

export type Tier = "core" | "potential" | "traffic" | "stalled" | "observe";
export const TIERS: readonly Tier[] = ["core", "potential", "traffic", "stalled", "observe"];

/**
 * Visitors in a week below which a product's conversion says too little to judge or to set a threshold by. A longer
 * period asks the same a week (200 over 28 days), so a product whose every day is alike tiers alike over both.
 */
export const MIN_TIER_VISITORS = 50;
/** The minimum visitors over `days` days: MIN_TIER_VISITORS a week. */
export const minVisitorsOver = (days: number) => (MIN_TIER_VISITORS * days) / 7;
/** Products a set of thresholds needs: fewer, and a quartile is one product's figure. */
export const MIN_TIER_PRODUCTS = 4;

/** A product's figures over a period. */
export interface ProductTotals {
  readonly id: string;
  readonly name: string;
  readonly visitors: number;
  readonly buyers: number;
  readonly gmv: number;
  /** 支付件数: units sold. */
  readonly units: number;
}

export interface TierThresholds {
  readonly gmvP75: number;
  readonly visitorsP75: number;
  readonly conversionP75: number;
  readonly conversionMedian: number;
  /** The visitors a product needed to count: MIN_TIER_VISITORS a week of the period. */
  readonly minVisitors: number;
  /** How many products the thresholds were taken over. */
  readonly products: number;
}

/** Buyers ÷ visitors; 0 without visitors. */
export const conversionOf = (p: ProductTotals) => (p.visitors > 0 ? p.buyers / p.visitors : 0);

/**
 * Excel's PERCENTILE.INC: the k-th percentile by linear interpolation between the sorted values (k = 0.5 is
 * MEDIAN). NaN for no values.
 * @example percentile([1, 2, 3, 4], 0.75) === 3.25
 */
export function percentile(values: readonly number[], k: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const rank = k * (sorted.length - 1);
  const low = Math.floor(rank);
  const lower = sorted[low] as number;
  const upper = sorted[Math.min(low + 1, sorted.length - 1)] as number;
  return lower + (upper - lower) * (rank - low);
}

/**
 * The thresholds over the products with `minVisitors` or more (a week's minimum by default); null with fewer than
 * MIN_TIER_PRODUCTS of them.
 */
export function tierThresholds(
  products: readonly ProductTotals[],
  minVisitors = MIN_TIER_VISITORS
): TierThresholds | null {
  const judged = products.filter((p) => p.visitors >= minVisitors);
  if (judged.length < MIN_TIER_PRODUCTS) return null;
  const conversions = judged.map(conversionOf);
  return {
    gmvP75: percentile(
      judged.map((p) => p.gmv),
      0.75
    ),
    visitorsP75: percentile(
      judged.map((p) => p.visitors),
      0.75
    ),
    conversionP75: percentile(conversions, 0.75),
    conversionMedian: percentile(conversions, 0.5),
    minVisitors,
    products: judged.length,
  };
}

/** The first tier that fits the product, in TIERS' order; "observe" without thresholds. */
export function tierOf(p: ProductTotals, t: TierThresholds | null): Tier {
  if (!t) return "observe";
  if (p.gmv > 0 && p.gmv >= t.gmvP75) return "core";
  if (p.visitors < t.minVisitors) return "observe";
  const conversion = conversionOf(p);
  if (conversion >= t.conversionP75 && p.visitors < t.visitorsP75) return "potential";
  if (p.visitors >= t.visitorsP75 && conversion < t.conversionMedian) return "traffic";
  if (p.gmv <= 0) return "stalled";
  return "observe";
}

/** Products tiered: established ones against each other, new ones against new ones only. */
export interface Tiering {
  readonly tiers: ReadonlyMap<string, Tier>;
  readonly established: TierThresholds | null;
  readonly newItems: TierThresholds | null;
}

/** Each product's tier by its id, `isNew` saying which products are tiered among the new; a week's minimum by default. */
export function tierProducts(
  products: readonly ProductTotals[],
  isNew: (id: string) => boolean,
  minVisitors = MIN_TIER_VISITORS
): Tiering {
  const fresh = products.filter((p) => isNew(p.id));
  const old = products.filter((p) => !isNew(p.id));
  const established = tierThresholds(old, minVisitors);
  const newItems = tierThresholds(fresh, minVisitors);
  const tiers = new Map<string, Tier>([
    ...old.map((p) => [p.id, tierOf(p, established)] as const),
    ...fresh.map((p) => [p.id, tierOf(p, newItems)] as const),
  ]);
  return { tiers, established, newItems };
}
