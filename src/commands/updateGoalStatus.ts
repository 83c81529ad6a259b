/**
 * "Update goal status": Goals (+ Settings, + Store Metrics) → the written columns of Goals and the Goal Trends
 * sheet. Three round trips while the goals fit one read and one request, one more per further block beyond.
 * Read → core → write: no Office.js here.
 */
import { GOAL_TRENDS_OUTPUT, INPUTS } from "../core/contract";
import { toDateSerial } from "../core/excelDate";
import { GOAL_FIELDS, goalRows } from "../core/goals";
import { planGoalStatus, wordGoalCells } from "../core/goalStatusPlan";
import { goalTrends, planGoalTrendsSheet } from "../core/goalTrends";
import type { Problem } from "../core/problems";
import { readRecords } from "../core/records";
import { SETTINGS_INPUT, readSettings } from "../core/settings";
import { wordSheet } from "../core/sheetDescription";
import { dailyFigures, metricHistory } from "../core/storeMetricLookup";
import { goalHistory, goalReadings } from "../core/goalMeasure";
import type { OutputPlan } from "../core/workbookPlan";
import { planOutputSheet, protectedTargets } from "../core/workbookPlan";
import { queueBesideTable, writeGoalColumns } from "../excel/goalColumns";
import { readInputs } from "../excel/inputs";
import { writeSheet } from "../excel/sheetWriter";
import { queueOutputSheet, queueStoreMetrics } from "../excel/workbook";
import type { Translate } from "../wording";
import type { CommandEnvironment } from "./environment";
import type { Outcome } from "./outcome";
import { detailsWithProblems, excelCommand, inWorkbookLanguage, wording } from "./outcome";

function failed(t: Translate, problems: readonly Problem[]): Outcome {
  return { ok: false, message: t("goals.failed"), ...detailsWithProblems([], problems, t) };
}

/** The mark on the Goal Trends sheet. */
export const GOAL_TRENDS_OWNER = "goalTrends";

const WANTS = { goals: { definition: INPUTS.goals, fields: GOAL_FIELDS }, settings: SETTINGS_INPUT } as const;

/** What the pane says of Goal Trends: how many goals it charts, and the name it took if its own was taken. */
function trendsLines(t: Translate, count: number, plan: OutputPlan): string[] {
  const renamed = plan.nameTakenBy ? [t("output.nameTaken", { wanted: plan.nameTakenBy, actual: plan.sheetName })] : [];
  return [t("goals.trends", { count, sheet: plan.sheetName }), ...renamed];
}

/** Beside a header that cannot be used (ReadResult.stopped): goals need at least one row to update. */
const STOPPING = ["noRows"];

export function updateGoalStatus(env: CommandEnvironment): Promise<Outcome> {
  const today = toDateSerial(env.today());
  return excelCommand(env, async (context, { language, t }): Promise<Outcome> => {
    const found = await readInputs(context, WANTS, language, (ctx, outline, sources) => {
      const metrics = queueStoreMetrics(ctx, outline);
      const beside = sources.goals?.from === "table" ? queueBesideTable(ctx, sources.goals.name) : null;
      return () => ({ metrics: metrics(), beside: beside?.() ?? null });
    });
    if (!found.inputs.ok) return failed(t, found.inputs.problems);
    const block = found.inputs.data.goals;
    const read = readRecords(block, GOAL_FIELDS);
    if (read.stopped || read.problems.some((p) => STOPPING.includes(p.code))) return failed(t, read.problems);
    const settings = readSettings(found.inputs.data.settings, ["atRiskBand"]);
    if (settings.problems.length > 0) return failed(t, settings.problems);
    const { beside, metrics } = found.extra;
    const tableName = found.sources.goals.from === "table" ? found.sources.goals.name : null;
    if (beside && !beside.empty)
      return failed(t, [
        { code: "cellsBesideTable", sheet: block.sheet, address: beside.address, value: "", field: tableName ?? "" },
      ]);

    const bodyRows = block.firstRow + block.values.length - 1 - read.headerRow;
    const days = dailyFigures(metrics);
    const rows = goalRows(read, bodyRows, goalReadings(days), today, settings.settings.atRiskBand, goalHistory(days));
    const inSheets = inWorkbookLanguage(found.outline, language);
    const status = planGoalStatus({ block, tableName, headerRow: read.headerRow, rows, language: inSheets.language });
    // Goal Trends goes with the same write: a chart per goal with a store metric, the add-in's own sheet.
    const { trends, left } = goalTrends(read, metricHistory(metrics), today);
    const trendsPlan =
      trends.length > 0
        ? planOutputSheet(
            GOAL_TRENDS_OWNER,
            GOAL_TRENDS_OUTPUT.sheetName[inSheets.language],
            found.workbook.sheets,
            Object.values(GOAL_TRENDS_OUTPUT.sheetName)
          )
        : null;
    const locked = protectedTargets(found.workbook.sheets, [block.sheet, trendsPlan?.replaces?.name]);
    if (locked.length > 0) return failed(t, locked);
    const words = wording(t);
    const trendsSheet = wordSheet(planGoalTrendsSheet(trends, left, inSheets.language), inSheets.words);
    await writeGoalColumns(context, status.layout, wordGoalCells(status.cells, inSheets.words), async (batch) => {
      if (trendsPlan)
        await writeSheet(
          context,
          queueOutputSheet(
            context,
            trendsPlan,
            GOAL_TRENDS_OWNER,
            found.outline.sheets.map((s) => s.name)
          ),
          trendsSheet,
          batch
        );
    });

    const trendLines = trendsPlan ? trendsLines(t, trends.length, trendsPlan) : [];
    return { ok: true, message: words(status.message), ...detailsWithProblems(trendLines, read.problems, t) };
  });
}
