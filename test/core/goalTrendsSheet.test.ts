/** The Goal Trends sheet planned as data (core/goalTrends.ts): a block and a line chart per goal. */
import type { GoalTrend } from "../../src/core/goalTrends";
import { planGoalTrendsSheet } from "../../src/core/goalTrends";
import { blockTops } from "../../src/core/sheetDescription";

const trend = (title: string, days: number): GoalTrend => ({
  title,
  metric: "conversion",
  rows: Array.from({ length: days }, (_, i) => [46300 + i, i < 2 ? 0.02 + i / 1000 : "", 0.02 + i / 500] as const),
});

describe("the Goal Trends sheet's plan", () => {
  it("gives each goal a titled Date / Actual / Plan block with a line chart of Actual against Plan over the dates", () => {
    const sheet = planGoalTrendsSheet([trend("CVR to 3%", 5), trend("CVR to 4%", 30)], 0, "en-US");
    const [first, second] = sheet.blocks;
    if (first?.kind !== "table" || second?.kind !== "table") throw new Error("unexpected blocks");
    expect(first.title).toBe("CVR to 3%");
    expect(first.tableName).toBeNull();
    expect(first.columns.map((c) => [c.header, c.format])).toEqual([
      ["Date", "yyyy-mm-dd"],
      ["Actual", "0.00%"],
      ["Plan", "0.00%"],
    ]);
    expect(first.chart).toMatchObject({
      kind: "Line",
      columns: ["actual", "plan"],
      categories: "date",
      title: "CVR to 3%",
    });
    expect(sheet).toMatchObject({ freezeHeader: false, activate: false });
  });

  it("spaces the blocks so a chart never overlaps the next: a short block as tall as its chart, a long one as its rows", () => {
    const sheet = planGoalTrendsSheet([trend("A", 5), trend("B", 30), trend("C", 1)], 0, "en-US");
    expect(blockTops(sheet.blocks)).toEqual([0, 16, 16 + 33]);
  });

  it("sets the columns' widths once, on the first block, and never fits them to the titles", () => {
    const [first, second] = planGoalTrendsSheet([trend("A", 5), trend("B", 5)], 0, "zh-CN").blocks;
    expect(first?.kind === "table" && first.columns.map((c) => c.width)).toEqual([72, 64, 64]);
    expect(second?.kind === "table" && second.columns.map((c) => c.width)).toEqual([undefined, undefined, undefined]);
    expect(second?.kind === "table" && second.fitColumns).toBe(false);
  });

  it("says how many goals were left out, under the last block", () => {
    const sheet = planGoalTrendsSheet([trend("A", 5)], 3, "en-US");
    expect(sheet.blocks[1]).toEqual({
      kind: "lines",
      style: "italic",
      lines: [[{ key: "goals.trendsLeft", params: { count: 3 } }]],
    });
  });
});
