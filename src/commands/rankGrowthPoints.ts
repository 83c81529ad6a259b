/**
 * "Rank growth points": Growth Points (+ Settings) → Growth Ranking, in three round trips whatever the number
 * of rows: names; input cells and sheet marks; the whole output.
 */
import { INPUTS, RANKING_OUTPUT } from "../core/contract";
import type { Problem } from "../core/problems";
import { GROWTH_POINT_FIELDS, RANKING_FORMATS, growthPointsFrom, rankGrowthPoints as rank, rankingRows } from "../core/ranking";
import { headersMatch, readRecords } from "../core/records";
import { readSettings } from "../core/settings";
import { freeTableName } from "../core/sheetNames";
import { noInputProblem, planInput, planOutputSheet, severalInputsProblem } from "../core/workbookPlan";
import { queueRankingSheet } from "../excel/rankingSheet";
import { queueBlockRead, queueDetailsRead, queueOutputSheet, outlineNames, readOutline } from "../excel/workbook";
import type { Translate } from "../i18n";
import { joinList } from "../i18n";
import { problemLocation, problemMessage } from "../i18n/problems";
import type { CommandEnvironment } from "./environment";
import type { Outcome } from "./outcome";
import { detailsWithProblems, excelCommand } from "./outcome";

/** The mark on the sheet this command owns. */
export const RANKING_OWNER = "growthRanking";

const percent = (n: number) => `${Number((n * 100).toPrecision(4))}%`;

function failed(t: Translate, problems: readonly Problem[]): Outcome {
  return { ok: false, message: t("rank.failed"), ...detailsWithProblems([], problems, t) };
}


export function rankGrowthPoints(env: CommandEnvironment): Promise<Outcome> {
  return excelCommand(env, async (context, { language, t }): Promise<Outcome> => {
    const outline = await readOutline(context);
    const names = outlineNames(outline);
    const pointsSource = planInput(INPUTS.growthPoints, names);
    const settingsSource = planInput(INPUTS.settings, names);
    if (pointsSource.from === "several") return failed(t, [severalInputsProblem(INPUTS.growthPoints, pointsSource.names, language)]);
    if (settingsSource.from === "several") return failed(t, [severalInputsProblem(INPUTS.settings, settingsSource.names, language)]);

    const pointsRead = queueBlockRead(context, pointsSource);
    // The active sheet is a fallback for the input being run, never for Settings.
    const settingsRead = settingsSource.from === "activeSheet" ? null : queueBlockRead(context, settingsSource);
    const details = queueDetailsRead(context, outline);
    await context.sync();

    const block = pointsRead.read();
    if (!block || (pointsSource.from === "activeSheet" && !headersMatch(block, GROWTH_POINT_FIELDS))) {
      if (pointsSource.from === "activeSheet") {
        return failed(t, [noInputProblem(INPUTS.growthPoints, outline.activeSheet, language)]);
      }
      return failed(t, [{ code: "noHeader", sheet: pointsSource.name, address: "", value: "", field: "" }]);
    }
    const read = readRecords(block, GROWTH_POINT_FIELDS);
    const settings = readSettings(settingsRead?.read() ?? null, ["focusLimit", "successThreshold", "growthThreshold"]);
    if (read.records.length === 0 || settings.problems.length > 0) return failed(t, [...read.problems, ...settings.problems]);

    const ranking = rank(growthPointsFrom(read.records), settings.settings);
    const workbook = details();
    const plan = planOutputSheet(RANKING_OWNER, RANKING_OUTPUT.sheetName[language], workbook.sheets);
    const otherTables = workbook.tables.filter((tb) => tb.sheet !== plan.replaces?.name).map((tb) => tb.name);
    const sheet = queueOutputSheet(context, plan, RANKING_OWNER, outline.sheets.map((s) => s.name));
    const rows = rankingRows(ranking, language);
    queueRankingSheet(sheet, {
      tableName: freeTableName(RANKING_OUTPUT.tableName, otherTables),
      headers: RANKING_OUTPUT.columns.map((c) => c[language]),
      rows,
      formats: RANKING_FORMATS,
      focusRows: ranking.rows.flatMap((r, i) => (r.focus ? [i] : [])),
      notes: [
        t("rank.note", {
          success: percent(ranking.successThreshold),
          growth: percent(ranking.growthThreshold),
          median: ranking.growthThresholdIsMedian ? t("rank.median") : "",
          focus: ranking.focusLimit,
        }),
      ],
      problems:
        read.problems.length === 0
          ? null
          : {
              title: t("rank.problemsTitle", { count: read.rejectedRows.length }),
              headers: [t("rank.problemCell"), t("rank.problemValue"), t("rank.problemText")],
              rows: read.problems.map((p) => [problemLocation(p), p.value, problemMessage(p, t)]),
            },
      chart: {
        title: t("rank.chartTitle"),
        xTitle: RANKING_OUTPUT.columns[2]?.[language] ?? "",
        yTitle: RANKING_OUTPUT.columns[3]?.[language] ?? "",
        labels: ranking.rows.map((r) => r.name),
      },
    });
    await context.sync();

    const focus = ranking.rows.filter((r) => r.focus).map((r) => r.name);
    const message = focus.length > 0
      ? t("rank.done", { count: ranking.rows.length, sheet: plan.sheetName, focus: joinList(language, focus) })
      : t("rank.doneNoFocus", { count: ranking.rows.length, sheet: plan.sheetName });
    return {
      ok: true,
      message,
      ...detailsWithProblems(
        [
          ...(plan.nameTakenBy ? [t("output.nameTaken", { wanted: plan.nameTakenBy, actual: plan.sheetName })] : []),
          ...(read.problems.length > 0 ? [t("rank.skipped", { count: read.rejectedRows.length })] : []),
        ],
        read.problems,
        t,
      ),
    };
  });
}
