/** The review's figures, each against one computed here from the generated days, and its goals, execution and actions. */
import type { Metric } from "../../../src/core/import/metrics";
import { weekOf } from "../../../src/core/review/period";
import type { ReviewGoal, ReviewInput } from "../../../src/core/review/weeklyReview";
import {
  CARRIED_TOO_OFTEN,
  driverSplit,
  execution,
  nextActions,
  resultRows,
  topMovers,
  weeklyReview,
} from "../../../src/core/review/weeklyReview";
import type { DailyFigures } from "../../../src/core/storeMetricLookup";
import {
  REVIEW_WEEK_DAY,
  W47_MONDAY,
  W47_SUNDAY,
  WEEK_BEFORE_DAY,
  reviewMetrics,
} from "../../fixtures/generators/review";

const W47 = weekOf(W47_MONDAY);

function figures(skip: number[] = []): DailyFigures {
  const { rows, dates } = reviewMetrics(skip);
  return new Map(
    rows.map((d, i) => [
      dates[i] as number,
      {
        visitors: d.visitors,
        payingBuyers: d.buyers,
        gmv: d.gmv,
        refunds: d.refunds,
        adSpend: d.adSpend,
        adSales: d.adSales,
        clicks: d.clicks,
        impressions: d.impressions,
      } as Partial<Record<Metric, number>>,
    ])
  );
}

const input = (over: Partial<ReviewInput> = {}): ReviewInput => ({
  period: W47,
  days: figures(),
  products: null,
  traffic: null,
  goals: [],
  schedules: [],
  log: [],
  focus: [],
  competitorMove: null,
  breakEvenRoi: 2,
  adSpendThreshold: 100,
  ...over,
});

describe("the review's refund rate", () => {
  it("is by payment day where the Refunds sheet gives one: refunds over the sales they came from, never over 100%", () => {
    // A week after a big sale: Store Metrics counts 1,500 refunded against 1,000 of sales a day (150 %).
    const big = new Map([...figures()].map(([d, f]) => [d, { ...f, gmv: 1000, refunds: 1500 }]));
    const cohorts = new Map(
      Array.from({ length: 14 }, (_, i) => [
        W47.beforeFrom + i,
        { paid: 1000, refunded: i < 7 ? 100 : 150, provisional: i >= 12 },
      ])
    );
    const rows = Object.fromEntries(resultRows(big, W47, cohorts).map((r) => [r.metric, r]));
    expect(rows.refundRate?.now?.value).toBeCloseTo(0.15, 12);
    expect(rows.refundRate?.before?.value).toBeCloseTo(0.1, 12);
    expect(rows.refundRate?.byPaymentDay).toEqual({ provisional: true });
    // Without the sheet, Store Metrics' own rate, as before.
    expect(resultRows(big, W47).find((r) => r.metric === "refundRate")?.now?.value).toBeCloseTo(1.5, 12);
  });
});

describe("the review's results", () => {
  it("equal sums, daily averages and ratios of summed parts computed independently", () => {
    const [n, b] = [REVIEW_WEEK_DAY, WEEK_BEFORE_DAY];
    const rows = Object.fromEntries(resultRows(figures(), W47).map((r) => [r.metric, r]));
    const sums = (d: typeof n) => ({
      gmv: 7 * d.gmv,
      visitors: 7 * d.visitors,
      buyers: 7 * d.buyers,
      refunds: 7 * (d.refunds ?? 0),
      spend: 7 * (d.adSpend ?? 0),
      sales: 7 * (d.adSales ?? 0),
    });
    const [s1, s0] = [sums(n), sums(b)];
    expect(rows.gmv?.now?.value).toBe(s1.gmv);
    expect(rows.gmv?.change).toEqual({ kind: "share", value: expect.closeTo(s1.gmv / s0.gmv - 1, 12) });
    expect(rows.gmv).toMatchObject({ basis: "sum", partial: false });
    expect(rows.gsv?.now?.value).toBe(s1.gmv - s1.refunds);
    // Visitors a day, never summed across days.
    expect(rows.visitors?.now?.value).toBe(n.visitors);
    expect(rows.visitors?.before?.value).toBe(b.visitors);
    expect(rows.visitors?.change?.value).toBeCloseTo(0.1, 12);
    expect(rows.visitors?.basis).toBe("dailyAverage");
    expect(rows.conversion?.now?.value).toBeCloseTo(s1.buyers / s1.visitors, 12);
    // A rate's change is in points.
    expect(rows.conversion?.change).toEqual({
      kind: "points",
      value: expect.closeTo(s1.buyers / s1.visitors - s0.buyers / s0.visitors, 12),
    });
    expect(rows.aov?.now?.value).toBeCloseTo(s1.gmv / s1.buyers, 12);
    expect(rows.refundRate?.now?.value).toBeCloseTo(s1.refunds / s1.gmv, 12);
    expect(rows.adSpend?.now?.value).toBe(s1.spend);
    expect(rows.roi?.now?.value).toBeCloseTo(s1.sales / s1.spend, 12);
    expect(rows.roi?.change).toEqual({ kind: "share", value: expect.closeTo(0, 12) });
    expect(rows.adCostRatio?.change).toEqual({
      kind: "points",
      value: expect.closeTo(s1.spend / s1.gmv - s0.spend / s0.gmv, 12),
    });
    expect(rows.gmv?.now?.days).toBe(7);
  });

  it("split GMV's change along the driver tree, the shares adding up to the change", () => {
    const split = driverSplit(figures(), W47);
    if ("lacking" in split) throw new Error("no split");
    const [g1, g0] = [7 * REVIEW_WEEK_DAY.gmv, 7 * WEEK_BEFORE_DAY.gmv];
    expect(split.shares.map((s) => s.driver)).toEqual(["visitors", "conversion", "aov"]);
    expect(split.shares.reduce((t, s) => t + s.share, 0)).toBeCloseTo(g1 - g0, 8);
    const weight = (g1 - g0) / Math.log(g1 / g0);
    expect(split.shares[0]?.share).toBeCloseTo(weight * Math.log(1.1), 8);
    expect(split.shares[2]?.share).toBeCloseTo(weight * Math.log(110 / 100), 8);
    // Visitors and AOV both rose 10 %: the same share; conversion the rest.
    expect(split.shares[0]?.share).toBeCloseTo(split.shares[2]?.share ?? NaN, 8);
  });

  it("with a day missing, compares amounts a day, marks every result partial, and splits off the days as a driver", () => {
    const review = weeklyReview(input({ days: figures([W47_MONDAY + 2]) }));
    const rows = Object.fromEntries((review.results ?? []).map((r) => [r.metric, r]));
    expect(review.missingDays).toEqual([W47_MONDAY + 2]);
    // Six days against seven: never a sum against a sum.
    expect(rows.gmv).toMatchObject({
      basis: "dailyAverage",
      partial: true,
      now: { value: REVIEW_WEEK_DAY.gmv, days: 6, span: 7 },
      before: { value: WEEK_BEFORE_DAY.gmv, days: 7, span: 7 },
    });
    expect(rows.gmv?.change?.value).toBeCloseTo(REVIEW_WEEK_DAY.gmv / WEEK_BEFORE_DAY.gmv - 1, 12);
    expect(rows.visitors?.now).toEqual({ value: REVIEW_WEEK_DAY.visitors, days: 6, span: 7 });
    // A ratio is from summed parts whatever the days: like with like already.
    expect(rows.conversion?.basis).toBe("ratio");
    expect((review.results ?? []).every((r) => r.partial)).toBe(true);
    const split = review.drivers;
    if ("lacking" in split) throw new Error("no split");
    expect(split.shares.map((s) => s.driver)).toEqual(["days", "visitors", "conversion", "aov"]);
    expect(split.shares.reduce((t, s) => t + s.share, 0)).toBeCloseTo(
      6 * REVIEW_WEEK_DAY.gmv - 7 * WEEK_BEFORE_DAY.gmv,
      8
    );
  });

  it("without Store Metrics has no results, splits nothing and diagnoses nothing, and still reviews the rest", () => {
    const review = weeklyReview(input({ days: null, log: [{ date: W47_MONDAY, planned: 10, done: 7 }] }));
    expect(review.results).toBeNull();
    expect(review.drivers).toEqual({ lacking: "figures" });
    expect(review.risks).toBeNull();
    expect(review.execution.days[0]).toEqual({ date: W47_MONDAY, source: "log", planned: 10, done: 7 });
  });
});

describe("the review's risks", () => {
  it("are the diagnosis of the store's data as it stood on the period's last day", () => {
    // Conversion halves over W47's last three days; a later fall (after the week) is not this week's risk.
    const days = new Map(
      [...figures()].map(([d, f]) => [
        d,
        d > W47_SUNDAY - 3 ? { ...f, payingBuyers: (f.payingBuyers ?? 0) / 2, gmv: (f.gmv ?? 0) / 2 } : f,
      ])
    );
    const review = weeklyReview(input({ days }));
    expect(review.risks?.latest).toBe(W47_SUNDAY);
    expect(review.risks?.findings.map((f) => f.rule)).toContain("conversionFalling");
    const later = new Map([
      ...figures(),
      ...Array.from(
        { length: 3 },
        (_, i) => [W47_SUNDAY + 1 + i, { visitors: 1100, payingBuyers: 5, gmv: 500 }] as const
      ),
    ]);
    expect(weeklyReview(input({ days: later })).risks?.findings).toEqual([]);
  });
});

describe("what moved it", () => {
  it("names the three products whose GMV changed most, by size of change either way", () => {
    const facts = [
      ...[
        ["A", 100, 400],
        ["B", 500, 100],
        ["C", 200, 250],
        ["D", 300, 300],
        ["E", 60, 0],
      ].flatMap(([name, before, now]) => [
        { name: name as string, day: W47_MONDAY - 1, visitors: 10, buyers: 1, gmv: before as number },
        { name: name as string, day: W47_MONDAY, visitors: 10, buyers: 1, gmv: now as number },
      ]),
      // A row without a day is a total over days: it belongs to neither week.
      { name: "A", day: null, visitors: 10, buyers: 1, gmv: 99_999 },
    ];
    const movers = topMovers(
      facts,
      W47,
      (f) => f.name,
      ["gmv", "visitors"],
      (f, m) => f[m]
    );
    expect(movers).toEqual([
      { name: "B", before: 500, now: 100, change: -400, measure: "gmv", basis: "sum" },
      { name: "A", before: 100, now: 400, change: 300, measure: "gmv", basis: "sum" },
      { name: "E", before: 60, now: 0, change: -60, measure: "gmv", basis: "sum" },
    ]);
  });
});

describe("what moved it, when the report holds more days in one period", () => {
  it("compares each product a day, never seven days' GMV against two", () => {
    // Seven days of 1,000 now against the last two days of the week before at 1,000: no product moved.
    const days = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);
    const facts = [
      ...days(W47_MONDAY, 7).map((day) => ({ name: "A", day, visitors: 10, buyers: 1, gmv: 1000 })),
      ...days(W47_MONDAY - 2, 2).map((day) => ({ name: "A", day, visitors: 10, buyers: 1, gmv: 1000 })),
      ...days(W47_MONDAY, 7).map((day) => ({ name: "B", day, visitors: 10, buyers: 1, gmv: 300 })),
      ...days(W47_MONDAY - 2, 2).map((day) => ({ name: "B", day, visitors: 10, buyers: 1, gmv: 200 })),
    ];
    const movers = topMovers(
      facts,
      W47,
      (f) => f.name,
      ["gmv"],
      (f, m) => f[m]
    );
    expect(movers).toEqual([{ name: "B", before: 200, now: 300, change: 100, measure: "gmv", basis: "dailyAverage" }]);
  });
});

const goal = (over: Partial<ReviewGoal>): ReviewGoal => ({
  name: "g",
  growthPoint: "p",
  metric: "gmv",
  status: "onTrack",
  start: W47_MONDAY,
  deadline: W47_SUNDAY + 7,
  baseline: 1,
  target: 2,
  current: 1.5,
  projected: null,
  neededPerDay: null,
  record: null,
  ...over,
});

describe("goals, execution and next week", () => {
  it("counts goals that ended on the week's first and last days in the week, and not the day after", () => {
    const goals = [
      goal({ name: "first", status: "achieved", deadline: W47_MONDAY }),
      goal({ name: "last", status: "missed", deadline: W47_SUNDAY }),
      goal({ name: "after", status: "missed", deadline: W47_SUNDAY + 1 }),
      goal({ name: "before", status: "achieved", deadline: W47_MONDAY - 1 }),
    ];
    expect(weeklyReview(input({ goals })).ended.map((g) => g.name)).toEqual(["first", "last"]);
  });

  it("takes each day's slots from its schedule, else its log row, and names tasks carried three times or more", () => {
    const sheet = (done: number) => [
      ["Time", "Task", "Category", "Done", "Notes"],
      [0.375, "上新", "", done > 0 ? "✓" : "", ""],
      [0.396, "回复", "", done > 1 ? "✓" : "", ""],
      [0.417, "Break", "", "", ""],
    ];
    const result = execution(
      W47,
      [
        { date: W47_MONDAY, values: sheet(2), carryRecord: null },
        { date: W47_MONDAY + 1, values: sheet(1), carryRecord: JSON.stringify({ 上新: CARRIED_TOO_OFTEN, 回复: 2 }) },
        { date: W47_MONDAY - 1, values: sheet(0), carryRecord: JSON.stringify({ 旧任务: 5 }) },
      ],
      [
        { date: W47_MONDAY + 1, planned: 9, done: 9 },
        { date: W47_MONDAY + 2.5, planned: 4, done: 1 },
      ]
    );
    expect(result.days.slice(0, 4)).toEqual([
      { date: W47_MONDAY, source: "schedule", planned: 2, done: 2 },
      { date: W47_MONDAY + 1, source: "schedule", planned: 2, done: 1 },
      { date: W47_MONDAY + 2, source: "log", planned: 4, done: 1 },
      { date: W47_MONDAY + 3, source: "none", planned: 0, done: 0 },
    ]);
    expect(result.carried).toEqual([{ task: "上新", times: 3 }]);
  });

  it("proposes at most two actions: missed goals first, then focus points without a goal, then goals behind", () => {
    const missed = goal({ name: "missed", status: "missed", deadline: W47_SUNDAY, growthPoint: "Main image" });
    const behind = goal({ name: "behind", status: "behind", neededPerDay: 0.5, growthPoint: "Search" });
    expect(nextActions([missed, behind], [missed], ["Search", "Bundles"])).toEqual([
      { kind: "resetGoal", goal: "missed", growthPoint: "Main image" },
      { kind: "setGoal", growthPoint: "Bundles" },
    ]);
    expect(nextActions([behind], [], ["Search"])).toEqual([
      { kind: "catchUp", goal: "behind", neededPerDay: 0.5, metric: "gmv" },
    ]);
    expect(nextActions([], [], [])).toEqual([]);
  });

  it("names the competitor move found in the week, and not one from another week", () => {
    const move = { subject: "竞店A", measure: "gmv" as const, change: 0.4, latest: W47_SUNDAY };
    expect(weeklyReview(input({ competitorMove: move })).competitorMove).toEqual(move);
    expect(weeklyReview(input({ competitorMove: { ...move, latest: W47_SUNDAY + 7 } })).competitorMove).toBeNull();
  });
});
