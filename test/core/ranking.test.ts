import type { GrowthPoint, RankingOptions } from "../../src/core/ranking";
import { median, rankPoints, rankingRows } from "../../src/core/ranking";
import { say, translator } from "../../src/wording";

const DEFAULTS: RankingOptions = { focusLimit: 2, successThreshold: 0.5, growthThreshold: "median" };

let order = 0;
const point = (name: string, successRate: number, growthRate: number): GrowthPoint => ({
  name,
  successRate,
  growthRate,
  owner: null,
  deadline: null,
  row: order + 1,
  order: order++,
});

beforeEach(() => {
  order = 0;
});

describe("ranking growth points", () => {
  it.each([
    [0.7, 0.25, 0.175],
    [0.5, 0, 0],
    [1, 1.5, 1.5],
  ])("scores success %d × growth %d = %d", (success, growth, score) => {
    expect(rankPoints([point("a", success, growth)], DEFAULTS).rows[0]?.score).toBeCloseTo(score, 12);
  });

  it("sorts by score, gives equal scores one rank (1, 2, 2, 4), and orders ties by success rate then input order", () => {
    const ranking = rankPoints(
      [
        point("low", 0.1, 0.1),
        point("tieA", 0.5, 0.35),
        point("top", 0.9, 0.5),
        point("tieB", 0.7, 0.25),
        point("tieC", 0.5, 0.35),
      ],
      DEFAULTS
    );
    expect(ranking.rows.map((r) => [r.rank, r.name])).toEqual([
      [1, "top"],
      [2, "tieB"],
      [2, "tieA"],
      [2, "tieC"],
      [5, "low"],
    ]);
  });

  it("treats products that differ only in floating-point noise as equal (10% × 45% and 30% × 15%)", () => {
    expect(0.1 * 0.45 === 0.3 * 0.15).toBe(false);
    const ranking = rankPoints([point("a", 0.1, 0.45), point("b", 0.3, 0.15)], DEFAULTS);
    expect(ranking.rows.map((r) => [r.rank, r.name])).toEqual([
      [1, "b"],
      [1, "a"],
    ]);
  });

  it.each([
    [1, ["a"]],
    [2, ["a", "b"]],
    [5, ["a", "b", "c"]],
  ])("marks the top %i rows with a positive score as focus", (focusLimit, focused) => {
    const ranking = rankPoints(
      [point("a", 0.9, 0.5), point("b", 0.5, 0.5), point("c", 0.2, 0.1), point("zero", 0.9, 0)],
      { ...DEFAULTS, focusLimit }
    );
    expect(ranking.rows.filter((r) => r.focus).map((r) => r.name)).toEqual(focused);
  });

  it.each([
    ["quickWin", 0.8, 0.3],
    ["safeBet", 0.8, 0.1],
    ["longShot", 0.2, 0.3],
    ["deprioritize", 0.2, 0.1],
    ["quickWin", 0.5, 0.2],
  ])(
    "puts a point in %s (success %d, growth %d) against 50% and a 20% growth threshold",
    (quadrant, success, growth) => {
      const ranking = rankPoints([point("x", success, growth)], { ...DEFAULTS, growthThreshold: 0.2 });
      expect(ranking.rows[0]?.quadrant).toBe(quadrant);
    }
  );

  it("uses the median growth rate when no growth threshold is set", () => {
    const ranking = rankPoints(
      [point("a", 0.9, 0.1), point("b", 0.9, 0.3), point("c", 0.9, 0.2), point("d", 0.9, 0.4)],
      DEFAULTS
    );
    expect(ranking.growthThreshold).toBeCloseTo(0.25, 12);
    expect(ranking.growthThresholdIsMedian).toBe(true);
    expect(Object.fromEntries(ranking.rows.map((r) => [r.name, r.quadrant]))).toEqual({
      a: "safeBet",
      b: "quickWin",
      c: "safeBet",
      d: "quickWin",
    });
  });

  it.each([
    [[], 0],
    [[3], 3],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
  ])("the median of %j is %d", (values, m) => {
    expect(median(values)).toBe(m);
  });

  it("writes rows in the output column order, in the UI language", () => {
    const ranking = rankPoints([{ ...point("主图", 0.7, 0.25), owner: "小王", deadline: 46357 }], DEFAULTS);
    expect(rankingRows(ranking, "zh-CN")).toEqual([
      [1, "主图", 0.7, 0.25, 0.7 * 0.25, "重点突破", "★", "小王", 46357, ""],
    ]);
    const record = rankingRows(ranking, "zh-CN", () => ({ achieved: 2, ended: 3 }))[0]?.[9];
    expect(typeof record === "object" && say(translator("zh-CN"), record)).toBe("达成 2/3");
    expect(rankingRows(ranking, "en-US")[0]?.[5]).toBe("Quick win");
  });
});

describe("ranking many points", () => {
  it("orders 20,000 points exactly as the rules say, ties included", () => {
    const points = Array.from({ length: 20_000 }, (_, i) =>
      point(`p${i}`, ((i * 37) % 101) / 100, ((i * 53) % 41) / 20)
    );
    const rows = rankPoints(points, DEFAULTS).rows;
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1]!, rows[i]!];
      const sameScore = Math.abs(a.score - b.score) < 1e-9;
      expect(
        sameScore
          ? a.successRate > b.successRate || (a.successRate === b.successRate && a.order < b.order)
          : a.score > b.score
      ).toBe(true);
      expect(b.rank).toBe(sameScore ? a.rank : i + 1);
    }
  });

  it("falls back to a comparator sort for scores too large to pack, with the same result", () => {
    const points = [point("huge", 1, 1e9), point("big", 1, 5e8), point("tie1", 0.5, 2), point("tie2", 1, 1)];
    expect(rankPoints(points, DEFAULTS).rows.map((r) => [r.rank, r.name])).toEqual([
      [1, "huge"],
      [2, "big"],
      [3, "tie2"],
      [3, "tie1"],
    ]);
  });
});
