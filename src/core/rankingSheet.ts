/**
 * The Growth Ranking sheet planned as data: the ranking's table, its focus rows, the thresholds note, the rows that
 * could not be ranked with their problems, the chart, and what the command says. src/excel/sheetWriter.ts writes
 * it; the sentences are phrases the catalogues word (core/phrases.ts).
 */
import { RANKING_OUTPUT } from "./contract";
import type { Language } from "./language";
import type { Phrase } from "./phrases";
import { phrase } from "./phrases";
import type { Problem, ProblemCode } from "./problems";
import { problemLocation, problemPhrase } from "./problems";
import type { Ranking, TrackRecord } from "./ranking";
import { RANKING_FORMATS, rankingRows } from "./ranking";
import type { LinesBlock, ListBlock, SheetDescription, TableBlock } from "./sheetDescription";
import { columnLooks } from "./sheetDescription";
import { freeTableName } from "./sheetNames";

type RankingKey =
  | "rank.trackRecord"
  | "rank.note"
  | "rank.median"
  | "rank.problemsTitle"
  | "rank.problemCell"
  | "rank.problemValue"
  | "rank.problemText"
  | "rank.chartTitle"
  | `problem.${ProblemCode}`;
export type RankingOutcomeKey = "rank.done" | "rank.doneNoFocus" | "rank.skipped";
/** Words of the sheet: the operator's own (names, headers in the sheet's language) or phrases to word. */
export type RankingText = string | Phrase<RankingKey>;

export const FOCUS_FILL = "#FFF4CE";

export interface RankingPlanInput {
  readonly ranking: Ranking;
  readonly language: Language;
  readonly records: (name: string) => TrackRecord | undefined;
  /** Problems of the rows left out, and how many rows they are. */
  readonly problems: readonly Problem[];
  readonly rejectedRows: number;
  readonly tablesTaken: readonly string[];
  readonly sheetName: string;
}

const percent = (n: number) => `${Number((n * 100).toPrecision(4))}%`;

export function planRankingSheet(input: RankingPlanInput): {
  sheet: SheetDescription<RankingText>;
  message: Phrase<RankingOutcomeKey>;
  details: Phrase<RankingOutcomeKey>[];
} {
  const { ranking, language } = input;
  const focus = ranking.rows.filter((r) => r.focus).map((r) => r.name);
  const count = ranking.rows.length;
  const table: TableBlock<RankingText> = {
    kind: "table",
    tableName: freeTableName(RANKING_OUTPUT.tableName, input.tablesTaken),
    columns: columnLooks(RANKING_OUTPUT.columns, language, RANKING_FORMATS),
    rows: rankingRows(ranking, language, input.records),
    rowLooks: [{ rows: ranking.rows.flatMap((r, i) => (r.focus ? [i] : [])), fill: FOCUS_FILL, bold: true }],
    dataBars: ["score"],
    // Success rate (x) against growth rate (y), each point labelled with its growth point.
    chart: {
      kind: "XYScatter",
      columns: ["successRate", "growthRate"],
      title: phrase("rank.chartTitle"),
      axisTitles: { x: RANKING_OUTPUT.columns.successRate[language], y: RANKING_OUTPUT.columns.growthRate[language] },
      labels: ranking.rows.map((r) => r.name),
      fromRow: 1,
      rows: 19,
    },
  };
  const note: LinesBlock<RankingText> = {
    kind: "lines",
    style: "italic",
    lines: [
      [
        phrase("rank.note", {
          success: percent(ranking.successThreshold),
          growth: percent(ranking.growthThreshold),
          median: ranking.growthThresholdIsMedian ? phrase("rank.median") : "",
          focus: ranking.focusLimit,
        }),
      ],
    ],
  };
  const problems: ListBlock<RankingText> = {
    kind: "list",
    title: phrase("rank.problemsTitle", { count: input.rejectedRows }),
    headers: [phrase("rank.problemCell"), phrase("rank.problemValue"), phrase("rank.problemText")],
    rows: input.problems.map((p) => [problemLocation(p), p.value, problemPhrase(p)]),
  };
  return {
    sheet: {
      blocks: input.problems.length === 0 ? [table, note] : [table, note, problems],
      freezeHeader: true,
      activate: true,
    },
    message:
      focus.length > 0
        ? phrase("rank.done", { count, sheet: input.sheetName, focus })
        : phrase("rank.doneNoFocus", { count, sheet: input.sheetName }),
    details: input.problems.length > 0 ? [phrase("rank.skipped", { count: input.rejectedRows })] : [],
  };
}
