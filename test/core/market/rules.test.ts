/**
 * The market rules, each with a case that finds and one that does not, on figures known by construction; the
 * ranking's estimates, movers and place; the price bands' measures; the Market sheet read back by the diagnosis.
 */
import { estimate } from "../../../src/core/competition/calibration";
import { crowdPositions } from "../../../src/core/market/crowd";
import type { CrowdRow } from "../../../src/core/market/crowd";
import { crowdRows, marketTrend } from "../../../src/core/market/facts";
import { MARKET_DIAGNOSIS, marketBack } from "../../../src/core/market/marketBack";
import { crowdLeaks, marketOutgrowing, missingTerms, priceBandGaps } from "../../../src/core/market/marketRules";
import { bandPositions, readPriceBands } from "../../../src/core/market/priceBands";
import type { RankingRow } from "../../../src/core/market/ranking";
import { ofOurCategory, rankingPosition } from "../../../src/core/market/ranking";
import { searchOpportunities } from "../../../src/core/market/search";
import type { InputCells } from "../../../src/core/records";
import { TEST_FIT } from "../../fixtures/generators/market";

const FIT = TEST_FIT;
const LATEST = 46400;

describe("the market outgrowing us", () => {
  const comparison = (span: number, market: number, ours: number) => ({
    span,
    marketDays: [span, span] as const,
    ourDays: [span, span] as const,
    market,
    ours,
  });

  it("is a finding when the category grows 5 points faster over both spans: the 28-day gap, the 7-day the other end", () => {
    const [f] = marketOutgrowing([comparison(7, 0.1, 0.02), comparison(28, 0.3, 0.1)], FIT);
    expect(f).toMatchObject({
      rule: "marketOutgrowing",
      growth: expect.closeTo(0.2, 12),
      high: expect.closeTo(0.2, 12),
    });
    expect(f?.low).toBeCloseTo(0.08, 12);
  });

  it("is none when one span keeps pace, or a side is missing", () => {
    expect(marketOutgrowing([comparison(7, 0.1, 0.08), comparison(28, 0.3, 0.1)], FIT)).toEqual([]);
    expect(marketOutgrowing([comparison(28, 0.3, 0.1)], FIT)).toEqual([]);
  });
});

describe("a price band with demand and little of ours", () => {
  const bands = [
    { label: "0-50", low: 0, high: 50, demand: 0.1 },
    { label: "50-100", low: 50, high: 100, demand: 0.4 },
    { label: "100以上", low: 100, high: Infinity, demand: 0.5 },
  ];
  // 10 units at 60 and 90 at 150: 10 % of our units in a band with 40 % of the market's.
  const lines = [
    { price: 60, units: 10 },
    { price: 150, units: 90 },
  ];

  it("adds the units that would give us the market's share there, priced across the band", () => {
    const positions = bandPositions(bands, lines);
    const [f] = priceBandGaps(positions, "units", { units: 100, value: 14100 });
    // 0.4 × 90 ÷ 0.6 = 60 units in the band: 50 more, at 50 to 100 yuan.
    expect(f).toMatchObject({ rule: "priceBandGap", subject: "50-100" });
    expect(f?.growth).toBeCloseTo(3750 / 14100, 12);
    expect([f?.low, f?.high]).toEqual([2500 / 14100, 5000 / 14100]);
  });

  it("compares money with money when the market's demand is 交易指数, and finds nothing without a gap or sales", () => {
    const byValue = bandPositions(bands, lines, "value");
    expect(byValue[1]?.ours).toBeCloseTo(600 / 14100, 12);
    const [f] = priceBandGaps(byValue, "value", { units: 100, value: 14100 });
    const added = (0.4 * (14100 - 600)) / 0.6 - 600;
    expect([f?.growth, f?.low, f?.high].map((g) => (g ?? 0) * 14100)).toEqual(
      [added, added, added].map((a) => expect.closeTo(a, 6))
    );
    const even = bandPositions(bands, [
      { price: 60, units: 40 },
      { price: 150, units: 60 },
    ]);
    expect(priceBandGaps(even, "units", { units: 100, value: 11400 })).toEqual([]);
    expect(priceBandGaps(bandPositions(bands, lines), "units", { units: 0, value: 0 })).toEqual([]);
  });
});

describe("a segment drawn and not converted", () => {
  const portrait = (visitors: number, buyers: number): CrowdRow[] => [
    { role: "market", dimension: "年龄", label: "18-24岁", share: 0.4 },
    { role: "market", dimension: "年龄", label: "25-29岁", share: 0.6 },
    { role: "visitors", dimension: "年龄", label: "18-24岁", share: visitors },
    { role: "visitors", dimension: "年龄", label: "25-29岁", share: 1 - visitors },
    { role: "buyers", dimension: "年龄", label: "18-24岁", share: buyers },
    { role: "buyers", dimension: "年龄", label: "25-29岁", share: 1 - buyers },
  ];

  it("is half the buyers converting as the rest would add, a quarter to all of it the range", () => {
    const [f] = crowdLeaks(crowdPositions(portrait(0.6, 0.3)));
    // 0.6 × 0.7 ÷ 0.4 − 0.3 = 0.75 more of our buyers.
    expect(f?.subject).toBe("年龄 · 18-24岁");
    [0.375, 0.1875, 0.75].forEach((v, i) => expect([f?.growth, f?.low, f?.high][i]).toBeCloseTo(v, 12));
  });

  it("is none when the segment's buyers keep up with its visitors", () => {
    expect(crowdLeaks(crowdPositions(portrait(0.6, 0.58)))).toEqual([]);
  });
});

describe("a searched term our titles lack", () => {
  const term = {
    term: "碎花裙",
    popularity: { low: 2000, high: 3000 },
    growth: null,
    conversion: { low: 0.01, high: 0.02 },
    listings: { low: 100, high: 200 },
  };
  const days = new Map(Array.from({ length: 7 }, (_, i) => [LATEST - i, { gmv: 10000, payingBuyers: 100 }]));

  it("is one listing's share of the term's buyers, searchers read on the 流量指数 curve, at our order value", () => {
    const [f] = missingTerms(searchOpportunities([term], ["法式连衣裙"]), [term], FIT, days, LATEST);
    const people = (i: number) => {
      const e = estimate(FIT, i);
      return "value" in e ? e : { value: 0, low: 0, high: 0 };
    };
    const mid = (((people(2000).value + people(3000).value) / 2) * 0.015 * 100) / 150 / 10000;
    expect(f?.growth).toBeCloseTo(mid, 12);
    expect(f?.low).toBeCloseTo((people(2000).low * 0.01 * 100) / 200 / 10000, 12);
    expect(f?.high).toBeCloseTo((people(3000).high * 0.02 * 100) / 100 / 10000, 12);
  });

  it("is named without an estimate outside the curve's range, and not at all when a title holds it", () => {
    const far = { ...term, popularity: { low: 20000, high: 30000 } };
    const [f] = missingTerms(searchOpportunities([far], ["法式连衣裙"]), [far], FIT, days, LATEST);
    expect(f).toMatchObject({ growth: 0, low: 0, high: 0, evidence: { key: "market.finding.termNotEstimated" } });
    expect(missingTerms(searchOpportunities([term], ["碎花裙 夏"]), [term], FIT, days, LATEST)).toEqual([]);
  });
});

describe("the ranking", () => {
  const row = (
    day: number,
    rank: number,
    shop: string,
    tradeIndex: number,
    category = "女装 > 连衣裙"
  ): RankingRow => ({
    day,
    category,
    rank,
    subject: shop,
    shop,
    tradeIndex,
    tradeGrowth: null,
    at: rank,
  });
  const rows = [
    row(LATEST - 1, 1, "甲", 9000),
    row(LATEST - 1, 2, "乙", 3000),
    row(LATEST - 1, 3, "丙", 2000),
    row(LATEST - 1, 4, "丁", 1500),
    row(LATEST, 1, "丁", 9500),
    row(LATEST, 2, "甲", 9000),
    row(LATEST, 3, "乙", 3000),
    row(LATEST, 4, "丙", 1200),
  ];

  it("estimates within the curve's range only, names who climbed three places or more, and places our GMV", () => {
    const r = rankingPosition(rows, FIT, null, () => 2 * 2000 ** 1.5);
    expect(
      r?.entries.map((e) => [e.subject, e.before, e.gmv && "value" in e.gmv ? Math.round(e.gmv.value) : null])
    ).toEqual([
      ["丁", 4, null],
      ["甲", 1, null],
      ["乙", 2, Math.round(2 * 3000 ** 1.5)],
      ["丙", 3, Math.round(2 * 1200 ** 1.5)],
    ]);
    expect(r?.movers.map((m) => m.subject)).toEqual(["丁"]);
    expect(r?.placed).toEqual({ gmv: 2 * 2000 ** 1.5, above: 3, below: 4 });
  });

  it("finds us by Settings' shop name, and is not placed then", () => {
    const r = rankingPosition(rows, FIT, "乙", () => 1);
    expect(r?.entries.find((e) => e.ours)?.rank).toBe(3);
    expect(r?.placed).toBeNull();
  });

  it("keeps our category's rows, by any step of the category's path, and names a ranking of another", () => {
    expect(ofOurCategory(rows, "连衣裙")).toEqual({ rows });
    expect(ofOurCategory([row(LATEST, 1, "甲", 1, "半身裙")], "连衣裙")).toMatchObject({
      other: { category: "半身裙" },
    });
    expect(ofOurCategory([row(LATEST, 1, "甲", 1, "半身裙")], null)).toEqual({
      rows: [row(LATEST, 1, "甲", 1, "半身裙")],
    });
  });
});

describe("the market tables as read", () => {
  it("takes the trend of our category, and none when the trend names only others", () => {
    const headers = ["日期", "类目", "交易指数"];
    const rows = [
      [LATEST, "连衣裙", "1,000"],
      [LATEST, "半身裙", 900],
      [LATEST - 1, "半身裙", 800],
    ];
    expect([...marketTrend(headers, rows, "连衣裙").days]).toEqual([[LATEST, 1000]]);
    expect(marketTrend(headers, rows, null).category).toBe("半身裙");
    expect(marketTrend(headers, rows, "T恤").days.size).toBe(0);
  });

  it("names a portrait of another day than the category's, and keeps the named day's rows only", () => {
    const headers = ["日期", "角色", "属性", "标签", "占比"];
    const rows = [
      [LATEST, "行业客群", "性别", "女", "70%"],
      [LATEST, "本店访客", "性别", "女", "80%"],
      [LATEST - 1, "本店支付", "性别", "女", "90%"],
    ];
    const read = crowdRows(headers, rows);
    expect(read.day).toBe(LATEST);
    expect(read.otherDays).toEqual([{ role: "buyers", day: LATEST - 1, at: 2 }]);
    expect(read.rows.map((r) => r.role)).toEqual(["market", "visitors"]);
  });

  const cells = (values: (string | number)[][]): InputCells => ({
    sheet: "价格带",
    firstRow: 0,
    firstColumn: 0,
    values,
  });

  it("reads price bands by units, else buyers, else 交易指数 made money through the exponent", () => {
    const units = readPriceBands(
      cells([
        ["价格带", "支付件数占比"],
        ["0-50", "30%"],
        ["50以上", 70],
      ]),
      null
    );
    expect(units).toMatchObject({
      measure: "units",
      bands: [{ demand: 0.3 }, { demand: 0.7, high: Infinity }],
      problems: [],
    });
    const index = readPriceBands(
      cells([
        ["价格带", "交易指数"],
        ["0-50", 100],
        ["50以上", 400],
      ]),
      FIT
    );
    expect(index).toMatchObject({ measure: "value", bands: [{ demand: 1 / 9 }, { demand: 8 / 9 }] });
    expect(
      readPriceBands(
        cells([
          ["价格带", "交易指数"],
          ["0-50", 100],
        ]),
        null
      )
    ).toMatchObject({ lacking: "fit" });
    // A band without the share the others give: said to be lacking, never read as a band nobody buys in.
    const partial = cells([
      ["价格带", "支付件数占比"],
      ["0-50", "30%"],
      ["50以上", ""],
    ]);
    expect(readPriceBands(partial, null)).toMatchObject({ lacking: "shares" });
  });

  it("names a band that is not a band at its cell", () => {
    const read = readPriceBands(
      cells([
        ["价格带", "支付件数占比"],
        ["便宜", "30%"],
      ]),
      null
    );
    expect(read.problems.map((p) => [p.code, p.address, p.value])).toEqual([["notPriceBand", "A2", "便宜"]]);
  });
});

describe("the Market sheet read back by the diagnosis", () => {
  const header = ["发现", "对象", "依据", "建议增长点", "预估增长率", "增长率（低）", "增长率（高）"];
  const table = [
    header,
    ["有需求的价格带本店卖得少", "50-100", "依据", "布局", 0.3, 0.2, 0.4],
    ["A segment we draw but do not convert", "年龄 · 18-24岁", "evidence", "point", 3, 1, 4],
    ["Something else", "", "", "", 0.5, 0, 1],
  ];

  it("takes each finding by its words in either language, and what each rule was judged on from the mark", () => {
    const back = marketBack(table, "priceBandGap=judged;crowdLeaking=judged;searchTermMissing=titles;bogus=judged");
    expect(back.findings.map((f) => [f.rule, f.subject])).toEqual([
      ["priceBandGap", "50-100"],
      ["crowdLeaking", "年龄 · 18-24岁"],
    ]);
    expect(MARKET_DIAGNOSIS.priceBandGap(back)).toMatchObject({
      findings: [{ growthRate: 0.3, said: { evidence: "依据" } }],
    });
    // Growth is capped as every rule's is.
    expect(MARKET_DIAGNOSIS.crowdLeaking(back)).toMatchObject({ findings: [{ growthRate: 2 }] });
    expect(MARKET_DIAGNOSIS.searchTermMissing(back)).toEqual({ need: "productTitles", min: 1, have: [0] });
    expect(MARKET_DIAGNOSIS.marketOutgrowing(back)).toEqual({ need: "marketTable", min: 1, have: [0] });
    expect(MARKET_DIAGNOSIS.priceBandGap(null)).toEqual({ need: "marketTable", min: 1, have: [0] });
  });
});
