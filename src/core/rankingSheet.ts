/**
 * The Growth Ranking sheet planned as data: the ranking's table, its focus rows, the thresholds note, the rows that
 * could not be ranked with their problems, the chart, and what the command says. src/excel/rankingSheet.ts writes
 * it; the sentences are phrases the catalogues word (core/phrases.ts).
 */
import { RANKING_OUTPUT, columnNames } from "./contract";
import type { Language } from "./language";
import type { Phrase } from "./phrases";
import { phrase } from "./phrases";
import type { Problem } from "./problems";
import type { Ranking, TrackRecord } from "./ranking";
import { RANKING_FORMATS, rankingRows } from "./ranking";
import { freeTableName } from "./sheetNames";

type RankingKey = "rank.note" | "rank.median" | "rank.problemsTitle" | "rank.problemCell" | "rank.problemValue" | "rank.problemText" | "rank.chartTitle";
export type RankingOutcomeKey = "rank.done" | "rank.doneNoFocus" | "rank.skipped";

export interface RankingSheetPlan {
  readonly tableName: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
  readonly formats: readonly string[];
  readonly focusRows: readonly number[];
  readonly notes: readonly Phrase<RankingKey>[];
  /** The rows not ranked: one a problem, the problem itself worded by the catalogue's problem texts. */
  readonly problems: { readonly title: Phrase<RankingKey>; readonly headers: readonly Phrase<RankingKey>[]; readonly rows: readonly Problem[] } | null;
  readonly chart: { readonly title: Phrase<RankingKey>; readonly xTitle: string; readonly yTitle: string; readonly labels: readonly string[] };
}

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

export function planRankingSheet(input: RankingPlanInput): { sheet: RankingSheetPlan; message: Phrase<RankingOutcomeKey>; details: Phrase<RankingOutcomeKey>[] } {
  const { ranking, language } = input;
  const focus = ranking.rows.filter((r) => r.focus).map((r) => r.name);
  const count = ranking.rows.length;
  return {
    sheet: {
      tableName: freeTableName(RANKING_OUTPUT.tableName, input.tablesTaken),
      headers: columnNames(RANKING_OUTPUT.columns, language),
      rows: rankingRows(ranking, language, input.records),
      formats: RANKING_FORMATS,
      focusRows: ranking.rows.flatMap((r, i) => (r.focus ? [i] : [])),
      notes: [
        phrase("rank.note", {
          success: percent(ranking.successThreshold),
          growth: percent(ranking.growthThreshold),
          median: ranking.growthThresholdIsMedian ? phrase("rank.median") : "",
          focus: ranking.focusLimit,
        }),
      ],
      problems:
        input.problems.length === 0
          ? null
          : { title: phrase("rank.problemsTitle", { count: input.rejectedRows }), headers: [phrase("rank.problemCell"), phrase("rank.problemValue"), phrase("rank.problemText")], rows: input.problems },
      chart: {
        title: phrase("rank.chartTitle"),
        xTitle: RANKING_OUTPUT.columns.successRate[language],
        yTitle: RANKING_OUTPUT.columns.growthRate[language],
        labels: ranking.rows.map((r) => r.name),
      },
    },
    message: focus.length > 0 ? phrase("rank.done", { count, sheet: input.sheetName, focus }) : phrase("rank.doneNoFocus", { count, sheet: input.sheetName }),
    details: input.problems.length > 0 ? [phrase("rank.skipped", { count: input.rejectedRows })] : [],
  };
}
