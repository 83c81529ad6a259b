/** Review promotion's figures on a generated event with a known uplift, dip and hangover. */
import type { DailyFigures } from "../../../src/core/storeMetricLookup";
import type { PromotionEvent } from "../../../src/core/promotions/events";
import { carriers, lessonsOf, logMean, reviewPromotion, splitGap } from "../../../src/core/promotions/review";
import { EVENT_FIRST, twelveDay } from "../../fixtures/generators/promotionDays";

const EVENT: PromotionEvent = {
  name: "双12",
  phases: [
    { name: "报名截止", kind: "signup", start: 46354, end: 46354, address: "B2", header: "阶段" },
    { name: "预热", kind: "warmup", start: 46355, end: 46365, address: "B3", header: "阶段" },
    { name: "正式", kind: "sale", start: 46368, end: 46368, address: "B4", header: "阶段" },
    { name: "返场", kind: "returns", start: 46369, end: 46370, address: "B5", header: "阶段" },
  ],
  gmvGoal: 320000,
  stockMultiplier: 3,
  start: 46355,
  end: 46370,
};

const figures = (first: number, last: number): DailyFigures =>
  new Map(
    Array.from({ length: last - first + 1 }, (_, i) => {
      const d = twelveDay(first + i);
      return [first + i, { gmv: d.gmv, visitors: d.visitors, payingBuyers: d.buyers }] as const;
    })
  );

const review = (today = 46390, first = 46300) =>
  reviewPromotion({ event: EVENT, days: figures(first, today - 1), today, products: null, traffic: null, tasks: [] });

describe("Review promotion", () => {
  it("takes the baseline as the median day of the 14 days before the warm-up: the dip days do not move it", () => {
    expect(review().baseline).toEqual({ from: EVENT_FIRST - 14, to: EVENT_FIRST - 1, days: 14, day: 3000 });
  });

  it("measures the uplift, the dip and the hangover against that same day, and nets them", () => {
    const r = review();
    expect(r.total).toMatchObject({ days: 16, gmv: 84500, baseline: 48000, change: 36500, pace: 320000 });
    expect(r.dip).toMatchObject({ days: 3, gmv: 6000, change: -3000 });
    expect(r.hangover).toMatchObject({ days: 7, gmv: 17500, change: -3500 });
    expect(r.net).toBe(30000);
  });

  it("gives each selling phase its GMV, its pace and its change, and the days between phases a row: they add up", () => {
    expect(review().phases.map((p) => [p.name, p.days, p.gmv, p.pace, p.change])).toEqual([
      ["预热", 11, 38500, 220000, 5500],
      ["正式", 1, 30000, 20000, 27000],
      ["返场", 2, 10000, 40000, 4000],
      // 11-17 and 11-18 fall between the warm-up and the sale.
      ["", 2, 6000, 40000, 0],
    ]);
    const r = review();
    expect(r.phases.reduce((sum, p) => sum + p.gmv, 0)).toBe(r.total.gmv);
    expect(r.phases.reduce((sum, p) => sum + (p.change ?? 0), 0)).toBe(r.total.change);
  });

  it("splits the gap to the goal into visitors, conversion and AOV that add up to it exactly", () => {
    const { gap } = review();
    expect(gap).not.toBeNull();
    const g = gap as NonNullable<typeof gap>;
    expect(g.actual - g.goal).toBe(-235500);
    expect(g.visitors.effect + g.conversion.effect + g.aov.effect).toBeCloseTo(-235500, 6);
    // The usual day's conversion and AOV from their summed parts: 390 buyers of 14,000 visitors, 39,000 ÷ 390.
    expect(g.conversion.goal).toBeCloseTo(390 / 14000, 12);
    expect(g.aov.goal).toBeCloseTo(100, 12);
    // Far too few visitors for the goal: traffic is most of the gap.
    expect(g.visitors.effect).toBeLessThan(g.conversion.effect);
  });

  it("splits by the logarithmic mean, which gives each part its exact share", () => {
    expect(logMean(4, 4)).toBe(4);
    expect(logMean(Math.E, 1)).toBeCloseTo(Math.E - 1, 12);
    const split = splitGap({ visitors: 200, buyers: 10, gmv: 1000 }, 1200, { conversion: 0.04, aov: 150 });
    const s = split as NonNullable<typeof split>;
    expect(s.visitors.effect + s.conversion.effect + s.aov.effect).toBeCloseTo(-200, 9);
    expect(splitGap({ visitors: 0, buyers: 0, gmv: 0 }, 1200, { conversion: 0.04, aov: 150 })).toBeNull();
  });

  it("adds up profit over a phase where Store Metrics has it (the profit work), and gives none where it has not", () => {
    const days = new Map([...figures(46300, 46389)].map(([d, f]) => [d, d === 46368 ? { ...f, profit: 4500 } : f]));
    const r = reviewPromotion({ event: EVENT, days, today: 46390, products: null, traffic: null, tasks: [] });
    expect(r.phases.map((p) => p.profit)).toEqual([null, 4500, null, null]);
    expect(r.total.profit).toBe(4500);
  });

  it("counts only the days with data while the event runs, and compares them with the pace of as many days", () => {
    const r = review(46360, 46300);
    expect(r.total).toMatchObject({ days: 5, length: 16, gmv: 17500, pace: 100000, change: 2500 });
    expect(r.hangover.days).toBe(0);
  });

  it("gives no baseline on fewer than 7 days with data before the warm-up, and no change then", () => {
    const r = review(46390, EVENT_FIRST - 6);
    expect(r.baseline).toBeNull();
    expect(r.total.change).toBeNull();
    expect(r.net).toBeNull();
  });

  it("names the products and sources that carried the event against their own median day", () => {
    const rows = [
      ...Array.from({ length: 30 }, (_, i) => ({ day: 46341 + i, name: "连衣裙A", value: 1000 })),
      { day: 46368, name: "连衣裙A", value: 20000 },
      { day: 46368, name: "衬衫B", value: 5000 },
    ];
    expect(carriers(rows, { from: 46355, to: 46370, days: 16 }, { from: 46341, to: 46354 })).toEqual([
      { name: "连衣裙A", value: 36000, share: 36000 / 41000, baseline: 16000, change: 20000 },
      { name: "衬衫B", value: 5000, share: 5000 / 41000, baseline: 0, change: 5000 },
    ]);
  });

  it("finds late and missed tasks, and at most two lessons, the driver that fell shortest first", () => {
    const r = reviewPromotion({
      event: EVENT,
      days: figures(46300, 46389),
      today: 46390,
      products: null,
      traffic: null,
      tasks: [
        { name: "双12 · 报名", deadline: 46352, done: 46352 },
        { name: "双12 · 库存备货", deadline: 46348, done: 46350 },
        { name: "双12 · 客服话术", deadline: 46366, done: null },
      ],
    });
    expect(r.tasks.late.map((t) => t.name)).toEqual(["双12 · 库存备货"]);
    expect(r.tasks.missed.map((t) => t.name)).toEqual(["双12 · 客服话术"]);
    expect(r.lessons.map((l) => l.kind)).toEqual(["visitors", "tasks"]);
    expect(r.lessons[1]?.names).toEqual(["双12 · 客服话术", "双12 · 库存备货"]);
  });

  it("says sales were moved rather than added when the dip and hangover take back a fifth of the gain", () => {
    const r = review();
    const lessons = lessonsOf({
      ...r,
      gap: null,
      dip: { ...r.dip, change: -5000 },
      hangover: { ...r.hangover, change: -4000 },
    });
    expect(lessons).toEqual([{ kind: "shifted", amount: -9000 }]);
  });
});
