/** The Growth Ranking sheet planned as data (core/rankingSheet.ts): table, focus rows, phrases for the catalogues. */
import { RANKING_OUTPUT } from "../../src/core/contract";
import type { Problem } from "../../src/core/problems";
import type { GrowthPoint } from "../../src/core/ranking";
import { rankGrowthPoints } from "../../src/core/ranking";
import { planRankingSheet } from "../../src/core/rankingSheet";

const point = (name: string, successRate: number, growthRate: number, row: number): GrowthPoint => ({ name, successRate, growthRate, owner: null, deadline: null, row, order: row });
const ranking = rankGrowthPoints([point("Main image", 0.7, 0.25, 1), point("Live", 0.2, 0.6, 2), point("Reviews", 0.75, 0.05, 3)], { focusLimit: 1, successThreshold: 0.5, growthThreshold: "median" });
const base = { ranking, language: "en-US" as const, records: () => undefined, problems: [], rejectedRows: 0, tablesTaken: [], sheetName: "Growth Ranking" };

describe("the ranking sheet's plan", () => {
  it("tables the ranking by the contract's columns, marks the focus rows and names the chart's axes", () => {
    const { sheet } = planRankingSheet(base);
    expect(sheet.headers).toEqual(Object.values(RANKING_OUTPUT.columns).map((c) => c["en-US"]));
    expect(sheet.rows.map((r) => r[1])).toEqual(ranking.rows.map((r) => r.name));
    expect(sheet.focusRows).toEqual([0]);
    expect(sheet.chart).toMatchObject({ xTitle: "Success rate", yTitle: "Growth rate", labels: ranking.rows.map((r) => r.name), title: { key: "rank.chartTitle" } });
    expect(planRankingSheet({ ...base, tablesTaken: ["growthranking"] }).sheet.tableName).toBe("GrowthRanking2");
  });

  it("says the thresholds, with the median marked, and the focus as a list to join", () => {
    const { sheet, message, details } = planRankingSheet(base);
    expect(sheet.notes[0]?.params).toEqual({ success: "50%", growth: `${Number((ranking.growthThreshold * 100).toPrecision(4))}%`, median: { key: "rank.median", params: {} }, focus: 1 });
    expect(message).toEqual({ key: "rank.done", params: { count: 3, sheet: "Growth Ranking", focus: [ranking.rows[0]?.name] } });
    expect(details).toEqual([]);
  });

  it("lists the rows not ranked with their problems, and says how many", () => {
    const problem: Problem = { code: "notRate", sheet: "Growth Points", address: "B4", value: "abc", field: "Success rate" };
    const { sheet, details } = planRankingSheet({ ...base, problems: [problem], rejectedRows: 1 });
    expect(sheet.problems?.rows).toEqual([problem]);
    expect(sheet.problems?.title).toEqual({ key: "rank.problemsTitle", params: { count: 1 } });
    expect(details).toEqual([{ key: "rank.skipped", params: { count: 1 } }]);
  });

  it("says there is nothing to focus on when no point scores above zero", () => {
    const none = rankGrowthPoints([point("Flat", 0, 0, 1)], { focusLimit: 2, successThreshold: 0.5, growthThreshold: 0.1 });
    expect(planRankingSheet({ ...base, ranking: none }).message.key).toBe("rank.doneNoFocus");
  });
});
