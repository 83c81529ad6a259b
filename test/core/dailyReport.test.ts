/** The day's report text (core/dailyReport.ts), worded by each catalogue and cut to a phone's length. */
import type { ReportInput } from "../../src/core/dailyReport";
import { REPORT_MAX_CHARS, logEntry, reportText } from "../../src/core/dailyReport";
import { say, translator } from "../../src/wording";

const words = (language: "en-US" | "zh-CN") => (said: Parameters<typeof say>[1]) => say(translator(language), said);
// 2026-11-24 is a Tuesday.
const DATE = 46350;
const input: ReportInput = {
  date: DATE,
  metrics: [
    { metric: "gmv", today: 1200, dayBefore: 1000, weekBefore: null },
    { metric: "conversion", today: 0.031, dayBefore: 0.03, weekBefore: 0.031 },
  ],
  goals: [{ name: "CTR to 6%", status: "Behind" }],
  report: { planned: 4, done: 3, unscheduled: ["Live"], notes: ["shot images", "asked supplier"] },
  unfinished: ["Reply reviews"],
};

describe("the daily report", () => {
  it("gives the profit of the latest day the Profit sheet holds up to the report's, named by its date", () => {
    const profit = new Map([
      [DATE - 2, { netSales: 1000, profit: 120, orders: 10, adSpend: 50 }],
      [DATE - 1, { netSales: 1200, profit: 90, orders: 12, adSpend: 80 }],
      [DATE + 1, { netSales: 9999, profit: 9999, orders: 1, adSpend: 0 }],
    ]);
    expect(reportText({ ...input, profit }, words("en-US")).split("\n")).toContain(
      "Profit 2026-11-23: 90.00, margin 7.50%"
    );
    expect(reportText({ ...input, profit }, words("zh-CN")).split("\n")).toContain(
      "利润（2026-11-23）：90.00，利润率 7.50%"
    );
    // No Profit sheet, or none of its days before the report's: no line, rather than a profit of another period.
    expect(reportText(input, words("en-US"))).not.toContain("Profit");
    const later = new Map([[DATE + 1, { netSales: 1, profit: 1, orders: 1, adSpend: 0 }]]);
    expect(reportText({ ...input, profit: later }, words("en-US"))).not.toContain("Profit");
  });

  it("names the products that run out before new stock arrives, with their days of cover", () => {
    const stockOuts = [
      { product: "A1", cover: 6 },
      { product: "A2", cover: 2.25 },
    ];
    expect(reportText({ ...input, stockOuts }, words("en-US")).split("\n")).toContain(
      "Runs out before new stock arrives: A1 (6.0 days of cover) and A2 (2.3 days of cover)"
    );
    expect(reportText({ ...input, stockOuts }, words("zh-CN")).split("\n")).toContain(
      "新货到达前会断货：A1（可售 6.0 天）、A2（可售 2.3 天）"
    );
    expect(reportText({ ...input, stockOuts: [] }, words("en-US"))).not.toContain("Runs out");
  });

  it("names what the words and crowds Analyze ads found wasting spent on the ad report's latest day", () => {
    const line = (name: string, latestSpend: number, waste: boolean) => ({
      name,
      spend: 400,
      orders: 0,
      gmv: 0,
      roi: null,
      breakEven: 2,
      waste,
      latestSpend,
    });
    const lines = [
      line("雪纺 衬衫", 20, true),
      line("半身裙 夏", 12.5, true),
      line("连衣裙 夏", 30, false),
      line("拉新", 0, true),
    ];
    const ads = { latest: DATE - 1, lines };
    // 20 + 12.5 from the two wasting lines that spent that day; the good word and the idle one are not counted.
    expect(reportText({ ...input, ads }, words("en-US")).split("\n")).toContain(
      "Ads on 2026-11-23: 32.50 went to 2 words and crowds Analyze ads found wasting (雪纺 衬衫 and 半身裙 夏): pause or negate them"
    );
    expect(reportText({ ...input, ads }, words("zh-CN")).split("\n")).toContain(
      "2026-11-23 推广：32.50 花在推广分析判定为浪费的 2 个关键词和人群上（雪纺 衬衫、半身裙 夏）：请暂停或否词"
    );
    // An analysis whose latest day is over a week before the report's is not this week's to act on.
    expect(reportText({ ...input, ads: { latest: DATE - 7, lines } }, words("en-US"))).not.toContain("Ads on");
  });

  it("says each figure against the day before and last same weekday, in percent or points, in English", () => {
    expect(reportText(input, words("en-US")).split("\n")).toEqual([
      "Daily report 2026-11-24",
      "GMV 1,200.00 (vs the day before +20.0%)",
      "Conversion 3.10% (vs the day before +0.10 pt, vs last Tue 0.00 pt)",
      "Goals behind or at risk: CTR to 6% (Behind)",
      "Slots done: 3 of 4. Unfinished: Reply reviews",
      "Notes: shot images, asked supplier",
    ]);
  });

  it("reads as Chinese operators write it, with Chinese punctuation and no spaces between sentences", () => {
    expect(reportText(input, words("zh-CN")).split("\n")).toEqual([
      "日报 2026-11-24",
      "支付金额 1,200.00（较前一天 +20.0%）",
      "转化率 3.10%（较前一天 +0.10个百分点、较上周二 0.00个百分点）",
      "落后或有风险的目标：CTR to 6%（Behind）",
      "完成时段：3/4。未完成：Reply reviews",
      "备注：shot images、asked supplier",
    ]);
  });

  it("marks the day's ad ROI provisional, with the report's attribution window, and never compares it", () => {
    const withAds = {
      ...input,
      metrics: [{ metric: "roi" as const, today: 0.8, dayBefore: 2.5, weekBefore: 3 }],
      attributionDays: 7,
    };
    expect(reportText(withAds, words("en-US")).split("\n")[1]).toBe(
      "Ad ROI 0.80 (provisional: 万相台 attributes sales to a click over 7 days)"
    );
    expect(reportText({ ...withAds, attributionDays: null }, words("zh-CN")).split("\n")[1]).toBe(
      "推广ROI 0.80（暂定：万相台在 15 天内持续把成交归因到点击）"
    );
  });

  it("says there is no Store Metrics yet rather than leaving the figures out silently", () => {
    expect(reportText({ ...input, metrics: null }, words("en-US"))).toContain("No Store Metrics yet");
  });

  it("says in its place why a figure is missing: how far Store Metrics reaches, or that it never held it", () => {
    const gaps: ReportInput = {
      ...input,
      metrics: [
        { metric: "gmv", today: null, dayBefore: 1000, weekBefore: null, reaches: DATE - 1 },
        { metric: "visitors", today: null, dayBefore: null, weekBefore: null, reaches: DATE + 2 },
        { metric: "roi", today: null, dayBefore: null, weekBefore: null, reaches: null },
      ],
    };
    expect(reportText(gaps, words("en-US")).split("\n").slice(1, 4)).toEqual([
      "GMV: none for 2026-11-24 (Store Metrics reaches 2026-11-23)",
      "Visitors: none for 2026-11-24 (Store Metrics reaches 2026-11-26)",
      "Ad ROI: not in Store Metrics",
    ]);
    expect(reportText(gaps, words("zh-CN")).split("\n")[1]).toBe(
      "支付金额：2026-11-24 无数据（店铺指标到 2026-11-23）"
    );
  });

  it("words a rate's change in points the same way the weekly review does, rounding −0.004 pt to 0.00", () => {
    const tiny = {
      ...input,
      metrics: [{ metric: "conversion" as const, today: 0.03, dayBefore: 0.03004, weekBefore: 0.0294 }],
    };
    expect(reportText(tiny, words("en-US")).split("\n")[1]).toBe(
      "Conversion 3.00% (vs the day before 0.00 pt, vs last Tue +0.06 pt)"
    );
  });

  it("keeps to the phone's length, cutting the notes first and then the lists", () => {
    const long = {
      ...input,
      report: { ...input.report, notes: Array.from({ length: 80 }, (_, i) => `note ${i} about the day`) },
      unfinished: Array.from({ length: 40 }, (_, i) => `task ${i}`),
    };
    const text = reportText(long, words("en-US"));
    expect(text.length).toBeLessThanOrEqual(REPORT_MAX_CHARS);
    expect(text).toContain("GMV 1,200.00");
    expect(text).toMatch(/Notes: .*…/);
  });

  it("logs the day with its lists joined the language's way", () => {
    const entry = logEntry(DATE, { ...input.report, unscheduled: ["A", "B"] }, words("zh-CN"), "summary");
    expect([entry.unscheduled, entry.notes, entry.completion]).toEqual(["A、B", "shot images；asked supplier", 0.75]);
  });
});
