/**
 * The products whose tier moved, from the Products sheet (layout/productsSheet.ts) read back with the week it covers:
 * each product's tier last week against this week, as Review products cut them. Named only when that week falls in
 * the period reviewed, so a review never reports another week's moves as its own.
 */
import type { ProductLayoutBack } from "../layout/productsSheet";
import type { Tier } from "../layout/tiers";
import type { ReviewPeriod } from "./period";

export interface TierChange {
  readonly product: string;
  readonly from: Tier;
  readonly to: Tier;
}

export interface TierChanges {
  /** The Products sheet's week. */
  readonly from: number;
  readonly to: number;
  readonly changes: readonly TierChange[];
}

/** The week a Products sheet keeps in its mark (`46354:46360`), or null for a mark that is not one. */
export function layoutWeek(mark: string | number | boolean | null): { from: number; to: number } | null {
  const m = /^(\d+):(\d+)$/.exec(String(mark ?? ""));
  return m ? { from: Number(m[1]), to: Number(m[2]) } : null;
}

/** The tier changes of a Products sheet whose week ends within the period; null otherwise or without one. */
export function tierChanges(
  layout: readonly ProductLayoutBack[] | null,
  week: { from: number; to: number } | null,
  period: ReviewPeriod
): TierChanges | null {
  if (!layout || !week || week.to < period.from || week.to > period.to) return null;
  const changes = layout.flatMap((p) =>
    p.tier !== null && p.lastTier !== null && p.tier !== p.lastTier
      ? [{ product: p.product, from: p.lastTier, to: p.tier }]
      : []
  );
  return { ...week, changes };
}
