/**
 * "Set goals for focus points": Growth Points (ranked as "Rank growth points" ranks them) + Goals + Store Metrics
 * → new rows of Goals, one for each focus point without an open goal (the sheet and table are created when there
 * are none). Reads names; then every input together; then writes. Existing goals never change.
 */
import { GOAL_OUTPUT, INPUTS, STORE_METRICS, columnNames } from "../core/contract";
import { toDateSerial } from "../core/excelDate";
import type { NewGoal } from "../core/goalSetting";
import { goalInputRow, goalNote, goalsForFocus, pointsWithOpenGoals } from "../core/goalSetting";
import type { Language } from "../core/language";
import type { InputCells } from "../core/records";
import type { InputSource } from "../core/workbookPlan";
import type { WorkbookSession } from "../excel/host";
import type { WorkbookOutline } from "../excel/layoutMemory";
import { phrase } from "../core/phrases";
import { GOAL_FIELDS, goalRows } from "../core/goals";
import { indexOfName } from "../core/names";
import type { Problem } from "../core/problems";
import { GROWTH_POINT_FIELDS, growthPointsFrom, rankPoints } from "../core/ranking";
import { readRecords } from "../core/records";
import { SETTINGS_INPUT, readSettings } from "../core/settings";
import { dailyFigures } from "../core/storeMetricLookup";
import { goalReadings } from "../core/goalMeasure";
import { appendRows, appendTarget } from "../excel/inputRows";
import { readInputs } from "../excel/inputs";
import { writeInputSheet } from "../excel/sampleData";
import { queueStoreMetrics } from "../excel/workbook";
import { joinList } from "../wording";
import type { CommandEnvironment } from "./environment";
import { newInputSheet } from "./newInputSheet";
import { protectedTargets } from "../core/workbookPlan";
import type { Outcome } from "./outcome";
import { detailsWithProblems, excelCommand, inWorkbookLanguage, wordCells, wording } from "./outcome";

const WANTS = {
  points: { definition: INPUTS.growthPoints, fields: GROWTH_POINT_FIELDS },
  goals: { definition: INPUTS.goals, fields: GOAL_FIELDS, optional: true },
  settings: SETTINGS_INPUT,
} as const;

/**
 * New goals into Goals: appended under the table or sheet it reads from (its headers decide the columns), or, when
 * the workbook has no Goals yet, a new Goals sheet and table holding them. Says which sheet they went to.
 */
export async function writeNewGoals(
  context: WorkbookSession,
  found: { readonly sources: { readonly goals?: InputSource }; readonly outline: WorkbookOutline },
  goals: InputCells | null,
  added: readonly NewGoal[],
  chosen: Language,
  env: CommandEnvironment
): Promise<string> {
  // The goals and any sheet made for them are in the workbook's language, whatever the pane speaks.
  const { language, words } = inWorkbookLanguage(found.outline, chosen);
  // A new goal's name and note are planned as phrases: worded here, as the rest of the row is the operator's.
  const worded = ({ row, formats }: ReturnType<typeof goalInputRow>) => ({ row: wordCells(row, words), formats });
  if (goals) {
    const { headers, target } = appendTarget(
      goals,
      found.sources.goals?.from === "table" ? found.sources.goals.name : null
    );
    const cells = added.map((g) =>
      worded(goalInputRow(g, headers, indexOfName(headers, GOAL_OUTPUT.columns.note), target.width, language))
    );
    await appendRows(
      context,
      target,
      cells.map((c) => c.row),
      cells.map((c) => c.formats),
      null
    );
    return goals.sheet;
  }
  const headers = [...columnNames(INPUTS.goals.columns, language), GOAL_OUTPUT.columns.note[language]];
  const cells = added.map((g) => worded(goalInputRow(g, headers, headers.length - 1, headers.length, language)));
  const made = newInputSheet("goals", language, env.today(), headers, cells, found.outline);
  await writeInputSheet(context, made.sample, made.sheetName, made.tableName);
  return made.sheetName;
}

/**
 * The growth points that already have an open goal, judged on Store Metrics' days, and whether the Goals input
 * could be read (new goals go below it then, else on a new sheet).
 */
function openGoals(goals: InputCells | null, metrics: InputCells | null, today: number, band: number) {
  const read = goals ? readRecords(goals, GOAL_FIELDS) : null;
  if (!goals || !read || read.headerRow < 0) return { points: pointsWithOpenGoals(goals, -1, []), readable: false };
  const bodyRows = goals.firstRow + goals.values.length - 1 - read.headerRow;
  const rows = goalRows(read, bodyRows, goalReadings(dailyFigures(metrics)), today, band);
  return { points: pointsWithOpenGoals(goals, read.headerRow, rows), readable: true };
}

export function setGoalsForFocus(env: CommandEnvironment): Promise<Outcome> {
  const today = toDateSerial(env.today());
  return excelCommand(env, async (context, { language, t }): Promise<Outcome> => {
    const found = await readInputs(context, WANTS, language, (ctx, outline) => queueStoreMetrics(ctx, outline));
    const fail = (problems: readonly Problem[]): Outcome => ({
      ok: false,
      message: t("setGoals.failed"),
      ...detailsWithProblems([], problems, t),
    });
    if (!found.inputs.ok) return fail(found.inputs.problems);
    const { points, goals, settings } = found.inputs.data;
    const read = readRecords(points, GROWTH_POINT_FIELDS);
    const ranking = readSettings(settings, ["focusLimit", "successThreshold", "growthThreshold", "atRiskBand"]);
    if (read.records.length === 0 || ranking.problems.length > 0) return fail([...read.problems, ...ranking.problems]);
    const days = dailyFigures(found.extra);
    if (!days || days.size === 0)
      return fail([{ code: "noStoreMetrics", sheet: "", address: "", value: "", field: STORE_METRICS.tableName }]);

    const focus = rankPoints(growthPointsFrom(read.records), ranking.settings).rows.filter((r) => r.focus);
    if (focus.length === 0) return { ok: false, message: t("setGoals.noFocus"), details: [] };
    const open = openGoals(goals, found.extra, today, ranking.settings.atRiskBand);
    const added = goalsForFocus(focus, open.points, days, today);
    const focusNames = joinList(
      language,
      focus.map((p) => p.name)
    );
    if (added.length === 0) return { ok: true, message: t("setGoals.allOpen", { points: focusNames }), details: [] };

    const locked = protectedTargets(found.workbook.sheets, [goals?.sheet]);
    if (locked.length > 0) return fail(locked);
    const words = wording(t);
    const sheetName = await writeNewGoals(context, found, open.readable ? goals : null, added, language, env);
    const incomplete = added.filter((g) => g.kind !== "goal" || g.level !== undefined);
    return {
      ok: true,
      message: t("setGoals.done", {
        count: added.length,
        sheet: sheetName,
        points: joinList(
          language,
          added.map((g) => g.point)
        ),
      }),
      details: incomplete.map((g) =>
        words(phrase("setGoals.incomplete", { point: g.point, note: goalNote(g, language) }))
      ),
    };
  });
}
