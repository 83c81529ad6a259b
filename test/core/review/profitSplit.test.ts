/** What moved profit between a review's periods: three parts that add up to its change, or why it cannot say. */
import { weekOf } from "../../../src/core/review/period";
import { profitSplit } from "../../../src/core/review/profitSplit";

// The week of Monday 2026-11-16 (serial 46342), against the week before.
const WEEK = weekOf(46342);
const day = (orders: number, profit: number, adSpend: number, netSales = orders * 100) => ({
  orders,
  profit,
  adSpend,
  netSales,
});
const fortnight = (before: ReturnType<typeof day>, now: ReturnType<typeof day>) =>
  new Map(Array.from({ length: 14 }, (_, i) => [WEEK.beforeFrom + i, i < 7 ? before : now] as const));

describe("what moved profit", () => {
  it("splits the change into volume, profit per order before ads and ad spend, adding up to it exactly", () => {
    // 20 orders at 30 before ads, 100 of ads → 40 orders at 25, 300 of ads, every day.
    const split = profitSplit(fortnight(day(20, 500, 100), day(40, 700, 300)), WEEK);
    if ("lacking" in split) throw new Error("expected a split");
    expect(split.before).toEqual({ profit: 3500, netSales: 14000, orders: 140, adSpend: 700, margin: 0.25 });
    expect(split.now.profit).toBe(4900);
    expect(split.parts.map((p) => p.part)).toEqual(["volume", "perOrder", "adSpend"]);
    expect(split.parts.map((p) => [p.before, p.now])).toEqual([
      [140, 280],
      [30, 25],
      [700, 2100],
    ]);
    // Volume: +140 orders at 27.50; per order: −5 over 210 orders; ads: −1,400.
    expect(split.parts.map((p) => p.share)).toEqual([3850, -1050, -1400]);
    expect(split.parts.reduce((a, p) => a + p.share, 0)).toBeCloseTo(4900 - 3500, 9);
    expect(split.dailyAverage).toBe(false);
  });

  it("says what it lacks: no Profit sheet, a day of either week missing, a week without an order", () => {
    expect(profitSplit(null, WEEK)).toEqual({ lacking: "profitTable" });
    const gap = fortnight(day(20, 500, 100), day(40, 700, 300));
    gap.delete(WEEK.from + 3);
    expect(profitSplit(gap, WEEK)).toEqual({ lacking: "days", have: [7, 6], need: [7, 7] });
    expect(profitSplit(fortnight(day(0, 0, 0), day(40, 700, 300)), WEEK)).toEqual({ lacking: "orders" });
  });

  it("compares stretches of different lengths a day", () => {
    const month = { ...WEEK, kind: "month" as const, beforeFrom: WEEK.beforeFrom - 1 };
    const days = fortnight(day(20, 500, 100), day(20, 500, 100));
    days.set(month.beforeFrom, day(20, 500, 100));
    const split = profitSplit(days, month);
    if ("lacking" in split) throw new Error("expected a split");
    expect(split.dailyAverage).toBe(true);
    expect([split.before.profit, split.now.profit]).toEqual([500, 500]);
    expect(split.parts.every((p) => p.share === 0)).toBe(true);
  });
});
