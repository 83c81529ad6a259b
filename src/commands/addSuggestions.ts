/**
 * "Add suggestions to growth points": the Diagnosis table's suggested growth points → new rows of Growth Points
 * (the sheet and table are created when there are none). Reads names; then Diagnosis, Growth Points, Goals and
 * Store Metrics (for track records) together; then writes. Existing rows never change.
 */
import { DIAGNOSIS_OUTPUT, INPUTS, columnNames } from "../core/contract";
import { toDateSerial } from "../core/excelDate";
import { GOAL_FIELDS, growthPointRecords } from "../core/goals";
import { indexOfName, nameKey } from "../core/names";
import type { Problem } from "../core/problems";
import { GROWTH_POINT_FIELDS } from "../core/ranking";
import { inputTemplate } from "../core/sampleData";
import { SETTINGS_INPUT, readSettings } from "../core/settings";
import { freeSheetName, freeTableName } from "../core/sheetNames";
import { growthPointRow, listedPoints, newGrowthPoints, suggestionsIn } from "../core/suggestions";
import { readInputs } from "../excel/inputs";
import { appendRows, appendTarget } from "../excel/inputRows";
import { writeInputSheet } from "../excel/sampleData";
import { queueBlockRead, queueStoreMetrics } from "../excel/workbook";
import { joinList } from "../wording";
import type { CommandEnvironment } from "./environment";
import type { WorkbookSession } from "../excel/host";
import type { Language } from "../core/language";
import type { CalendarDay } from "../core/excelDate";
import { protectedTargets } from "../core/workbookPlan";
import type { Outcome } from "./outcome";
import { detailsWithProblems, excelCommand, inWorkbookLanguage, wordCells } from "./outcome";

const WANTS = {
  points: { definition: INPUTS.growthPoints, fields: GROWTH_POINT_FIELDS, optional: true },
  goals: { definition: INPUTS.goals, fields: GOAL_FIELDS, optional: true },
  settings: SETTINGS_INPUT,
} as const;

type Found = Awaited<ReturnType<typeof readSuggestionInputs>>;
type Added = ReturnType<typeof newGrowthPoints>;

/** Growth Points, Goals and Settings as inputs, with the Diagnosis table and Store Metrics, in one read. */
function readSuggestionInputs(context: WorkbookSession, language: Language) {
  return readInputs(context, WANTS, language, (ctx, outline) => {
    const table = outline.tables.find((n) => n.toLowerCase() === DIAGNOSIS_OUTPUT.tableName.toLowerCase());
    const diagnosis = table ? queueBlockRead(ctx, { from: "table", name: table }) : null;
    const metrics = queueStoreMetrics(ctx, outline);
    return () => ({ diagnosis: diagnosis?.read() ?? null, metrics: metrics() });
  });
}

/**
 * Writes the new growth points: below the Growth Points input (with a Source column at its right when it has none),
 * or on a new Growth Points sheet in the workbook's language. Returns the sheet they went to.
 */
async function writeSuggestions(
  context: WorkbookSession,
  found: Found,
  added: Added,
  language: Language,
  today: CalendarDay
): Promise<string> {
  const { points } = found.inputs.ok ? found.inputs.data : { points: null };
  // The rows and any sheet made for them are in the workbook's language.
  const { language: sheetLanguage, words } = inWorkbookLanguage(found.outline, language);
  const sourceHeader = DIAGNOSIS_OUTPUT.sourceColumn[sheetLanguage];
  if (points) {
    const table = found.sources.points.from === "table" ? found.sources.points.name : null;
    const { headers, target } = appendTarget(points, table);
    const existingSource = indexOfName(headers, DIAGNOSIS_OUTPUT.sourceColumn);
    const sourceColumn = existingSource >= 0 ? existingSource : target.width;
    const rows = added.map((p) => growthPointRow(headers, p, sourceColumn));
    const cells = rows.map((r) => wordCells(r.row, words));
    await appendRows(
      context,
      target,
      cells,
      rows.map((r) => r.formats),
      existingSource >= 0 ? null : sourceHeader
    );
    return points.sheet;
  }
  const template = inputTemplate("growthPoints", sheetLanguage, today);
  const headers = [...columnNames(INPUTS.growthPoints.columns, sheetLanguage), sourceHeader];
  const sheetName = freeSheetName(
    template.sheetName,
    found.outline.sheets.map((s) => s.name)
  );
  const rows = added.map((p) => wordCells(growthPointRow(headers, p, headers.length - 1).row, words));
  const sheet = { ...template, headers, rows, columnFormats: [...template.columnFormats, "@"] };
  await writeInputSheet(context, sheet, sheetName, freeTableName(template.tableName, found.outline.tables));
  return sheetName;
}

/**
 * The command: the Diagnosis table's suggestions not yet listed become growth points, each with a success rate
 * from its track record (or an estimate), below the existing ones or on a new sheet.
 */
export function addSuggestions(env: CommandEnvironment): Promise<Outcome> {
  const today = toDateSerial(env.today());
  return excelCommand(
    env,
    async (context, { language, t }): Promise<Outcome> => {
      const found = await readSuggestionInputs(context, language);
      const fail = (problems: readonly Problem[]): Outcome => ({
        ok: false,
        message: t("suggestions.failed"),
        ...detailsWithProblems([], problems, t),
      });
      if (!found.inputs.ok) return fail(found.inputs.problems);
      const suggestions = suggestionsIn(found.extra.diagnosis);
      if (suggestions.length === 0)
        return fail([{ code: "noDiagnosis", sheet: "", address: "", value: "", field: DIAGNOSIS_OUTPUT.tableName }]);

      const { points, goals, settings } = found.inputs.data;
      const band = readSettings(settings, ["atRiskBand"]).settings.atRiskBand;
      const records = growthPointRecords(goals, found.extra.metrics, today, band);
      const added = newGrowthPoints(suggestions, listedPoints(points), (name) => records.get(nameKey(name)), today);
      if (added.length === 0)
        return { ok: true, message: t("suggestions.none", { count: suggestions.length }), details: [] };

      const locked = protectedTargets(found.workbook.sheets, [points?.sheet]);
      if (locked.length > 0) return fail(locked);
      const sheet = await writeSuggestions(context, found, added, language, env.today());
      const names = joinList(
        language,
        added.map((p) => p.name)
      );
      const skipped = suggestions.length - added.length;
      return {
        ok: true,
        message: t("suggestions.done", { count: added.length, sheet, points: names }),
        details: skipped > 0 ? [t("suggestions.skipped", { count: skipped })] : [],
      };
      // Its one problem of its own (no Diagnosis yet) is worded with the store-data commands' words.
    },
    ["storeData"]
  );
}
