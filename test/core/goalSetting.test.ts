/** Goals for focus points: the metric from the point's words, the 7-day baseline, the target by the growth rate. */
import { goalInputRow, goalName, goalsForFocus, metricFromWords } from "../../src/core/goalSetting";
import { diagnose } from "../../src/core/diagnosis";
import type { Phrase } from "../../src/core/phrases";
import type { MessageKey } from "../../src/wording";
import { say, translator } from "../../src/wording";

const TODAY = 46350;
const days = new Map(
  Array.from({ length: 10 }, (_, i) => [
    TODAY - 10 + i,
    { visitors: 1000 + i * 10, payingBuyers: 30, clicks: 350, impressions: 10000, refunds: 60, gmv: 3000 },
  ])
);

describe("metricFromWords", () => {
  it.each([
    ["主图优化", "ctr"],
    ["Main image and title", "ctr"],
    ["详情页优化与催付", "conversion"],
    ["Detail page: 连衣裙 A", "conversion"],
    ["搭配套餐与满减", "aov"],
    ["直通车关键词", "roi"],
    ["Ad bids and keywords", "roi"],
    ["退款原因分析", "refundRate"],
    ["Refund reasons", "refundRate"],
    ["拉新流量", "visitors"],
    ["直播带货", null],
  ])("%s → %s", (words, metric) => {
    expect(metricFromWords(words)).toBe(metric);
  });
});

describe("goalsForFocus", () => {
  it("starts from the last 7 days (ratios from sums, counts per day) and moves the target by the growth rate", () => {
    const goals = goalsForFocus(
      [
        { name: "主图优化", growthRate: 0.2, deadline: TODAY + 10 },
        { name: "拉新流量", growthRate: 0.1, deadline: TODAY - 1 },
        { name: "退款原因分析", growthRate: 0.25, deadline: null },
      ],
      new Set(),
      days,
      TODAY
    );
    expect(goals[0]).toMatchObject({ kind: "goal", metric: "ctr", start: TODAY, deadline: TODAY + 10 });
    expect(goals[0]?.kind === "goal" && goals[0].baseline).toBeCloseTo(0.035, 12);
    expect(goals[0]?.kind === "goal" && goals[0].target).toBeCloseTo(0.042, 12);
    // Visitors over the last 7 days (1,030 … 1,090) average 1,060 a day; a past deadline becomes a week on.
    expect(goals[1]).toMatchObject({ kind: "goal", metric: "visitors", baseline: 1060, deadline: TODAY + 7 });
    expect(goals[1]?.kind === "goal" && goals[1].target).toBeCloseTo(1166, 9);
    // Refund rate goes down: 2% → 1.5%.
    expect(goals[2]?.kind === "goal" && goals[2].target).toBeCloseTo(0.015, 12);
  });

  it("holds a growth-rate target to the best 7-day level the shop held, and says so", () => {
    // Conversion 4% for two weeks, then 2.5% for the last week: +100% would be 5%, past anything the shop did.
    const fell = new Map(
      Array.from({ length: 21 }, (_, i) => [
        TODAY - 21 + i,
        { visitors: 1000, payingBuyers: i < 14 ? 40 : 25, gmv: 3000 },
      ])
    );
    const [goal] = goalsForFocus([{ name: "详情页优化与催付", growthRate: 1, deadline: null }], new Set(), fell, TODAY);
    expect(goal).toMatchObject({
      kind: "goal",
      metric: "conversion",
      baseline: 0.025,
      target: 0.04,
      level: { kind: "capped", level: 0.04 },
    });
    expect(goal?.kind === "goal" && goal.level?.date).toBe(TODAY - 8);
    // Within the best level, the growth rate's target as it is.
    const [within] = goalsForFocus(
      [{ name: "详情页优化与催付", growthRate: 0.2, deadline: null }],
      new Set(),
      fell,
      TODAY
    );
    expect(within).toMatchObject({ target: 0.03 });
    expect(within?.kind === "goal" && within.level).toBeUndefined();
  });

  it("sets the diagnosis' level exactly when the growth rate is the diagnosis' own estimate", () => {
    // The case: conversion fell from its level; the diagnosis estimates the way back from the last 7 days.
    const fell = new Map(
      Array.from({ length: 17 }, (_, i) => [
        TODAY - 17 + i,
        { visitors: 1000, payingBuyers: i < 14 ? 44 : 28, gmv: 3000 },
      ])
    );
    const d = diagnose({ days: fell, orders: null, products: null, breakEvenRoi: 2, adSpendThreshold: 100 });
    const finding = d?.findings.find((f) => f.rule === "conversionFalling");
    if (!finding) throw new Error("no finding");
    const [goal] = goalsForFocus(
      [{ name: "详情页优化与催付", growthRate: finding.growthRate, deadline: null }],
      new Set(),
      fell,
      TODAY
    );
    expect(goal?.kind === "goal" && goal.target).toBeCloseTo(finding.facts["before"] ?? NaN, 12);
    expect(goal?.kind === "goal" && goal.target).toBeLessThanOrEqual((finding.facts["before"] ?? 0) + 1e-12);
  });

  it("skips points with an open goal, and marks points with no metric or no data", () => {
    const goals = goalsForFocus(
      [
        { name: "主图优化", growthRate: 0.2, deadline: null },
        { name: "直播带货", growthRate: 0.3, deadline: null },
        { name: "直通车关键词", growthRate: 0.1, deadline: null },
      ],
      new Set(["主图优化"]),
      days,
      TODAY
    );
    expect(goals.map((g) => [g.point, g.kind])).toEqual([
      ["直播带货", "noMetric"],
      ["直通车关键词", "noData"],
    ]);
  });

  it("names the goal as an operator writes it", () => {
    const [goal] = goalsForFocus(
      [{ name: "Main image and title", growthRate: 0.2, deadline: TODAY + 7 }],
      new Set(),
      days,
      TODAY
    );
    if (!goal) throw new Error("no goal");
    expect(say(translator("en-US"), goalName(goal, "en-US"))).toBe("CTR 3.50% → 4.20% by 2026-12-01");
    expect(say(translator("zh-CN"), goalName(goal, "zh-CN"))).toBe("2026-12-01 前点击率从 3.50% 到 4.20%");
  });

  describe("a new goal's row under the Goals input's headers", () => {
    const headers = ["Goal", "Growth point", "Metric", "Baseline", "Target", "Start", "Deadline", "My notes", "Note"];
    const move = {
      kind: "goal" as const,
      point: "Main image",
      metric: "ctr" as const,
      baseline: 0.035,
      target: 0.042,
      start: 46349,
      deadline: 46357,
    };

    it("puts each field under its header, figures in the metric's unit and dates as dates, the operator's own column left blank", () => {
      const { row, formats } = goalInputRow(move, headers, 8, 9, "en-US");
      expect(row.slice(1, 8)).toEqual(["Main image", "CTR", 0.035, 0.042, 46349, 46357, ""]);
      expect(row[0]).toMatchObject({ key: "goal.name.move" });
      expect(row[8]).toBe("");
      expect(formats).toEqual(["@", "@", "@", "0.00%", "0.00%", "yyyy-mm-dd", "yyyy-mm-dd", "General", "@"]);
    });

    it("notes why a goal was left for the operator to fill in, and names it by its point and deadline", () => {
      const { row, formats } = goalInputRow(
        { kind: "noMetric", point: "Live streams", start: 46349, deadline: 46357 },
        headers,
        8,
        9,
        "zh-CN"
      );
      expect(row[8]).toEqual({ key: "goal.note.noMetric", params: {} });
      expect(say(translator("zh-CN"), row[0] as Phrase<MessageKey>)).toBe("Live streams（2026-12-01 前）");
      expect(formats[3]).toBe("General");
    });
  });
});
