/**
 * Sycm's 市场排行: the category's top shops or items by 交易指数, each read on the competition watch's curve into an
 * estimated GMV with its band (only inside the calibrated range: the top of a category is usually far above one
 * shop, and is then said to be out of reach), with the page's own 交易增长幅度; where we stand among them; who moved
 * since the ranking of the day before.
 */
import type { Estimate, Fit } from "../competition/calibration";
import { estimate } from "../competition/calibration";
import { nameKey } from "../names";
import type { Bounds } from "./ranges";

export interface RankingRow {
  readonly day: number | null;
  readonly category: string;
  readonly rank: number;
  /** The shop's name, or the item's (with its shop where the ranking gives one). */
  readonly subject: string;
  readonly shop: string;
  readonly tradeIndex: number;
  /** 交易增长幅度 as the page gives it (a fraction); null without it. */
  readonly tradeGrowth: Bounds | null;
  /** Where the row stands in the table, for a problem's cell. */
  readonly at: number;
}

export interface RankedEntry {
  readonly rank: number;
  readonly subject: string;
  readonly tradeIndex: number;
  readonly tradeGrowth: Bounds | null;
  /** The index read on the curve, or why not; null without a curve. */
  readonly gmv: Estimate | null;
  /** The rank on the ranking's previous day; null when that day is not in the table or the subject was not ranked. */
  readonly before: number | null;
  /** Ours, by Settings' shop name. */
  readonly ours: boolean;
}

export interface RankingPosition {
  readonly day: number | null;
  readonly entries: readonly RankedEntry[];
  /**
   * Where our own GMV that day would stand among the estimates, when we are not ranked: between `above` (the last
   * entry estimated above us) and the next. Null when we are ranked, or without estimates or our GMV.
   */
  readonly placed: { readonly gmv: number; readonly above: number | null; readonly below: number | null } | null;
  /** Subjects that climbed MIN_CLIMB places or more since the previous day, most first. */
  readonly movers: readonly RankedEntry[];
}

/** Places a subject must climb in a day to be said to have moved. */
export const MIN_CLIMB = 3;
/** Movers named, at most. */
export const MOVERS = 3;

/**
 * The latest day's ranking with estimates and the day before's ranks. `ourGmv` is our Store Metrics GMV on that day
 * (null without it); `shop` our shop's name from Settings (null: unknown, and no entry is said to be ours).
 */
export function rankingPosition(
  rows: readonly RankingRow[],
  fit: Fit | null,
  shop: string | null,
  ourGmv: (day: number) => number | null
): RankingPosition | null {
  const days = [...new Set(rows.map((r) => r.day ?? 0))].sort((a, b) => b - a);
  const [latest, previous] = days;
  if (latest === undefined) return null;
  const onDay = (day: number | undefined) => rows.filter((r) => (r.day ?? 0) === day);
  const before = new Map(onDay(previous).map((r) => [nameKey(r.subject), r.rank]));
  const ourKey = shop === null ? null : nameKey(shop);
  const entries = onDay(latest)
    .sort((a, b) => a.rank - b.rank)
    .map((r): RankedEntry => ({
      rank: r.rank,
      subject: r.subject,
      tradeIndex: r.tradeIndex,
      tradeGrowth: r.tradeGrowth,
      gmv: fit ? estimate(fit, r.tradeIndex) : null,
      before: previous === undefined ? null : (before.get(nameKey(r.subject)) ?? null),
      ours: ourKey !== null && ourKey !== "" && (nameKey(r.shop) === ourKey || nameKey(r.subject) === ourKey),
    }));
  const movers = entries
    .filter((e) => e.before !== null && e.before - e.rank >= MIN_CLIMB)
    .sort((a, b) => (b.before ?? 0) - b.rank - ((a.before ?? 0) - a.rank) || a.rank - b.rank)
    .slice(0, MOVERS);
  const gmv = latest === 0 ? null : ourGmv(latest);
  const estimated = entries.filter((e) => e.gmv !== null && "value" in e.gmv);
  const placed =
    entries.some((e) => e.ours) || gmv === null || estimated.length === 0
      ? null
      : {
          gmv,
          above: [...estimated].reverse().find((e) => valueOf(e) >= gmv)?.rank ?? null,
          below: estimated.find((e) => valueOf(e) < gmv)?.rank ?? null,
        };
  return { day: latest === 0 ? null : latest, entries, placed, movers };
}

const valueOf = (e: RankedEntry) => (e.gmv && "value" in e.gmv ? e.gmv.value : 0);

/**
 * The ranking's rows of our category. A ranking that names categories but not ours would set us against shops we
 * do not compete with: its first row is returned as `other`, for the problem. Rows naming no category, or an
 * unknown category of ours, are taken as they are.
 */
export function ofOurCategory(
  rows: readonly RankingRow[],
  category: string | null
): { readonly rows: readonly RankingRow[] } | { readonly other: RankingRow } {
  if (category === null || nameKey(category) === "" || rows.every((r) => r.category.trim() === "")) return { rows };
  const ours = nameKey(category);
  // Sycm names a leaf category by its path (女装/女士精品 > 连衣裙): our category may be any step of it.
  const isOurs = (r: RankingRow) =>
    r.category.trim() === "" ||
    nameKey(r.category) === ours ||
    r.category
      .split(/\s*(?:>|\/|／|›)\s*/)
      .map(nameKey)
      .includes(ours);
  const kept = rows.filter(isOurs);
  const first = rows[0];
  return kept.length > 0 || !first ? { rows: kept } : { other: first };
}
