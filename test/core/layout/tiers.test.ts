/** Product layout's tiers, thresholds and cover on a shop built to known answers (fixtures/generators/productLayout.ts). */
import { productDays, totalsIn } from "../../../src/core/layout/facts";
import { reviewProducts } from "../../../src/core/layout/review";
import { coverOf } from "../../../src/core/layout/stock";
import type { ProductTotals } from "../../../src/core/layout/tiers";
import { MIN_TIER_VISITORS, percentile, tierOf, tierThresholds } from "../../../src/core/layout/tiers";
import {
  LAYOUT_LATEST,
  LAYOUT_PRODUCTS,
  LAYOUT_TIERS,
  layoutDays,
  layoutReportRows,
} from "../../fixtures/generators/productLayout";

const SETTINGS = { leadTimeDays: 7, safetyDays: 3 };
const base = { stock: [], idsByCode: new Map<string, string>(), costs: new Map<string, number>(), settings: SETTINGS };

describe("tiers by the shop's own percentiles", () => {
  const week = totalsIn(layoutDays(), LAYOUT_LATEST - 6, LAYOUT_LATEST);

  it("takes Excel's PERCENTILE.INC and MEDIAN over the products with enough visitors", () => {
    expect(percentile([1, 2, 3, 4], 0.75)).toBe(3.25);
    expect(percentile([5, 1, 3], 0.5)).toBe(3);
    expect(percentile([], 0.5)).toBeNaN();
    const t = tierThresholds(week);
    // 16 of 20 products have 50 visitors or more in the week; the four F products have 35.
    expect(t?.products).toBe(16);
    expect(t?.gmvP75).toBeCloseTo(665, 9);
    expect(t?.visitorsP75).toBeCloseTo(700, 9);
    expect(t?.conversionP75).toBeCloseTo(0.05, 12);
    expect(t?.conversionMedian).toBeCloseTo(0.03, 12);
  });

  it("gives every product of the fixture the tier it was built for, the first that fits", () => {
    const review = reviewProducts({ ...base, days: layoutDays() });
    expect(Object.fromEntries(review?.lines.map((l) => [l.id, l.tier]) ?? [])).toEqual(LAYOUT_TIERS);
    // By GMV, the largest first, with the running share: the four core products make 1,400 of 1,790 a day (1,400 + 90 + 180 + 120).
    expect(review?.lines.slice(0, 4).map((l) => l.name)).toEqual(["A1", "A2", "A3", "A4"]);
    expect(review?.lines[3]?.cumulative).toBeCloseTo(1400 / 1790, 12);
    expect(review?.lines.at(-1)?.cumulative).toBeCloseTo(1, 12);
  });

  it("puts a product at a threshold exactly on the threshold's side, and judges one under the minimum visitors by GMV only", () => {
    const t = {
      gmvP75: 100,
      visitorsP75: 500,
      conversionP75: 0.1,
      conversionMedian: 0.05,
      products: 8,
      minVisitors: MIN_TIER_VISITORS,
    };
    const p = (over: Partial<ProductTotals>): ProductTotals => ({
      id: "x",
      name: "x",
      visitors: 100,
      buyers: 1,
      gmv: 10,
      units: 1,
      ...over,
    });
    expect(tierOf(p({ gmv: 100 }), t)).toBe("core");
    expect(tierOf(p({ buyers: 10 }), t)).toBe("potential");
    expect(tierOf(p({ visitors: 500, buyers: 24 }), t)).toBe("traffic");
    expect(tierOf(p({ visitors: 500, buyers: 25 }), t)).toBe("observe");
    expect(tierOf(p({ gmv: 0, buyers: 0 }), t)).toBe("stalled");
    expect(tierOf(p({ visitors: MIN_TIER_VISITORS - 1, buyers: 10, gmv: 0 }), t)).toBe("observe");
    expect(tierOf(p({ visitors: MIN_TIER_VISITORS - 1, gmv: 100 }), t)).toBe("core");
    // Without thresholds (too few products to take a quartile of) every product is observed.
    expect(tierOf(p({ gmv: 1e6 }), null)).toBe("observe");
    expect(tierThresholds(week.slice(0, 3))).toBeNull();
  });

  it("compares new items only with new items", () => {
    // E1–E4 listed ten days ago: among themselves, their GMV's 75th percentile is their own GMV, so all are core.
    const listed = LAYOUT_LATEST - 10;
    const stock = LAYOUT_PRODUCTS.filter((p) => p.name.startsWith("E")).map((p) => ({
      productId: p.id,
      code: "",
      units: 100,
      listed,
      unitCost: null,
    }));
    const review = reviewProducts({ ...base, days: layoutDays(), stock });
    const newOnes = review?.lines.filter((l) => l.isNew) ?? [];
    expect(newOnes.map((l) => [l.name, l.tier])).toEqual([
      ["E1", "core"],
      ["E2", "core"],
      ["E3", "core"],
      ["E4", "core"],
    ]);
    expect(review?.tiering.newItems?.products).toBe(4);
    // The established products' thresholds no longer count them: 12 products.
    expect(review?.tiering.established?.products).toBe(12);
    // Listed 40 days ago, or never dated in a 28-day report: not new.
    const old = stock.map((s) => ({ ...s, listed: LAYOUT_LATEST - 40 }));
    expect(reviewProducts({ ...base, days: layoutDays(), stock: old })?.lines.some((l) => l.isNew)).toBe(false);
    expect(reviewProducts({ ...base, days: layoutDays() })?.lines.some((l) => l.isNew)).toBe(false);
  });

  it("names last week's tier where the report reaches back two weeks", () => {
    // C1 sold like a core product the week before.
    const days = layoutDays(28, (p, day) => (p.name === "C1" && day <= LAYOUT_LATEST - 7 ? { gmv: 600 } : {}));
    const c1 = reviewProducts({ ...base, days })?.lines.find((l) => l.name === "C1");
    expect([c1?.lastTier, c1?.tier]).toEqual(["core", "traffic"]);
    const short = reviewProducts({ ...base, days: layoutDays(10) });
    expect(short?.lines.every((l) => l.lastTier === null)).toBe(true);
  });

  it("sets the 28 days' figures and tier beside the week's, each period against its own thresholds", () => {
    // C1 sold 2,000 a day for the three weeks before this one: Traffic this week, Core over 28 days.
    const days = layoutDays(28, (p, day) => (p.name === "C1" && day <= LAYOUT_LATEST - 7 ? { gmv: 2000 } : {}));
    const review = reviewProducts({ ...base, days });
    const c1 = review?.lines.find((l) => l.name === "C1");
    // The fixture's day is 1,790 of GMV; C1 adds 1,940 on each of 21 days: 50,120 + 40,740.
    expect(c1?.tier).toBe("traffic");
    expect(c1?.month).toEqual({ visitors: 5600, conversion: 0.01, gmv: 42420, share: 42420 / 90860, tier: "core" });
    const line = (name: string) => review?.lines.find((l) => l.name === name);
    // C1's 42,420 lifts the 28 days' GMV percentile to 5,600 + 0.25 × 2,800 = 6,300: A4's 5,600 is no longer Core.
    expect(review?.month.tiering?.established?.gmvP75).toBeCloseTo(6300, 9);
    expect([line("A4")?.tier, line("A4")?.month?.tier]).toEqual(["core", "observe"]);
    // 50 visitors a week is 200 over 28 days: F1's 5 a day make 140, under it in both periods, so in a report whose
    // days are all alike every product has the week's tier over 28 days too.
    expect(review?.month.tiering?.established).toMatchObject({ products: 16, minVisitors: 200 });
    const alike = reviewProducts({ ...base, days: layoutDays(28) });
    expect(alike?.lines.every((l) => l.month?.tier === l.tier)).toBe(true);
    // A report of 27 days has no 28-day figures: a shorter span is not the same figure.
    const short = reviewProducts({ ...base, days: layoutDays(27) });
    expect(short?.month).toEqual({ tiering: null, covered: 27 });
    expect(short?.lines.every((l) => l.month === null)).toBe(true);
  });

  it("takes each product's profit and margin from the Profit sheet by title, over that sheet's period", () => {
    const byTitle = new Map([
      ["a1", { profit: 1200, netSales: 4800 }],
      ["b1", { profit: -50, netSales: 0 }],
    ]);
    const profits = { byTitle, from: LAYOUT_LATEST - 29, to: LAYOUT_LATEST };
    const review = reviewProducts({ ...base, days: layoutDays(), profits });
    const line = (name: string) => review?.lines.find((l) => l.name === name);
    expect([line("A1")?.profit, line("A1")?.margin]).toEqual([1200, 0.25]);
    // No net sales: no margin to speak of; a product the Profit sheet does not name: blank.
    expect([line("B1")?.profit, line("B1")?.margin]).toEqual([-50, null]);
    expect([line("C1")?.profit, line("C1")?.margin]).toEqual([null, null]);
    expect(review?.profitPeriod).toEqual({ from: LAYOUT_LATEST - 29, to: LAYOUT_LATEST });
    expect(reviewProducts({ ...base, days: layoutDays() })?.profitPeriod).toBeNull();
  });

  it("reads the report's rows by its own headers, buyers from the conversion rate where it has no buyer column", () => {
    const rows = layoutReportRows(7);
    const [header, ...body] = rows as [string[], ...(string | number)[][]];
    expect(productDays(header, body)).toEqual(layoutDays(7));
    const byRate = productDays(
      ["统计日期", "商品ID", "商品访客数", "支付转化率", "支付金额"],
      [[46360, "p1", 200, 0.05, 99]]
    );
    expect(byRate).toEqual([{ day: 46360, id: "p1", name: "p1", visitors: 200, buyers: 10, gmv: 99, units: 0 }]);
    expect(productDays(header, [["", "p", 1, 1, 1, 1, 1]])).toEqual([]);
  });
});

describe("stock cover", () => {
  it("gives days of cover at 7 and 28 days' rates, to the tenth, and risk below the lead time and safety days", () => {
    // A1 sells 5 a day: 30 in stock last 6 days, under 7 + 3. E1 sells 3 a day: 17 last 5.67 days.
    const stock = [
      { productId: "60000000A1", code: "", units: 30, listed: null, unitCost: 40 },
      { productId: "60000000E1", code: "", units: 17, listed: null, unitCost: null },
      { productId: "", code: "C-01", units: 70, listed: null, unitCost: null },
      { productId: "60000000D1", code: "", units: 40, listed: null, unitCost: 12.5 },
    ];
    // C1's row names only its code: Costs ties the code to its ID, and gives its cost.
    const idsByCode = new Map([["C-01", "60000000C1"]]);
    const costs = new Map([["C-01", 8]]);
    const review = reviewProducts({ ...base, days: layoutDays(), stock, idsByCode, costs });
    const line = (name: string) => review?.lines.find((l) => l.name === name);
    expect(line("A1")?.cover).toMatchObject({ cover7: 6, cover28: 6, stockOut: true, slow: false });
    expect(line("E1")?.cover?.cover7).toBeCloseTo(17 / 3, 12);
    expect(Number(line("E1")?.cover?.cover7?.toFixed(1))).toBe(5.7);
    expect(line("C1")).toMatchObject({ stock: 70, unitCost: 8, cover: { cover7: 35, stockOut: false } });
    // D1 sold nothing: no cover (it never runs out), slow, tying up 40 × 12.5.
    expect(line("D1")?.cover).toEqual({ cover7: null, cover28: null, stockOut: false, slow: true, tied: 500 });
    expect(review?.slow.map((l) => l.name)).toEqual(["D1"]);
    expect(line("B1")?.stock).toBeNull();
  });

  it("calls stock slow past 90 days of cover, and lists stock the week's report does not name", () => {
    expect(coverOf({ stock: 91, units7: 7, units28: 28, days28: 28, soldLately: true, unitCost: 2 }, 10)).toEqual({
      cover7: 91,
      cover28: 91,
      stockOut: false,
      slow: true,
      tied: 182,
    });
    expect(coverOf({ stock: 90, units7: 7, units28: 28, days28: 28, soldLately: true, unitCost: 2 }, 10).slow).toBe(
      false
    );
    const stock = [{ productId: "gone", code: "Z9", units: 5, listed: null, unitCost: 3 }];
    const review = reviewProducts({ ...base, days: layoutDays(), stock });
    expect(review?.slow.map((l) => [l.name, l.cover?.tied])).toEqual([["Z9", 15]]);
  });
});
