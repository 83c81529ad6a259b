/**
 * "Rank growth points": Growth Points (+ Settings) → Growth Ranking. Three round trips (names; input cells and
 * sheet marks; the whole output) while the list fits one read and one request, one more per further block beyond.
 * Read → core → write: no Office.js here.
 */
import { INPUTS, RANKING_OUTPUT } from "../core/contract";
import { toDateSerial } from "../core/excelDate";
import { GOAL_FIELDS, growthPointRecords } from "../core/goals";
import { nameKey } from "../core/names";
import type { Problem } from "../core/problems";
import { GROWTH_POINT_FIELDS, growthPointsFrom, rankPoints as rank } from "../core/ranking";
import { readRecords } from "../core/records";
import { SETTINGS_INPUT, readSettings } from "../core/settings";
import { planOutputSheet, protectedTargets } from "../core/workbookPlan";
import { readInputs } from "../excel/inputs";
import { writeSheet } from "../excel/sheetWriter";
import { wordSheet } from "../core/sheetDescription";
import { queueStoreMetrics, writeOutputSheet } from "../excel/workbook";
import type { Translate } from "../wording";
import type { CommandEnvironment } from "./environment";
import type { Outcome } from "./outcome";
import { detailsWithProblems, excelCommand, inWorkbookLanguage, wording } from "./outcome";
import { planRankingSheet } from "../core/rankingSheet";

/** The mark on the sheet this command owns. */
export const RANKING_OWNER = "growthRanking";

function failed(t: Translate, problems: readonly Problem[]): Outcome {
  return { ok: false, message: t("rank.failed"), ...detailsWithProblems([], problems, t) };
}

/** Goals are read, when there are any, for each point's track record. */
const WANTS = {
  points: { definition: INPUTS.growthPoints, fields: GROWTH_POINT_FIELDS },
  goals: { definition: INPUTS.goals, fields: GOAL_FIELDS, optional: true },
  settings: SETTINGS_INPUT,
} as const;

export function rankGrowthPoints(env: CommandEnvironment): Promise<Outcome> {
  return excelCommand(env, async (context, { language, t }): Promise<Outcome> => {
    const found = await readInputs(context, WANTS, language, (ctx, outline) => queueStoreMetrics(ctx, outline));
    if (!found.inputs.ok) return failed(t, found.inputs.problems);
    const read = readRecords(found.inputs.data.points, GROWTH_POINT_FIELDS);
    const settings = readSettings(found.inputs.data.settings, ["focusLimit", "successThreshold", "growthThreshold"]);
    const records = growthPointRecords(
      found.inputs.data.goals,
      found.extra,
      toDateSerial(env.today()),
      readSettings(found.inputs.data.settings, ["atRiskBand"]).settings.atRiskBand
    );
    if (read.records.length === 0 || settings.problems.length > 0)
      return failed(t, [...read.problems, ...settings.problems]);

    const ranking = rank(growthPointsFrom(read.records), settings.settings);
    const inSheets = inWorkbookLanguage(found.outline, language);
    const plan = planOutputSheet(
      RANKING_OWNER,
      RANKING_OUTPUT.sheetName[inSheets.language],
      found.workbook.sheets,
      Object.values(RANKING_OUTPUT.sheetName)
    );
    const locked = protectedTargets(found.workbook.sheets, [plan.replaces?.name]);
    if (locked.length > 0) return failed(t, locked);
    const planned = planRankingSheet({
      ranking,
      language: inSheets.language,
      records: (name) => records.get(nameKey(name)),
      problems: read.problems,
      rejectedRows: read.rejectedRows.length,
      tablesTaken: found.workbook.tables.filter((tb) => tb.sheet !== plan.replaces?.name).map((tb) => tb.name),
      sheetName: plan.sheetName,
    });
    const words = wording(t);
    await writeOutputSheet(
      context,
      plan,
      RANKING_OWNER,
      found.outline.sheets.map((s) => s.name),
      (sheet) => writeSheet(context, sheet, wordSheet(planned.sheet, inSheets.words))
    );
    return {
      ok: true,
      message: words(planned.message),
      ...detailsWithProblems(
        [
          ...(plan.nameTakenBy ? [t("output.nameTaken", { wanted: plan.nameTakenBy, actual: plan.sheetName })] : []),
          ...planned.details.map(words),
        ],
        read.problems,
        t
      ),
    };
  });
}
