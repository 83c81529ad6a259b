import { analyzeAds } from "../../../src/core/ads/adAnalysis";
import { COMMON_ROOTS, readWordRoots, rootTotals, wordRoots } from "../../../src/core/ads/roots";
import { AD_LATEST, adKeywordRows } from "../../fixtures/generators/adDetails";

const base = {
  windowDays: 7,
  wasteSpend: 5,
  itemBreakEven: new Map<string, number>(),
  breakEvenRoi: 2,
  planSpend: null,
};

describe("the keyword analysis", () => {
  it("judges only the days whose attribution has closed, and names the open ones", () => {
    const a = analyzeAds({ ...base, rows: adKeywordRows() });
    // 30 days with a 7-day window: the last 7 are open, 23 judged.
    expect(a?.closed).toEqual({ from: AD_LATEST - 29, to: AD_LATEST - 7 });
    expect(a?.open).toEqual({ from: AD_LATEST - 6, to: AD_LATEST });
    expect(a?.lines[0]).toMatchObject({ spend: 460, clicks: 460, impressions: 23000, cpc: 1, ctr: 0.02 });
    // A report no longer than its window has nothing closed to judge.
    const young = analyzeAds({ ...base, rows: adKeywordRows(7) });
    expect([young?.closed, young?.lines]).toEqual([null, []]);
  });

  it("finds exactly the seeded waste: no sale at or over the threshold, ROI under break-even and the peers' P25", () => {
    const a = analyzeAds({ ...base, rows: adKeywordRows() });
    expect(a?.roiP25).toBeCloseTo(2.5, 12);
    expect(a?.lines.filter((l) => l.waste).map((l) => [l.name, l.waste])).toEqual([
      ["半身裙 夏", "underBreakEven"],
      ["雪纺 衬衫", "noSale"],
    ]);
    // Two words × 20 a day × 23 closed days.
    expect(a?.wasted).toBe(920);
    // The item's own break-even, where the profit work gives one, is judged instead: at 3, 长款 半身裙 (2.5) is
    // under it but not under the peers' P25, so still not waste.
    const own = analyzeAds({ ...base, rows: adKeywordRows(), itemBreakEven: new Map([["600000000001", 3]]) });
    expect(own?.lines.filter((l) => l.waste).map((l) => l.name)).toEqual(["半身裙 夏", "雪纺 衬衫"]);
    // Spend under the threshold with no sale is not waste yet.
    const small = analyzeAds({ ...base, rows: adKeywordRows(), wasteSpend: 1000 });
    expect(small?.lines.find((l) => l.name === "雪纺 衬衫")?.waste).toBeNull();
  });

  it("reconciles the listed spend with the product report's plan spend within 1 %", () => {
    const rows = adKeywordRows();
    // 6 words × 20 × 23 closed days = 2,760.
    expect(analyzeAds({ ...base, rows, planSpend: () => new Map([["P1", 2780]]) })?.unreconciled).toEqual([]);
    expect(analyzeAds({ ...base, rows, planSpend: () => new Map([["P1", 3000]]) })?.unreconciled).toEqual([
      { planId: "P1", listed: 2760, report: 3000 },
    ]);
    expect(analyzeAds({ ...base, rows })?.unreconciled).toBeNull();
  });
});

describe("word roots", () => {
  it("split words by their spaces and the dictionary, and add up to the words exactly", () => {
    expect(wordRoots("碎花连衣裙", ["连衣裙"])).toEqual(["碎花", "连衣裙"]);
    expect(wordRoots("连衣裙 女 长款", [])).toEqual(["连衣裙", "女", "长款"]);
    const lines = analyzeAds({ ...base, rows: adKeywordRows() })?.lines ?? [];
    const roots = rootTotals(lines, ["连衣裙"]);
    const sum = (xs: readonly { spend: number; gmv: number }[], k: "spend" | "gmv") => xs.reduce((a, x) => a + x[k], 0);
    expect(sum(roots, "spend")).toBeCloseTo(sum(lines, "spend"), 9);
    expect(sum(roots, "gmv")).toBeCloseTo(sum(lines, "gmv"), 9);
    // 连衣裙 is in three words: half of 连衣裙 夏, a third of 连衣裙 女 长款, half of 碎花连衣裙.
    expect(roots.find((r) => r.root === "连衣裙")).toMatchObject({ words: 3 });
    expect(roots.find((r) => r.root === "连衣裙")?.spend).toBeCloseTo(460 / 2 + 460 / 3 + 460 / 2, 9);
  });

  it("cut by the shared dictionary the modifiers words carry, keeping the longer words that hold a short root", () => {
    expect(wordRoots("连衣裙女夏季新款", COMMON_ROOTS)).toEqual(["连衣裙", "女", "夏季", "新款"]);
    // 女童 and 男友 are roots of their own, not 女 + 童.
    expect(wordRoots("女童连衣裙", COMMON_ROOTS)).toEqual(["女童", "连衣裙"]);
    expect(wordRoots("送男友礼物", COMMON_ROOTS)).toEqual(["送", "男友", "礼物"]);
    // The operator's own root cuts what the dictionary cannot know.
    expect(wordRoots("碎花连衣裙女", [...COMMON_ROOTS, "连衣裙"])).toEqual(["碎花", "连衣裙", "女"]);
  });

  it("read the operator's Word Roots, each once, a blank root a problem at its cell", () => {
    const block = {
      sheet: "词根",
      firstRow: 0,
      firstColumn: 0,
      values: [
        ["词根", "备注"],
        ["连衣裙", "类目词"],
        ["连衣裙", ""],
        ["", "品牌词"],
      ],
    };
    const read = readWordRoots(block);
    expect(read.roots).toEqual(["连衣裙"]);
    expect(read.problems.map((p) => [p.code, p.address])).toEqual([["required", "A4"]]);
  });
});
