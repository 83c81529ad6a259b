/** Growth against the market, our share only within the calibrated range, search opportunity and price-band gaps. */
import { marketGrowth, marketShare } from "../../../src/core/market/growth";
import { bandBounds, bandPositions } from "../../../src/core/market/priceBands";
import { risingTerms, searchOpportunities } from "../../../src/core/market/search";
import type { DailyFigures } from "../../../src/core/storeMetricLookup";
import { TEST_FIT } from "../../fixtures/generators/market";

const FIT = TEST_FIT;
const LATEST = 46400;
const daysOf = (gmv: (d: number) => number, from = LATEST - 55): DailyFigures =>
  new Map(Array.from({ length: LATEST - from + 1 }, (_, i) => [from + i, { gmv: gmv(from + i) }]));

describe("growth against the market", () => {
  // The category's index rose 4 % from one week to the next: its value 1.04^1.5 − 1 = 6.06 %.
  const trend = new Map(
    Array.from({ length: 56 }, (_, i) => [LATEST - 55 + i, LATEST - 55 + i > LATEST - 7 ? 52000 : 50000])
  );
  const ours = daysOf((d) => (d > LATEST - 7 ? 3150 : 3000));

  it("turns the index ratio into the value's through the exponent alone, and compares ours over the same days", () => {
    const [week, month] = marketGrowth(trend, ours, FIT, LATEST);
    expect(week?.market).toBeCloseTo(1.04 ** 1.5 - 1, 12);
    expect(week?.ours).toBeCloseTo(0.05, 12);
    expect(week?.marketDays).toEqual([7, 7]);
    // 28 days: 7 of the later 28 at the higher index.
    expect(month?.market).toBeCloseTo((7 * 52000 ** 1.5 + 21 * 50000 ** 1.5) / (28 * 50000 ** 1.5) - 1, 12);
  });

  it("compares daily averages where a side has fewer days, and gives nothing without the earlier side", () => {
    const short = daysOf((d) => (d > LATEST - 7 ? 3150 : 3000), LATEST - 10);
    const [week, month] = marketGrowth(trend, short, FIT, LATEST);
    expect(week?.ourDays).toEqual([7, 4]);
    expect(week?.ours).toBeCloseTo(0.05, 12);
    expect(month?.ours).toBeNull();
  });

  it("gives no share when the category's index lies outside the calibrated range, and says where the range is", () => {
    expect(marketShare(trend, ours, FIT, LATEST - 6, LATEST)).toEqual({
      refused: "outOfRange",
      from: 1000,
      to: 4000,
      index: 52000,
    });
  });

  it("gives our share within the range, from the curve a day at a time, with its band", () => {
    const near = new Map([...trend.keys()].map((d) => [d, 2000]));
    const share = marketShare(near, ours, FIT, LATEST - 6, LATEST);
    if ("refused" in share) throw new Error("refused");
    // 7 days of 2 · 2000^1.5 against our 7 × 3,150.
    expect(share.share).toBeCloseTo((7 * 3150) / (7 * 2 * 2000 ** 1.5), 9);
    expect(share.low).toBeLessThan(share.share);
    expect(share.high).toBeGreaterThan(share.share);
  });
});

describe("search terms", () => {
  const terms = [
    {
      term: "连衣裙 夏",
      popularity: { low: 10000, high: 10000 },
      growth: { low: 0.5, high: 0.5 },
      conversion: { low: 0.02, high: 0.02 },
      listings: { low: 1000, high: 1000 },
    },
    {
      term: "碎花裙",
      popularity: { low: 5000, high: 10000 },
      growth: { low: 0.1, high: 0.4 },
      conversion: { low: 0.01, high: 0.025 },
      listings: { low: 100, high: 200 },
    },
    {
      term: "长裙",
      popularity: { low: 8000, high: 8000 },
      growth: null,
      conversion: null,
      listings: { low: 10, high: 10 },
    },
  ];

  it("ranks opportunity, popularity × conversion ÷ listings, a range from ranges, and marks terms our titles lack", () => {
    expect(searchOpportunities(terms, ["夏季连衣裙 夏 新款"])).toEqual([
      // 5,000 × 1 % ÷ 200 = 0.25 to 10,000 × 2.5 % ÷ 100 = 2.5.
      { term: "碎花裙", opportunity: { low: 0.25, high: 2.5 }, missing: true },
      { term: "连衣裙 夏", opportunity: { low: 0.2, high: 0.2 }, missing: false },
    ]);
  });

  it("names the terms that rose by 30 % even on their lowest reading", () => {
    expect(risingTerms(terms).map((t) => t.term)).toEqual(["连衣裙 夏"]);
  });
});

describe("price bands", () => {
  it("reads the page's band labels", () => {
    expect(["0-50", "50~100", "¥100-200", "300以上", "300+", "50以下", "便宜"].map(bandBounds)).toEqual([
      { low: 0, high: 50 },
      { low: 50, high: 100 },
      { low: 100, high: 200 },
      { low: 300, high: Infinity },
      { low: 300, high: Infinity },
      { low: 0, high: 50 },
      null,
    ]);
  });

  it("finds a band with demand where we sell little: 100-200 is 40 % of the market and 10 % of our units", () => {
    const bands = [
      { label: "0-100", low: 0, high: 100, demand: 0.5 },
      { label: "100-200", low: 100, high: 200, demand: 0.4 },
      { label: "200以上", low: 200, high: Infinity, demand: 0.1 },
    ];
    const lines = [
      { price: 59, units: 80 },
      { price: 100, units: 10 },
      { price: 299, units: 10 },
    ];
    expect(bandPositions(bands, lines).map((b) => [b.label, b.ours, b.gap])).toEqual([
      ["0-100", 0.8, false],
      ["100-200", 0.1, true],
      ["200以上", 0.1, false],
    ]);
  });
});
