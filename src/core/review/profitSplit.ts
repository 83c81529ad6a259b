/**
 * Profit's change between a review's two stretches, split in three parts that add up to it exactly:
 * profit = orders × profit per order before ads − ad spend, so
 * - volume: the change in orders, at the two stretches' average profit per order;
 * - margin per order: the change in profit per order before ads, at their average number of orders;
 * - ad spend: its change, taken away.
 * Compared from the Profit sheet's days, only when it holds every day of both stretches; stretches of different
 * lengths (a month against the month before) are compared a day.
 */
import type { DayProfitBack } from "../profit/profitSheet";
import type { ReviewPeriod } from "./period";

export type ProfitPart = "volume" | "perOrder" | "adSpend";

export interface ProfitStretch {
  readonly profit: number;
  readonly netSales: number;
  readonly orders: number;
  readonly adSpend: number;
  /** Profit ÷ net sales; null without net sales. */
  readonly margin: number | null;
}

export type ProfitSplit =
  | {
      readonly before: ProfitStretch;
      readonly now: ProfitStretch;
      /** Each stretch's figures are a day's: the stretches differ in length. */
      readonly dailyAverage: boolean;
      readonly parts: readonly {
        readonly part: ProfitPart;
        readonly before: number;
        readonly now: number;
        readonly share: number;
      }[];
    }
  | { readonly lacking: "profitTable" }
  | { readonly lacking: "days"; readonly have: readonly [number, number]; readonly need: readonly [number, number] }
  | { readonly lacking: "orders" };

function stretch(days: ReadonlyMap<number, DayProfitBack>, from: number, to: number, per: number) {
  let profit = 0,
    netSales = 0,
    orders = 0,
    adSpend = 0,
    held = 0;
  for (let d = from; d <= to; d++) {
    const f = days.get(d);
    if (!f) continue;
    held++;
    profit += f.profit;
    netSales += f.netSales;
    orders += f.orders;
    adSpend += f.adSpend;
  }
  const side = { profit: profit / per, netSales: netSales / per, orders: orders / per, adSpend: adSpend / per };
  return { held, side: { ...side, margin: netSales > 0 ? profit / netSales : null } };
}

export function profitSplit(days: ReadonlyMap<number, DayProfitBack> | null, period: ReviewPeriod): ProfitSplit {
  if (!days) return { lacking: "profitTable" };
  const lengths = [period.beforeTo - period.beforeFrom + 1, period.to - period.from + 1] as const;
  const dailyAverage = lengths[0] !== lengths[1];
  const before = stretch(days, period.beforeFrom, period.beforeTo, dailyAverage ? lengths[0] : 1);
  const now = stretch(days, period.from, period.to, dailyAverage ? lengths[1] : 1);
  if (before.held < lengths[0] || now.held < lengths[1])
    return { lacking: "days", have: [before.held, now.held], need: lengths };
  const [b, n] = [before.side, now.side];
  if (b.orders <= 0 || n.orders <= 0) return { lacking: "orders" };
  const perOrder = (s: ProfitStretch) => (s.profit + s.adSpend) / s.orders;
  const [m0, m1] = [perOrder(b), perOrder(n)];
  return {
    before: b,
    now: n,
    dailyAverage,
    parts: [
      { part: "volume", before: b.orders, now: n.orders, share: ((n.orders - b.orders) * (m0 + m1)) / 2 },
      { part: "perOrder", before: m0, now: m1, share: ((m1 - m0) * (b.orders + n.orders)) / 2 },
      { part: "adSpend", before: b.adSpend, now: n.adSpend, share: -(n.adSpend - b.adSpend) },
    ],
  };
}
