/**
 * Review products: the last 7 days of Sycm's product report to its latest day, each product with its share of GMV
 * (and the running share, Pareto), its tier this week and last, whether it is new, and its stock's cover. What an
 * operator does by hand every week with the product export, a percentile function and the stock list.
 */
import { nameKey } from "../names";
import type { ProductDay } from "./facts";
import { totalsIn } from "./facts";
import type { Cover } from "./stock";
import { NO_SALE_DAYS, coverOf } from "./stock";
import type { ProductStock } from "./stock";
import type { ProductTotals, Tier, Tiering } from "./tiers";
import { conversionOf, minVisitorsOver, tierProducts } from "./tiers";

/** A product listed (or first seen) within this many days is new, and tiered against new items only. */
export const NEW_ITEM_DAYS = 30;
/** The longer view beside the week: four whole weeks, so weekdays weigh as in the week. */
export const MONTH_DAYS = 28;

export interface LayoutSettings {
  readonly leadTimeDays: number;
  readonly safetyDays: number;
}

/** A product's figures and tier over a period, against the other products' over the same period. */
export interface PeriodFigures {
  readonly visitors: number;
  readonly conversion: number;
  readonly gmv: number;
  readonly share: number;
  readonly tier: Tier;
}

export interface ProductLine extends ProductTotals {
  readonly conversion: number;
  readonly share: number;
  readonly cumulative: number;
  readonly tier: Tier;
  /** The last MONTH_DAYS days; null when the report covers fewer (a shorter span is not the same figure). */
  readonly month: PeriodFigures | null;
  /** Last week's tier; null when the report does not reach back two weeks or the product had no day in it. */
  readonly lastTier: Tier | null;
  readonly isNew: boolean;
  /** Units in stock; null when Stock does not name the product. */
  readonly stock: number | null;
  readonly cover: Cover | null;
  readonly unitCost: number | null;
  /** Profit after its own ads and margin over the Profit sheet's period; null where the sheet has no such product. */
  readonly profit: number | null;
  readonly margin: number | null;
}

export interface ProductReview {
  readonly from: number;
  readonly to: number;
  /** By GMV, the largest first. */
  readonly lines: readonly ProductLine[];
  readonly tiering: Tiering;
  /** The last MONTH_DAYS days' tiers and thresholds, and the days the report covers; null tiering when under 28. */
  readonly month: { readonly tiering: Tiering | null; readonly covered: number };
  /** Slow stock by the money it ties up, the most first (those without a cost last). */
  readonly slow: readonly ProductLine[];
  /** The days the profit figures cover, as the Profit sheet says; null without it. */
  readonly profitPeriod: { readonly from: number; readonly to: number } | null;
}

export interface ReviewInput {
  readonly days: readonly ProductDay[];
  readonly stock: readonly ProductStock[];
  /** Product IDs by 商家编码, from Costs rows that give both: how a Stock row with only a code finds its product. */
  readonly idsByCode: ReadonlyMap<string, string>;
  /** Unit costs by 商家编码 or product ID, from Costs: for stock whose row gives none. */
  readonly costs: ReadonlyMap<string, number>;
  readonly settings: LayoutSettings;
  /** The Profit sheet's products by title (as nameKey gives it) and the days it covers; null without the sheet. */
  readonly profits?: ProfitsByTitle | null;
}

/** What Calculate profit found per product, over its own period: Sycm and Qianniu both name a product by its title. */
export interface ProfitsByTitle {
  readonly byTitle: ReadonlyMap<string, { readonly profit: number; readonly netSales: number }>;
  readonly from: number;
  readonly to: number;
}

/** The days the report covers: its first and latest day. */
export function reportSpan(days: readonly ProductDay[]): { first: number; latest: number } | null {
  if (days.length === 0) return null;
  let first = Infinity,
    latest = -Infinity;
  for (const d of days) {
    first = Math.min(first, d.day);
    latest = Math.max(latest, d.day);
  }
  return { first, latest };
}

/** The stock by product ID: a row's own ID, else the ID Costs gives its code. */
function stockById(input: ReviewInput): Map<string, ProductStock> {
  const byId = new Map<string, ProductStock>();
  for (const s of input.stock) {
    const id = s.productId !== "" ? s.productId : input.idsByCode.get(s.code);
    if (id !== undefined) byId.set(id, s);
  }
  return byId;
}

/** A product is new when listed within NEW_ITEM_DAYS, or, without a listing date, first seen that recently in a report that reaches further back. */
function newness(input: ReviewInput, stock: ReadonlyMap<string, ProductStock>, first: number, latest: number) {
  const firstSeen = new Map<string, number>();
  for (const d of input.days) if (d.visitors > 0) firstSeen.set(d.id, Math.min(firstSeen.get(d.id) ?? Infinity, d.day));
  const since = latest - NEW_ITEM_DAYS;
  return (id: string) => {
    const listed = stock.get(id)?.listed ?? null;
    if (listed !== null) return listed > since;
    const seen = firstSeen.get(id);
    return first <= since && seen !== undefined && seen > since;
  };
}

/** Units sold by product from `from` to `to`. */
function unitsFrom(days: readonly ProductDay[], from: number, to: number): Map<string, number> {
  const map = new Map<string, number>();
  for (const d of days) if (d.day >= from && d.day <= to) map.set(d.id, (map.get(d.id) ?? 0) + d.units);
  return map;
}

/** What a product's stock figures are worked out from: the stock, the sales of 28 and 30 days, the settings. */
interface StockContext {
  readonly input: ReviewInput;
  readonly stock: ReadonlyMap<string, ProductStock>;
  readonly units28: ReadonlyMap<string, number>;
  readonly unitsLately: ReadonlyMap<string, number>;
  readonly month: number;
}

/** A product's stock, unit cost and cover; all null when Stock does not name it. */
function stockOf(c: StockContext, id: string, units7: number) {
  const held = c.stock.get(id);
  if (!held) return { stock: null, cover: null, unitCost: null };
  const unitCost = held.unitCost ?? c.input.costs.get(held.code) ?? c.input.costs.get(id) ?? null;
  const sales = {
    units7,
    units28: c.units28.get(id) ?? 0,
    days28: c.month,
    soldLately: (c.unitsLately.get(id) ?? 0) > 0,
  };
  const { leadTimeDays, safetyDays } = c.input.settings;
  return {
    stock: held.units,
    unitCost,
    cover: coverOf({ stock: held.units, ...sales, unitCost }, leadTimeDays + safetyDays),
  };
}

/** The review of the report's latest week; null for a report with no day. */
export function reviewProducts(input: ReviewInput): ProductReview | null {
  const span = reportSpan(input.days);
  if (!span) return null;
  const { first, latest } = span;
  const week = totalsIn(input.days, latest - 6, latest);
  const stock = stockById(input);
  const isNew = newness(input, stock, first, latest);
  const tiering = tierProducts(week, isNew);
  // Last week's tiers, where the report reaches back a whole week before this one.
  const before = first <= latest - 13 ? tierProducts(totalsIn(input.days, latest - 13, latest - 7), isNew) : null;
  const month = Math.min(MONTH_DAYS, latest - first + 1);
  const context: StockContext = {
    input,
    stock,
    month,
    units28: unitsFrom(input.days, latest - month + 1, latest),
    unitsLately: unitsFrom(input.days, latest - NO_SALE_DAYS + 1, latest),
  };
  const covered = latest - first + 1;
  const profitPeriod = input.profits ? { from: input.profits.from, to: input.profits.to } : null;
  const monthly = monthFigures(input.days, covered >= MONTH_DAYS ? latest : null, isNew);
  const gmv = week.reduce((a, p) => a + p.gmv, 0);
  const sorted = [...week].sort((a, b) => b.gmv - a.gmv || b.visitors - a.visitors || a.id.localeCompare(b.id));
  let running = 0;
  const lines: ProductLine[] = sorted.map((p) => {
    running += p.gmv;
    return {
      ...p,
      conversion: conversionOf(p),
      share: gmv > 0 ? p.gmv / gmv : 0,
      cumulative: gmv > 0 ? running / gmv : 0,
      tier: tiering.tiers.get(p.id) ?? "observe",
      month: monthly?.figures(p.id) ?? null,
      lastTier: before?.tiers.get(p.id) ?? null,
      isNew: isNew(p.id),
      ...stockOf(context, p.id, p.units),
      ...profitOf(input.profits, p.name),
    };
  });
  const unseen = unseenStock(input, week, stock, (id, name) => ({
    isNew: isNew(id),
    ...stockOf(context, id, 0),
    ...profitOf(input.profits, name),
  }));
  const slow = [...lines, ...unseen]
    .filter((l) => l.cover?.slow)
    .sort((a, b) => (b.cover?.tied ?? -1) - (a.cover?.tied ?? -1) || a.name.localeCompare(b.name));
  return {
    from: latest - 6,
    to: latest,
    lines,
    tiering,
    month: { tiering: monthly?.tiering ?? null, covered },
    slow,
    profitPeriod,
  };
}

/**
 * Stock of products the week's report does not name: they sold nothing this week, and are slow if not lately
 * either. Each a line of no sales, completed by `rest`.
 */
function unseenStock(
  input: ReviewInput,
  week: readonly ProductTotals[],
  stock: ReadonlyMap<string, ProductStock>,
  rest: (id: string, name: string) => Pick<ProductLine, "isNew" | "stock" | "cover" | "unitCost" | "profit" | "margin">
): ProductLine[] {
  const named = new Set(week.map((p) => p.id));
  const names = new Map(input.days.map((d) => [d.id, d.name]));
  return [...stock].flatMap(([id, held]) => {
    if (named.has(id)) return [];
    const name = names.get(id) ?? (held.code || id);
    const none = { visitors: 0, buyers: 0, gmv: 0, units: 0, conversion: 0, share: 0, cumulative: 0 };
    return [{ id, name, ...none, tier: "observe" as const, month: null, lastTier: null, ...rest(id, name) }];
  });
}

/** A product's profit and margin from the Profit sheet, found by its title. */
function profitOf(profits: ProfitsByTitle | null | undefined, name: string) {
  const found = profits?.byTitle.get(nameKey(name));
  if (!found) return { profit: null, margin: null };
  return { profit: found.profit, margin: found.netSales > 0 ? found.profit / found.netSales : null };
}

/** The last MONTH_DAYS days to `latest`, each product's figures and tier among that period's products; null without. */
function monthFigures(days: readonly ProductDay[], latest: number | null, isNew: (id: string) => boolean) {
  if (latest === null) return null;
  const totals = totalsIn(days, latest - MONTH_DAYS + 1, latest);
  const tiering = tierProducts(totals, isNew, minVisitorsOver(MONTH_DAYS));
  const gmv = totals.reduce((a, p) => a + p.gmv, 0);
  const byId = new Map(totals.map((p) => [p.id, p]));
  return {
    tiering,
    figures: (id: string): PeriodFigures | null => {
      const p = byId.get(id);
      if (!p) return null;
      const tier = tiering.tiers.get(id) ?? "observe";
      return { visitors: p.visitors, conversion: conversionOf(p), gmv: p.gmv, share: gmv > 0 ? p.gmv / gmv : 0, tier };
    },
  };
}
