/**
 * Profit on a generated month whose every part is known by construction: orders of one or two lines (a discount on
 * each), full refunds with the goods back and 仅退款 half refunds, commissions named by order, a software fee and a
 * 淘宝客 return by day, ad top-ups (not costs) beside the ad report's spend, a day without a statement, and a product
 * the shop keeps no cost for. Amounts are chosen so every spread is whole fen: the expected figures are sums.
 */
import type { OrderLine, OrderRefund, PaidOrder, StatementFee, UnitCost } from "../../../src/core/profit/profit";
import { computeProfit, spread } from "../../../src/core/profit/profit";

const SETTINGS = { shippingPerParcel: 3, packagingPerParcel: 1.5, estimatedFeeRate: 0.1 };
const COSTS: UnitCost[] = [
  { code: "A01", sku: null, unitCost: 12, packaging: 0 },
  { code: "B01", sku: "红色", unitCost: 20, packaging: 0.5 },
  { code: "B01", sku: null, unitCost: 18, packaging: 0.5 },
];
const DAYS = 28;
const FIRST = 46300;
/** Day 10 has no statement line: its fees are estimated. */
const NO_STATEMENT = FIRST + 9;

interface Expected {
  paid: number;
  refunds: number;
  goodsCost: number;
  fees: number;
  adSpend: number;
  shipping: number;
  packaging: number;
}
const zero = (): Expected => ({ paid: 0, refunds: 0, goodsCost: 0, fees: 0, adSpend: 0, shipping: 0, packaging: 0 });

function month() {
  const orders: PaidOrder[] = [];
  const lines: OrderLine[] = [];
  const refunds: OrderRefund[] = [];
  const fees: StatementFee[] = [];
  const ads: { day: number; spend: number }[] = [];
  const byDay = new Map<number, Expected>();
  const byProduct = new Map<string, Expected>();
  const expect = (day: number, product: string | null, parts: Partial<Expected>) => {
    for (const [map, key] of [[byDay, day] as const, [byProduct, product] as const]) {
      if (key === null) continue;
      const e = (map as Map<typeof key, Expected>).get(key) ?? zero();
      for (const [k, v] of Object.entries(parts) as [keyof Expected, number][])
        e[k] = Math.round((e[k] + v) * 100) / 100;
      (map as Map<typeof key, Expected>).set(key, e);
    }
  };
  for (let d = 0; d < DAYS; d++) {
    const day = FIRST + d;
    const statement = day !== NO_STATEMENT;
    // Order 1: A ×1 at 30 and B (红色) ×2 at 30, 10 % off: 81 paid, shares 27 and 54.
    const two = `T${d}-1`;
    orders.push({ orderId: two, day, paid: 81 });
    lines.push({ orderId: two, product: "Dress A", code: "A01", sku: "", price: 30, quantity: 1 });
    lines.push({ orderId: two, product: "Dress B", code: "B01", sku: "颜色:红色", price: 30, quantity: 2 });
    // Commission 5 % of 81, named by the order: 1.35 and 2.70.
    const commission = statement ? [1.35, 2.7] : [0.1 * 27, 0.1 * 54];
    if (statement) fees.push({ day, kind: "commission", amount: -4.05, order: two });
    const refundedFully = d % 7 === 3;
    const halfOnly = d % 7 === 5;
    if (refundedFully) refunds.push({ orderId: two, amount: 81, goodsReturned: true });
    if (halfOnly) refunds.push({ orderId: two, amount: 40.5, goodsReturned: false });
    const refundA = refundedFully ? 27 : halfOnly ? 13.5 : 0;
    const refundB = refundedFully ? 54 : halfOnly ? 27 : 0;
    // Goods back return their cost; 仅退款 loses it. Estimated fees are on net sales.
    const costKept = refundedFully ? 0 : 1;
    const estA = statement ? 0 : Math.round((27 - refundA) * 0.1 * 100) / 100;
    const estB = statement ? 0 : Math.round((54 - refundB) * 0.1 * 100) / 100;
    expect(day, "Dress A", {
      paid: 27,
      refunds: refundA,
      goodsCost: 12 * costKept,
      fees: statement ? (commission[0] as number) : estA,
      shipping: 1,
      packaging: 0.5,
    });
    expect(day, "Dress B", {
      paid: 54,
      refunds: refundB,
      goodsCost: 40 * costKept,
      fees: statement ? (commission[1] as number) : estB,
      shipping: 2,
      packaging: 1 + 1,
    });
    // Order 2: a scarf the shop keeps no cost for, 20 paid.
    const scarf = `T${d}-2`;
    orders.push({ orderId: scarf, day, paid: 20 });
    lines.push({ orderId: scarf, product: "Scarf", code: "S09", sku: "", price: 25, quantity: 1 });
    expect(day, "Scarf", { paid: 20, fees: statement ? 0 : 2, shipping: 3, packaging: 1.5 });
    if (statement) {
      // By day: the software fee (a cost), a 淘宝客 return (less cost), a top-up and a deposit (not costs).
      fees.push({ day, kind: "commission", amount: -2, order: null });
      fees.push({ day, kind: "affiliate", amount: 0.5, order: null });
      fees.push({ day, kind: "adTopUp", amount: -500, order: null });
      fees.push({ day, kind: "deposit", amount: -1000, order: null });
      fees.push({ day, kind: "refundPaid", amount: -81, order: two });
      expect(day, null, { fees: 1.5 });
    }
    ads.push({ day, spend: 10 + d });
    expect(day, null, { adSpend: 10 + d });
  }
  return { input: { orders, lines, refunds, fees, ads, costs: COSTS, settings: SETTINGS }, byDay, byProduct };
}

const profitOf = (e: Expected) =>
  Math.round((e.paid - e.refunds - e.goodsCost - e.fees - e.adSpend - e.shipping - e.packaging) * 100) / 100;

describe("profit of a month known by construction", () => {
  const { input, byDay, byProduct } = month();
  const result = computeProfit(input);

  it("matches every day's parts and profit to the fen", () => {
    expect(result.days).toHaveLength(DAYS);
    for (const day of result.days) {
      const e = byDay.get(day.day) ?? zero();
      expect({ ...day, margin: undefined, feesEstimated: undefined }).toEqual({
        day: day.day,
        // Two orders paid a day: the dresses and the scarf.
        orders: 2,
        ...e,
        netSales: Math.round((e.paid - e.refunds) * 100) / 100,
        profit: profitOf(e),
        margin: undefined,
        feesEstimated: undefined,
      });
      expect(day.feesEstimated).toBe(day.day === NO_STATEMENT);
    }
  });

  it("matches every product's parts to the fen, the loss-makers first, with its break-even ROI", () => {
    for (const product of result.products) {
      const e = byProduct.get(product.product) ?? zero();
      expect([product.product, product.paid, product.refunds, product.goodsCost, product.fees, product.profit]).toEqual(
        [product.product, e.paid, e.refunds, e.goodsCost, e.fees, profitOf(e)]
      );
      if (product.margin !== null && product.margin > 0)
        expect(product.breakEvenRoi).toBeCloseTo(1 / product.margin, 12);
    }
    const profits = result.products.map((p) => p.profit);
    expect(profits).toEqual([...profits].sort((a, b) => a - b));
  });

  it("names the orders without a cost and their share of net sales, never counting them at zero cost silently", () => {
    expect(result.missingCosts.orders).toHaveLength(DAYS);
    const net = result.days.reduce((a, d) => a + d.netSales, 0);
    expect(result.missingCosts.share).toBeCloseTo((20 * DAYS) / net, 12);
    expect(result.products.find((p) => p.product === "Scarf")?.goodsCost).toBe(0);
  });

  it("spreads fen by weight without making or losing one", () => {
    expect(spread(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(spread(405, [1, 2])).toEqual([135, 270]);
    expect(spread(7, [0, 0])).toEqual([7, 0]);
    expect(spread(-10, [1, 3]).reduce((a, b) => a + b, 0)).toBe(-10);
  });
});

describe("profit's edges, each named rather than lost", () => {
  const settings = { shippingPerParcel: 0, packagingPerParcel: 0, estimatedFeeRate: 0 };
  const base = {
    orders: [
      { orderId: "o1", day: 46300, paid: 100 },
      { orderId: "o2", day: 46302, paid: 50 },
    ],
    lines: [
      { orderId: "o1", product: "Dress A", code: "A01", sku: "", price: 100, quantity: 1, row: 0 },
      { orderId: "o9", product: "Dress A", code: "A01", sku: "", price: 10, quantity: 1, row: 1 },
    ],
    refunds: [],
    fees: [
      { day: 46300, kind: "commission" as const, amount: -5, order: "o1", row: 0 },
      { day: 46301, kind: "commission" as const, amount: -2, order: "o7", row: 1 },
      { day: 46301, kind: "unclassified" as const, amount: -9, order: null, note: "扣款", row: 2 },
      { day: 46290, kind: "commission" as const, amount: -100, order: null, row: 3 },
      { day: 46290, kind: "unclassified" as const, amount: -1, order: null, note: "早前", row: 4 },
    ],
    ads: [
      { day: 46301, spend: 20 },
      { day: 46280, spend: 999 },
    ],
    costs: [{ code: "A01", sku: null, unitCost: 40, packaging: 0 }],
    settings,
    listed: new Set(["o1", "o2", "o3"]),
  };
  const result = computeProfit(base);

  it("keeps to the order list's payment days: fees and ads of other days are not this list's", () => {
    expect(result.total).toMatchObject({ from: 46300, to: 46302, paid: 150, fees: 7, adSpend: 20, goodsCost: 40 });
    expect(result.total.profit).toBe(150 - 40 - 7 - 20);
    expect(result.days.map((d) => d.day)).toEqual([46300, 46301, 46302]);
  });

  it("counts a paid order the details do not hold as sales of no product and no cost, and lists it", () => {
    expect(result.products.find((p) => p.product === "")?.netSales).toBe(50);
    expect(result.missingCosts).toEqual({
      orders: ["o2"],
      share: 50 / 150,
      lines: [{ product: "", code: "", sku: "", orders: 1, netSales: 50 }],
    });
  });

  it("lists the statement lines no rule knows in the period, and names strays by their rows", () => {
    expect(result.unclassified).toEqual([{ day: 46301, note: "扣款", amount: -9 }]);
    // o9 is in no order list; o7 names an order the list does not hold (its fee still counts on its own day).
    expect(result.linesWithoutOrder).toEqual([{ row: 1, order: "o9" }]);
    expect(result.feesForUnknownOrders).toEqual([{ row: 1, order: "o7" }]);
    expect(result.days.find((d) => d.day === 46301)?.fees).toBe(2);
  });

  it("gives an empty period, not a failure, for a list with no paid order", () => {
    const empty = computeProfit({ ...base, orders: [], lines: [] });
    expect(empty.days.every((d) => d.paid === 0)).toBe(true);
    expect(empty.total.netSales).toBe(0);
  });
});

describe("each product's own ads, tied by the 商品ID its Costs row gives", () => {
  const settings = { shippingPerParcel: 0, packagingPerParcel: 0, estimatedFeeRate: 0 };
  // Ten days of one 100-yuan order a day for each of two products; Dress A costs 40, Dress B 70.
  const days = Array.from({ length: 10 }, (_, i) => 46300 + i);
  const orders = days.flatMap((day) => [
    { orderId: `a${day}`, day, paid: 100 },
    { orderId: `b${day}`, day, paid: 100 },
  ]);
  const lines = days.flatMap((day) => [
    { orderId: `a${day}`, product: "Dress A", code: "A01", sku: "", price: 100, quantity: 1 },
    { orderId: `b${day}`, product: "Dress B", code: "B01", sku: "", price: 100, quantity: 1 },
  ]);
  const costs = [
    { code: "A01", sku: null, unitCost: 40, packaging: 0, productId: "6001" },
    { code: "B01", sku: null, unitCost: 70, packaging: 0, productId: null },
  ];
  // Item 6001 (Dress A) spends 10 a day at ROI 3 on days whose sales are final, and sells less on the last three
  // (their attribution still open under a 3-day window); item 6002 is in no Costs row; one day is outside the list.
  const itemAds = [
    ...days.map((day) => ({ day, item: "6001", spend: 10, sales: day >= 46307 ? 5 : 30 })),
    { day: 46305, item: "6002", spend: 25, sales: 0 },
    { day: 46290, item: "6001", spend: 500, sales: 0 },
  ];
  const base = { orders, lines, refunds: [], fees: [], ads: [], costs, settings, itemAds, attributionDays: 3 };
  const result = computeProfit(base);
  const dressA = result.products.find((p) => p.product === "Dress A");

  it("takes the item's spend in the period from the product's profit and keeps its break-even on the margin before ads", () => {
    // Net sales 1,000, goods 400, its ads 100: profit 500; margin before ads 60 %, break-even 1 ÷ 0.6.
    expect(dressA).toMatchObject({ netSales: 1000, goodsCost: 400, adSpend: 100, profit: 500, margin: 0.5 });
    expect(dressA?.breakEvenRoi).toBeCloseTo(1 / 0.6, 12);
    // Dress B has no item tied: its profit is before ads, its ROI unknown.
    expect(result.products.find((p) => p.product === "Dress B")).toMatchObject({
      adSpend: 0,
      profit: 300,
      adRoi: null,
    });
  });

  it("takes the ad ROI over the days whose attribution has closed, not the last days still being attributed", () => {
    // The latest ad day is 46309; under 3 days, 46307 on are open: seven days of 30 on 10.
    expect(dressA?.adRoi).toBeCloseTo(3, 12);
    expect(
      computeProfit({ ...base, attributionDays: 1 }).products.find((p) => p.product === "Dress A")?.adRoi
    ).toBeCloseTo((7 * 30 + 2 * 5) / 90, 12);
  });

  it("names the spend no Costs row ties to a product, and shows a product advertised but not sold", () => {
    expect(result.adsWithoutProduct).toEqual({ items: ["6002"], spend: 25 });
    const unsold = computeProfit({
      ...base,
      costs: [...costs, { code: "C01", sku: null, unitCost: 5, packaging: 0, productId: "6002" }],
      // Its only order was placed, never paid: the details name it, no sale counts.
      lines: [...lines, { orderId: "u1", product: "Scarf", code: "C01", sku: "", price: 30, quantity: 1 }],
      listed: new Set([...orders.map((o) => o.orderId), "u1"]),
    });
    expect(unsold.adsWithoutProduct).toEqual({ items: [], spend: 0 });
    expect(unsold.products.find((p) => p.product === "Scarf")).toMatchObject({ adSpend: 25, profit: -25 });
  });

  it("leaves the days' ad spend to the shop's whole spend, tied or not", () => {
    expect(result.total.adSpend).toBe(0);
    expect(computeProfit({ ...base, ads: [{ day: 46300, spend: 125 }] }).total.adSpend).toBe(125);
  });
});
