/** The Growth Ranking sheet planned as data (core/rankingSheet.ts): table, focus rows, phrases for the catalogues. */
import { RANKING_OUTPUT } from "../../src/core/contract";
import type { Problem } from "../../src/core/problems";
import type { GrowthPoint } from "../../src/core/ranking";
import { rankPoints } from "../../src/core/ranking";
import { FOCUS_FILL, planRankingSheet } from "../../src/core/rankingSheet";
import type { LinesBlock, ListBlock, OutputBlock, TableBlock } from "../../src/core/sheetDescription";
import { keyedColumn } from "../../src/core/sheetDescription";

const point = (name: string, successRate: number, growthRate: number, row: number): GrowthPoint => ({
  name,
  successRate,
  growthRate,
  owner: null,
  deadline: null,
  row,
  order: row,
});
const ranking = rankPoints(
  [point("Main image", 0.7, 0.25, 1), point("Live", 0.2, 0.6, 2), point("Reviews", 0.75, 0.05, 3)],
  { focusLimit: 1, successThreshold: 0.5, growthThreshold: "median" }
);
const base = {
  ranking,
  language: "en-US" as const,
  records: () => undefined,
  problems: [],
  rejectedRows: 0,
  tablesTaken: [],
  sheetName: "Growth Ranking",
};

function blocks<T>(all: readonly OutputBlock<T>[]): {
  table: TableBlock<T>;
  note: LinesBlock<T>;
  problems: ListBlock<T> | undefined;
} {
  const [table, note, problems] = all;
  if (table?.kind !== "table" || note?.kind !== "lines" || (problems && problems.kind !== "list"))
    throw new Error(`unexpected blocks: ${all.map((b) => b.kind).join(", ")}`);
  return { table, note, problems };
}

describe("the ranking sheet's plan", () => {
  it("tables the ranking by the contract's columns, marks the focus rows and names the chart's axes", () => {
    const { sheet } = planRankingSheet(base);
    const { table } = blocks(sheet.blocks);
    expect(table.columns.map((c) => c.header)).toEqual(Object.values(RANKING_OUTPUT.columns).map((c) => c["en-US"]));
    expect(table.rows.map((r) => r[1])).toEqual(ranking.rows.map((r) => r.name));
    expect(table.rowLooks).toEqual([{ rows: [0], fill: FOCUS_FILL, bold: true }]);
    expect(table.chart).toMatchObject({
      axisTitles: { x: "Success rate", y: "Growth rate" },
      labels: ranking.rows.map((r) => r.name),
      title: { key: "rank.chartTitle" },
    });
    expect(table.dataBars).toEqual(["score"]);
    expect(sheet).toMatchObject({ freezeHeader: true, activate: true });
    expect(blocks(planRankingSheet({ ...base, tablesTaken: ["growthranking"] }).sheet.blocks).table.tableName).toBe(
      "GrowthRanking2"
    );
  });

  it("charts two columns that stand side by side, x before y, as a scatter needs", () => {
    const { table } = blocks(planRankingSheet(base).sheet.blocks);
    const [x, y] = (table.chart?.columns ?? []).map((key) => keyedColumn(table, key));
    expect(x).toBeGreaterThanOrEqual(0);
    expect(y).toBe((x ?? -2) + 1);
  });

  it("formats rates and score as percents and the deadline as a date", () => {
    const { table } = blocks(planRankingSheet(base).sheet.blocks);
    const format = (key: string) => table.columns.find((c) => c.key === key)?.format;
    expect([
      format("successRate"),
      format("growthRate"),
      format("score"),
      format("deadline"),
      format("growthPoint"),
    ]).toEqual(["0%", "0%", "0.0%", "yyyy-mm-dd", "@"]);
  });

  it("says the thresholds, with the median marked, and the focus as a list to join", () => {
    const { sheet, message, details } = planRankingSheet(base);
    const { note, problems } = blocks(sheet.blocks);
    expect(note.lines[0]?.[0]).toEqual({
      key: "rank.note",
      params: {
        success: "50%",
        growth: `${Number((ranking.growthThreshold * 100).toPrecision(4))}%`,
        median: { key: "rank.median", params: {} },
        focus: 1,
      },
    });
    expect(problems).toBeUndefined();
    expect(message).toEqual({
      key: "rank.done",
      params: { count: 3, sheet: "Growth Ranking", focus: [ranking.rows[0]?.name] },
    });
    expect(details).toEqual([]);
  });

  it("lists the rows not ranked with their problems, and says how many", () => {
    const problem: Problem = {
      code: "notRate",
      sheet: "Growth Points",
      address: "B4",
      value: "abc",
      field: "Success rate",
    };
    const { sheet, details } = planRankingSheet({ ...base, problems: [problem], rejectedRows: 1 });
    const { problems } = blocks(sheet.blocks);
    expect(problems?.rows).toEqual([
      [
        "'Growth Points'!B4",
        "abc",
        { key: "problem.notRate", params: { field: "Success rate", value: "abc", address: "B4" } },
      ],
    ]);
    expect(problems?.title).toEqual({ key: "rank.problemsTitle", params: { count: 1 } });
    expect(details).toEqual([{ key: "rank.skipped", params: { count: 1 } }]);
  });

  it("says there is nothing to focus on when no point scores above zero", () => {
    const none = rankPoints([point("Flat", 0, 0, 1)], { focusLimit: 2, successThreshold: 0.5, growthThreshold: 0.1 });
    expect(planRankingSheet({ ...base, ranking: none }).message.key).toBe("rank.doneNoFocus");
  });
});
