/**
 * "Update goal status": Goals (+ Settings, + Store Metrics) → the written columns of Goals and the Goal Trends
 * sheet. Three round trips while the goals fit one read and one request, one more per further block beyond.
 */
import { GOAL_OUTPUT, GOAL_TRENDS_OUTPUT, INPUTS } from "../core/contract";
import { goalTrends, planGoalTrendsSheet } from "../core/goalTrends";
import { wordSheet } from "../core/sheetDescription";
import { writeSheet } from "../excel/sheetWriter";
import { planOutputSheet } from "../core/workbookPlan";
import type { CalendarDay } from "../core/excelDate";
import { isoDay, fromDateSerial, toDateSerial } from "../core/excelDate";
import type { GoalColumn, GoalNote, GoalStatus } from "../core/goals";
import { GOAL_FIELDS, goalRows, writtenColumns } from "../core/goals";
import type { Problem } from "../core/problems";
import { readRecords } from "../core/records";
import { SETTINGS_INPUT, readSettings } from "../core/settings";
import { latestMetrics, metricHistory } from "../core/storeMetricLookup";
import { isNamed } from "../core/names";
import { excelPrecision } from "../core/cellValues";
import type { GoalsLayout } from "../excel/goalColumns";
import { GOAL_COLUMN_ORDER, queueBesideTable, writeGoalColumns } from "../excel/goalColumns";
import { queueOutputSheet, queueStoreMetrics } from "../excel/workbook";
import { readInputs } from "../excel/inputs";
import type { Translate } from "../i18n";
import { problemMessage } from "../i18n/problems";
import type { CommandEnvironment } from "./environment";
import type { Outcome } from "./outcome";
import { detailsWithProblems, excelCommand, wording } from "./outcome";

function failed(t: Translate, problems: readonly Problem[]): Outcome {
  return { ok: false, message: t("goals.failed"), ...detailsWithProblems([], problems, t) };
}

function noteText(note: GoalNote, t: Translate): string {
  switch (note.kind) {
    case "none":
      return "";
    case "targetEqualsBaseline":
      return t("goals.note.targetEqualsBaseline");
    case "deadlineBeforeStart":
      return t("goals.note.deadlineBeforeStart");
    case "noCurrent":
      return t("goals.note.noCurrent");
    case "currentFromMetrics":
      return t("goals.note.fromMetrics", { date: isoDay(fromDateSerial(note.date)) });
  }
}

/** The mark on the Goal Trends sheet. */
export const GOAL_TRENDS_OWNER = "goalTrends";

const WANTS = { goals: { definition: INPUTS.goals, fields: GOAL_FIELDS }, settings: SETTINGS_INPUT } as const;

/** Problems that leave no goal to give a status to. */
const STOPPING = ["missingColumn", "duplicateColumn", "noHeader", "noRows"];

export function updateGoalStatus(env: CommandEnvironment): Promise<Outcome> {
  const today: CalendarDay = env.today();
  return excelCommand(env, async (context, { language, t }): Promise<Outcome> => {
    const found = await readInputs(context, WANTS, language, (ctx, outline, sources) => {
      const metrics = queueStoreMetrics(ctx, outline);
      const goals = sources.goals;
      const beside = goals?.from === "table" ? queueBesideTable(ctx, goals.name) : null;
      return () => ({ metrics: metrics(), beside: beside?.() ?? null });
    });
    if (!found.inputs.ok) return failed(t, found.inputs.problems);
    const block = found.inputs.data.goals;
    const read = readRecords(block, GOAL_FIELDS);
    if (read.headerRow < 0 || read.problems.some((p) => STOPPING.includes(p.code))) return failed(t, read.problems);
    const settings = readSettings(found.inputs.data.settings, ["atRiskBand"]);
    if (settings.problems.length > 0) return failed(t, settings.problems);
    const { beside, metrics } = found.extra;
    const tableName = found.sources.goals.from === "table" ? found.sources.goals.name : null;
    if (beside && !beside.empty) {
      return failed(t, [{ code: "cellsBesideTable", sheet: block.sheet, address: beside.address, value: "", field: tableName ?? "" }]);
    }

    const headerRow = read.headerRow;
    const headers = (block.values[headerRow - block.firstRow] ?? []).map(String);
    const width = Math.max(0, ...block.values.map((r) => r.length));
    const bodyRows = block.firstRow + block.values.length - 1 - headerRow;
    const layout: GoalsLayout = {
      sheet: block.sheet,
      table: tableName,
      headerRow,
      firstColumn: block.firstColumn,
      width: tableName ? width : Math.max(width, headers.length),
      bodyRows,
      existing: writtenColumns(headers, block.firstColumn),
    };

    const rows = goalRows(read, bodyRows, latestMetrics(metrics), toDateSerial(today), settings.settings.atRiskBand, metricHistory(metrics));
    const values: Record<GoalColumn, (string | number)[]> = { progress: [], timeElapsed: [], status: [], daysLeft: [], projected: [], neededPerDay: [], note: [] };
    // A goal counted in percent (its Target cell is percent-formatted) gets its pace in percent too.
    const unit = Array.from({ length: bodyRows }, (_, i) => {
      const row = headerRow + 1 + i - block.firstRow;
      const targetColumn = headers.findIndex((h) => isNamed(h, INPUTS.goals.columns.target));
      return (block.numberFormats?.[row]?.[targetColumn] ?? "").includes("%") ? "0.00%" : "#,##0.00";
    });
    const counts: Partial<Record<GoalStatus, number>> = {};
    for (const row of rows) {
      if (row.kind === "blank") {
        GOAL_COLUMN_ORDER.forEach((c) => values[c].push(""));
        continue;
      }
      const result = row.kind === "goal" ? row.result : null;
      const status: GoalStatus = result?.status ?? "invalid";
      counts[status] = (counts[status] ?? 0) + 1;
      // Excel keeps 15 significant digits: more would be request bytes for nothing.
      const kept = (n: number | null | undefined) => (n === null || n === undefined ? "" : excelPrecision(n));
      values.progress.push(kept(result?.progress));
      values.timeElapsed.push(kept(result?.timeElapsed));
      values.status.push(GOAL_OUTPUT.statuses[status][language]);
      values.daysLeft.push(result?.daysLeft ?? "");
      values.projected.push(kept(result?.projected));
      values.neededPerDay.push(kept(result?.neededPerDay));
      values.note.push(row.kind === "goal" ? noteText(row.note, t) : problemMessage(row.problem, t));
    }

    // Goal Trends goes with the same write: a chart per goal with a store metric, the add-in's own sheet.
    const { trends, left } = goalTrends(read, metricHistory(metrics), toDateSerial(today));
    const trendsPlan = trends.length > 0 ? planOutputSheet(GOAL_TRENDS_OWNER, GOAL_TRENDS_OUTPUT.sheetName[language], found.workbook.sheets) : null;
    const trendsSheet = wordSheet(planGoalTrendsSheet(trends, left, language), wording(t, language));
    await writeGoalColumns(
      context,
      layout,
      {
        values,
        statusColours: (Object.keys(GOAL_OUTPUT.statusFills) as GoalStatus[]).map((status) => ({ text: GOAL_OUTPUT.statuses[status][language], colour: GOAL_OUTPUT.statusFills[status] })),
        rowFormats: { projected: unit, neededPerDay: unit },
        headers: Object.fromEntries(GOAL_COLUMN_ORDER.map((c) => [c, GOAL_OUTPUT.columns[c][language]])) as Record<GoalColumn, string>,
      },
      async (batch) => {
        if (trendsPlan) await writeSheet(context, queueOutputSheet(context, trendsPlan, GOAL_TRENDS_OWNER, found.outline.sheets.map((s) => s.name)), trendsSheet, batch);
      },
    );

    const summary = (Object.keys(GOAL_OUTPUT.statuses) as GoalStatus[])
      .filter((s) => counts[s])
      .map((s) => `${GOAL_OUTPUT.statuses[s][language]} ${counts[s]}`)
      .join(t("goals.summarySeparator"));
    const goals = rows.filter((r) => r.kind !== "blank").length;
    const trendLines = trendsPlan
      ? [
          t("goals.trends", { count: trends.length, sheet: trendsPlan.sheetName }),
          ...(trendsPlan.nameTakenBy ? [t("output.nameTaken", { wanted: trendsPlan.nameTakenBy, actual: trendsPlan.sheetName })] : []),
        ]
      : [];
    return {
      ok: true,
      message: t("goals.done", { count: goals, sheet: block.sheet, summary }),
      ...detailsWithProblems(trendLines, read.problems, t),
    };
  });
}
