/**
 * "Add suggestions to growth points": the Diagnosis table's suggested growth points → new rows of Growth Points
 * (the sheet and table are created when there are none). Reads names; then Diagnosis, Growth Points, Goals and
 * Store Metrics (for track records) together; then writes. Existing rows never change.
 */
import { DIAGNOSIS_OUTPUT, INPUTS, columnNames } from "../core/contract";
import { toDateSerial } from "../core/excelDate";
import { GOAL_FIELDS, trackRecords } from "../core/goals";
import { indexOfName, nameKey } from "../core/names";
import type { Problem } from "../core/problems";
import { GROWTH_POINT_FIELDS } from "../core/ranking";
import { readRecords } from "../core/records";
import { inputTemplate } from "../core/sampleData";
import { SETTINGS_INPUT, readSettings } from "../core/settings";
import { freeSheetName, freeTableName } from "../core/sheetNames";
import { dailyFigures } from "../core/storeMetricLookup";
import { goalReadings } from "../core/goalMeasure";
import { growthPointRow, listedPoints, newGrowthPoints, suggestionsIn } from "../core/suggestions";
import { readInputs } from "../excel/inputs";
import { appendRows, appendTarget } from "../excel/inputRows";
import { writeInputSheet } from "../excel/sampleData";
import { queueBlockRead, queueStoreMetrics } from "../excel/workbook";
import { joinList } from "../i18n";
import type { CommandEnvironment } from "./environment";
import { protectedTargets } from "../core/workbookPlan";
import type { Outcome } from "./outcome";
import { detailsWithProblems, excelCommand, inWorkbookLanguage, wordCells } from "./outcome";

const WANTS = {
  points: { definition: INPUTS.growthPoints, fields: GROWTH_POINT_FIELDS, optional: true },
  goals: { definition: INPUTS.goals, fields: GOAL_FIELDS, optional: true },
  settings: SETTINGS_INPUT,
} as const;

export function addSuggestions(env: CommandEnvironment): Promise<Outcome> {
  const today = toDateSerial(env.today());
  return excelCommand(env, async (context, { language, t }): Promise<Outcome> => {
    const found = await readInputs(context, WANTS, language, (ctx, outline) => {
      const table = outline.tables.find((n) => n.toLowerCase() === DIAGNOSIS_OUTPUT.tableName.toLowerCase());
      const diagnosis = table ? queueBlockRead(ctx, { from: "table", name: table }) : null;
      const metrics = queueStoreMetrics(ctx, outline);
      return () => ({ diagnosis: diagnosis?.read() ?? null, metrics: metrics() });
    });
    const fail = (problems: readonly Problem[]): Outcome => ({ ok: false, message: t("suggestions.failed"), ...detailsWithProblems([], problems, t) });
    if (!found.inputs.ok) return fail(found.inputs.problems);
    const suggestions = suggestionsIn(found.extra.diagnosis);
    if (suggestions.length === 0) return fail([{ code: "noDiagnosis", sheet: "", address: "", value: "", field: DIAGNOSIS_OUTPUT.tableName }]);

    const { points, goals, settings } = found.inputs.data;
    const records = new Map<string, { achieved: number; ended: number }>();
    if (goals) {
      const read = readRecords(goals, GOAL_FIELDS);
      if (read.headerRow >= 0) {
        const bodyRows = goals.firstRow + goals.values.length - 1 - read.headerRow;
        const band = readSettings(settings, ["atRiskBand"]).settings.atRiskBand;
        for (const [key, record] of trackRecords(read, bodyRows, goalReadings(dailyFigures(found.extra.metrics)), today, band)) records.set(key, record);
      }
    }
    const added = newGrowthPoints(suggestions, listedPoints(points), (name) => records.get(nameKey(name)), today);
    if (added.length === 0) return { ok: true, message: t("suggestions.none", { count: suggestions.length }), details: [] };

    const locked = protectedTargets(found.workbook.sheets, [points?.sheet]);
    if (locked.length > 0) return fail(locked);
    // The rows and any sheet made for them are in the workbook's language.
    const { language: sheetLanguage, words } = inWorkbookLanguage(found.outline, language);
    const sourceHeader = DIAGNOSIS_OUTPUT.sourceColumn[sheetLanguage];
    let sheetName: string;
    if (points) {
      const { headers, target } = appendTarget(points, found.sources.points.from === "table" ? found.sources.points.name : null);
      const existingSource = indexOfName(headers, DIAGNOSIS_OUTPUT.sourceColumn);
      const sourceColumn = existingSource >= 0 ? existingSource : target.width;
      const rows = added.map((p) => growthPointRow(headers, p, sourceColumn));
      await appendRows(context, target, rows.map((r) => wordCells(r.row, words)), rows.map((r) => r.formats), existingSource >= 0 ? null : sourceHeader);
      sheetName = points.sheet;
    } else {
      const template = inputTemplate("growthPoints", sheetLanguage, env.today());
      const headers = [...columnNames(INPUTS.growthPoints.columns, sheetLanguage), sourceHeader];
      sheetName = freeSheetName(template.sheetName, found.outline.sheets.map((s) => s.name));
      await writeInputSheet(
        context,
        { ...template, headers, rows: added.map((p) => wordCells(growthPointRow(headers, p, headers.length - 1).row, words)), columnFormats: [...template.columnFormats, "@"] },
        sheetName,
        freeTableName(template.tableName, found.outline.tables),
      );
    }
    return {
      ok: true,
      message: t("suggestions.done", { count: added.length, sheet: sheetName, points: joinList(language, added.map((p) => p.name)) }),
      details: suggestions.length > added.length ? [t("suggestions.skipped", { count: suggestions.length - added.length })] : [],
    };
  });
}
